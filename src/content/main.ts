/**
 * Content-script entry, bundled to content.js and run at document idle on http(s) pages and their
 * frames. Starts one instance per page: a second injection into the same page does nothing while
 * the first is alive, and takes over from one whose extension was reloaded or updated.
 */
import { extensionApi } from './browser-adapter';
import { startContentScript, type RunningContentScript } from './content-script';
import { declaredLanguage } from '../shared/declared-language';
import { pageAnalyzer } from './page-analyzer';

/** On the content script's own global (the isolated world), which the page cannot see. */
const INSTANCE_KEY = '__quotelightContentScript';

const scriptGlobal = globalThis as typeof globalThis & { [INSTANCE_KEY]?: RunningContentScript };

try {
  const previous = scriptGlobal[INSTANCE_KEY];
  if (!previous?.isAlive()) {
    previous?.stop();
    const { runtime, storage, i18n } = extensionApi();
    const { analyze, languagesUsed } = pageAnalyzer(() => declaredLanguage(document));
    scriptGlobal[INSTANCE_KEY] = startContentScript({ window, runtime, storage, i18n, analyze, languagesUsed });
  }
} catch (error) {
  // Never let a failure reach the page.
  console.debug('Quotelight:', error);
}
