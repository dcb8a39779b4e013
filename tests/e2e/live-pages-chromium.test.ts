// Issue 14 (article text only on pages of several articles; live pages end as a fresh load) in Debian's Chromium, driven by playwright-core.
import { chromiumMissing, launchChromium } from './harness/chromium';
import { describeLivePages } from './harness/live-pages-suite';

describeLivePages({ browserName: 'Chromium', distName: 'chrome', launch: launchChromium, missing: chromiumMissing() });
