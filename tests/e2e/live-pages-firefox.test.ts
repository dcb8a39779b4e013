// Issue 14 (article text only on pages of several articles; live pages end as a fresh load) in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
import { describeLivePages } from './harness/live-pages-suite';
import { firefoxMissing, launchFirefox } from './harness/firefox';

describeLivePages({ browserName: 'Firefox', distName: 'firefox', launch: launchFirefox, missing: firefoxMissing() });
