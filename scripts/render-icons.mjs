// Renders icons/icon.svg to the PNG sizes the manifest lists, with the system Chromium.
// Run by hand after editing the SVG (`node scripts/render-icons.mjs`); the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';

const SIZES = [16, 32, 48, 96, 128];
const svg = await readFile('icons/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(`icons/icon-${size}.png`, await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}
