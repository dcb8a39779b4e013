import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit/ (Node) and dom/ (jsdom) test the sources: `npm run test:fast` runs just those.
    // package/ tests what `npm run build` makes in dist/ (the extensions, their zips, the CLI), and
    // e2e/ drives that build in real Chromium and Firefox. tests/fuzz is the long run of
    // `npm run fuzz`, with its own config.
    include: ['tests/{unit,dom,package,e2e}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
