/**
 * `npm run fuzz`: the long property run of tests/fuzz only. FUZZ_RUNS sets the number of runs per
 * property (default 100000); FUZZ_SEED replays a run.
 */
import { defineConfig } from 'vitest/config';

const runs = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10);

export default defineConfig({
  test: {
    include: ['tests/fuzz/**/*.fuzz.test.ts'],
    testTimeout: 0,
    hookTimeout: 120_000,
    env: {
      FUZZ_RUNS: String(Number.isFinite(runs) && runs > 0 ? runs : 100_000),
    },
  },
});
