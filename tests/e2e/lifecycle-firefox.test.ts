// Reloading and switching off the extension under open pages (issue 5) in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
import { firefoxMissing, launchFirefox } from './harness/firefox';
import { describeLifecycle } from './harness/lifecycle-suite';

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
});
