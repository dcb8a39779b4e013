// `npm run build`: the Node bundles (CLI, eval, bench) and the browser extensions; prints one line
// per output.
import { buildNode } from './build-node.mjs';
import { buildExtension } from './build-extension.mjs';
import { describeOutputs } from './build-report.mjs';

const [node, extension] = await Promise.all([buildNode(), buildExtension()]);
process.stdout.write(describeOutputs([...extension, ...node]));
process.stdout.write('Load dist/chrome at chrome://extensions (Developer mode, Load unpacked), dist/firefox/manifest.json at about:debugging; or run npm run dev.\n');
