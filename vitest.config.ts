import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/fuzz is the long run of `npm run fuzz`, with its own config.
    include: ['tests/{unit,dom,e2e}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
