// The extension in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
import { describeExtension } from './harness/extension-suite';
import { firefoxMissing, launchFirefox } from './harness/firefox';

describeExtension({ browserName: 'Firefox', distName: 'firefox', launch: launchFirefox, missing: firefoxMissing() });
