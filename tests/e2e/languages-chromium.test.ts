// French, German, Russian and Spanish pages in Debian's Chromium.
import { chromiumMissing, launchChromium } from './harness/chromium';
import { describeLanguages } from './harness/language-suite';

describeLanguages({ browserName: 'Chromium', distName: 'chrome', launch: launchChromium, missing: chromiumMissing() });
