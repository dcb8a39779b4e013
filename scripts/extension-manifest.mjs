// The per-browser patches of the one source manifest.json. Everything that differs between
// Chrome and Firefox is here, so the shipped code has no browser checks for it.

export const GECKO_ID = 'quotelight@quotelight.dev';

/**
 * Firefox 140 is the first with both the CSS Custom Highlight API (bug 1703961) and
 * `data_collection_permissions` on desktop; Firefox for Android accepts that key from 142.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Chrome 105 shipped the CSS Custom Highlight API (`CSS.highlights`, `::highlight()`). */
export const CHROME_MIN_VERSION = '105';

export function chromeManifest(base) {
  return { ...structuredClone(base), minimum_chrome_version: CHROME_MIN_VERSION };
}

export function firefoxManifest(base) {
  const manifest = structuredClone(base);
  // Firefox runs MV3 backgrounds as event pages, not service workers (bug 1573659).
  manifest.background = { scripts: [base.background.service_worker] };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}
