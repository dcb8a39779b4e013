// Reloading and switching off the extension under open pages (issue 5) in Debian's Chromium, driven by playwright-core.
import { chromiumMissing, launchChromium } from './harness/chromium';
import { describeLifecycle } from './harness/lifecycle-suite';

describeLifecycle({ browserName: 'Chromium', distName: 'chrome', launch: launchChromium, missing: chromiumMissing(), afterReload: 'none', afterDisable: 'unregistered' });
