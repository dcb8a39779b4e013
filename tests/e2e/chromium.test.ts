// The extension in Debian's Chromium, driven by playwright-core.
import { chromiumMissing, launchChromium } from './harness/chromium';
import { describeExtension } from './harness/extension-suite';

describeExtension({ browserName: 'Chromium', distName: 'chrome', launch: launchChromium, missing: chromiumMissing() });
