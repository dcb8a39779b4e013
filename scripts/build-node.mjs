// Bundles the Node programs into dist/node/: the CLI and its worker, eval and bench.
// Also runnable alone (`node scripts/build-node.mjs`), which the CLI tests do to test current sources.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function buildNode() {
  await build({
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
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
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildNode();
