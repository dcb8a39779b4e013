/**
 * The README's pictures, made from the built extension in Chromium: the fixture article with its
 * highlights, a tooltip, the popup in light and dark, the options page in light and dark. `npm run
 * pictures` runs this file alone and `npm test` runs it with the rest, so the pictures follow the
 * interface. Each view is checked with axe-core in the colour scheme it is pictured in.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium } from './harness/chromium';
import type { DriverBrowser, DriverPage } from './harness/driver';
import { fixturePages, pageRoutes, REPO_ROOT } from './harness/pages';
import { findTabByUrl, HIGHLIGHT_NAMES, sendCommand, waitForHighlights, waitForMark } from './harness/probes';
import { startRecordingServer, type RecordingServer } from './harness/recording-server';
import { extensionUnderTest } from './harness/suite-setup';

const DOCS = join(REPO_ROOT, 'docs');
const article = fixturePages().find((p) => p.path.endsWith('/article.html'))!;
const { extensionDir, missing } = extensionUnderTest({ suite: 'README pictures', browserName: 'Chromium', distName: 'chrome', missing: chromiumMissing() });

/** Whether the tooltip's host is on the page and showing. */
const tooltipShown = () => {
  const host = document.querySelector<HTMLElement>('quotelight-tooltip');
  return host !== null && getComputedStyle(host).display !== 'none';
};

describe.skipIf(missing !== null)('the README pictures', () => {
  let server: RecordingServer;
  let browser: DriverBrowser;
  let page: DriverPage;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(DOCS, { recursive: true });
    server = await startRecordingServer(pageRoutes([article]));
    browser = await launchChromium({ extensionDir, proxy: server.proxy });
    page = await browser.openPage(server.origin + article.path);
    await page.bringToFront();
    expect(await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: 20_000 })).toBe(true);
    expect((await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, moreThan: 0, timeoutMs: 20_000 })).ok).toBe(true);
    const helper = await browser.openExtensionPage('popup.html?tabId=0');
    tabId = (await helper.evaluate(findTabByUrl, server.origin + article.path))!;
    await helper.close();
    expect(tabId).not.toBeNull();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const saved = (name: string) => {
    const file = join(DOCS, name);
    expect(existsSync(file) && statSync(file).size > 1000, `${file} written`).toBe(true);
  };

  it('the page with its highlights', async () => {
    await page.evaluate(() => window.scrollTo(0, 0), undefined);
    await page.screenshot(join(DOCS, 'screenshot-page.png'));
    saved('screenshot-page.png');
  });

  it('a tooltip, reached with the next-finding shortcut', async () => {
    const helper = await browser.openExtensionPage('popup.html?tabId=0');
    expect(await helper.evaluate(sendCommand, { tabId, command: 'next-finding' })).toBe(true);
    await helper.close();
    await page.bringToFront();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)), undefined);
    expect(await page.evaluate(tooltipShown, undefined)).toBe(true);
    await page.screenshot(join(DOCS, 'screenshot-tooltip.png'));
    saved('screenshot-tooltip.png');
  });

  describe.each(['light', 'dark'] as const)('%s', (scheme) => {
    const suffix = scheme === 'dark' ? '-dark' : '';

    it(`the popup, with no axe-core violations in ${scheme}`, async () => {
      const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.emulateColorScheme!(scheme);
      await popup.waitForSelector('#app[data-state="ready"]');
      expect(await popup.axeViolations!()).toEqual([]);
      await popup.screenshot(join(DOCS, `screenshot-popup${suffix}.png`), 'body');
      await popup.close();
      saved(`screenshot-popup${suffix}.png`);
    });

    it(`the options page, with no axe-core violations in ${scheme}`, async () => {
      const options = await browser.openExtensionPage('options.html');
      await options.emulateColorScheme!(scheme);
      expect(await options.axeViolations!()).toEqual([]);
      await options.screenshot(join(DOCS, `screenshot-options${suffix}.png`));
      await options.close();
      saved(`screenshot-options${suffix}.png`);
    });
  });
});
