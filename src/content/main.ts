/**
 * Content-script entry, bundled to content.js and run at document idle on http(s) pages and their
 * frames. Starts one instance per page: a second injection into the same page does nothing while
 * the first is alive, and takes over from one whose extension was reloaded or updated.
 */
import { analyze } from '../analysis';
import { extensionApi } from './browser-adapter';
import { startContentScript, type RunningContentScript } from './content-script';

/** On the content script's own global (the isolated world), which the page cannot see. */
const INSTANCE_KEY = '__quotelightContentScript';

const scriptGlobal = globalThis as typeof globalThis & { [INSTANCE_KEY]?: RunningContentScript };

try {
  const previous = scriptGlobal[INSTANCE_KEY];
  if (!previous?.isAlive()) {
    previous?.stop();
    const { runtime, storage } = extensionApi();
    // As the CLI does (src/cli/html-text.ts): the page's declared language is the analyzer's hint.
    const hint = () => document.documentElement.lang
      || document.querySelector('meta[http-equiv="Content-Language" i]')?.getAttribute('content') || '';
    scriptGlobal[INSTANCE_KEY] = startContentScript({
      window, runtime, storage, analyze: (text) => { const lang = hint(); return analyze(text, lang ? { hint: lang } : {}); },
    });
  }
} catch (error) {
  // Never let a failure reach the page.
  console.debug('Quotelight:', error);
}
