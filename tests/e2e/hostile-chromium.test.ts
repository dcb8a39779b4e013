// Hostile and odd pages (issue 5) in Debian's Chromium, driven by playwright-core.
import { chromiumMissing, launchChromium } from './harness/chromium';
import { describeHostilePages } from './harness/hostile-suite';

describeHostilePages({ browserName: 'Chromium', distName: 'chrome', launch: launchChromium, missing: chromiumMissing() });
