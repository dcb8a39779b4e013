// `npm run build`: the Node bundles (CLI, eval, bench) and the browser extensions.
import { buildNode } from './build-node.mjs';
import { buildExtension } from './build-extension.mjs';

await Promise.all([buildNode(), buildExtension()]);
