// Hostile and odd pages (issue 5) in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
import { firefoxMissing, launchFirefox } from './harness/firefox';
import { describeHostilePages } from './harness/hostile-suite';

describeHostilePages({ browserName: 'Firefox', distName: 'firefox', launch: launchFirefox, missing: firefoxMissing() });
