/**
 * The only content-script module that touches the WebExtension API: the polyfill throws outside
 * an extension, so everything else takes these objects as parameters and runs in jsdom tests.
 */
import browser from 'webextension-polyfill';
import type { ContentScriptEnvironment } from './content-script';

export function extensionApi(): Pick<ContentScriptEnvironment, 'runtime' | 'storage' | 'i18n'> {
  return { runtime: browser.runtime, storage: browser.storage, i18n: browser.i18n };
}
