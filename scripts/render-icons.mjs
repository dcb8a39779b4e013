// Renders icons/icon.svg to the PNG sizes the manifest lists, and the greyed toolbar icon shown on
// tabs where Quotelight is paused (src/background/tab-icons.ts), with the system Chromium.
// Run by hand after editing the SVG (`node scripts/render-icons.mjs`); the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';

const VARIANTS = [
  { name: 'icon', sizes: [16, 32, 48, 96, 128], filter: 'none' },
  // Grey and faded, so "off" reads on light and dark toolbars alike; the toolbar uses 16 and 32 only.
  { name: 'icon-paused', sizes: [16, 32], filter: 'grayscale(1) opacity(0.55)' },
];
const svg = await readFile('icons/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const { name, sizes, filter } of VARIANTS) {
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px;filter:${filter}}</style>${svg}`,
      );
      await writeFile(`icons/${name}-${size}.png`, await page.screenshot({ omitBackground: true }));
    }
  }
} finally {
  await browser.close();
}
