// Reloading and switching off the extension under open pages (issue 5) in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
import { firefoxMissing, launchFirefox } from './harness/firefox';
import { DARK_PAGE_DISABLE_TEST, describeLifecycle } from './harness/lifecycle-suite';

describeLifecycle({
  browserName: 'Firefox',
  distName: 'firefox',
  launch: launchFirefox,
  missing: firefoxMissing(),
  afterReload: 'the same, from the new instance',
  afterDisable: {
    unpainted: 'Firefox destroys the content script at once, before its liveness check can take them out, '
      + 'and removes highlights.css, which draws them',
  },
  knownBugs: {
    [DARK_PAGE_DISABLE_TEST]: 'Firefox destroys the content script before it can take its adopted sheet of lighter colours '
      + 'out of the page; with the highlights still registered, their tints stay drawn on a dark page (and with the '
      + 'colour-blind palette) until the page is reloaded',
  },
});
