// Bundles the Node programs into dist/node/: the CLI and its worker, eval and bench.
// Also runnable alone (`node scripts/build-node.mjs`, printing what it built on stderr): `npm run
// eval` and `npm run bench` build only this, and the CLI tests run it to test current sources.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeOutputs } from './build-report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/node; returns what it made. */
export async function buildNode() {
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      cli: 'src/cli/main.ts',
      'scan-worker': 'src/cli/scan-worker.ts',
      eval: 'scripts/eval.ts',
      bench: 'scripts/bench.ts',
    },
    outdir: 'dist/node',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return [{ path: 'dist/node', what: 'the CLI (bin/quotelight.js), eval and bench, for Node' }];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outputs = await buildNode();
  process.stderr.write(describeOutputs(outputs, ROOT));
}
