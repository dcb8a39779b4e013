// French, German, Russian and Spanish pages in Debian's Firefox ESR.
import { describeLanguages } from './harness/language-suite';
import { firefoxMissing, launchFirefox } from './harness/firefox';

describeLanguages({ browserName: 'Firefox', distName: 'firefox', launch: launchFirefox, missing: firefoxMissing() });
