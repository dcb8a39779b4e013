// Bundles the Node programs into dist/node/: the CLI and its worker, eval and bench.
import { build } from 'esbuild';

export async function buildNode() {
  await build({
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
