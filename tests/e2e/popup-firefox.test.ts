/**
 * The popup's language line and "Download JSON" in Debian's Firefox ESR with the built extension
 * (a browser of its own, with a download folder, so the shared suite is untouched). The popup is
 * opened as a tab: a real popup panel cannot be driven here, and Firefox's default (save to the
 * download folder without asking) is what this checks.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/analysis/types';
import { FIREFOX_PATH, firefoxMissing, proxyPrefs } from './harness/firefox';
import { popupPageRoutes } from './harness/pages';
import { findTabByUrl, popupCounts, waitForMark } from './harness/probes';
import { startRecordingServer, type RecordingServer } from './harness/recording-server';
import { extensionUnderTest } from './harness/suite-setup';

const EXTENSION_UUID = '0c9d3a51-6e2f-4b7a-8d1c-5f4e3b2a1908';

const { extensionDir, missing } = extensionUnderTest({ suite: 'popup tests', browserName: 'Firefox', distName: 'firefox', missing: firefoxMissing() });

describe.skipIf(missing !== null)('popup in Firefox', () => {
  let server: RecordingServer;
  let browser: Browser;
  let downloads: string;

  beforeAll(async () => {
    server = await startRecordingServer(popupPageRoutes());
    downloads = mkdtempSync(join(tmpdir(), 'quotelight-downloads-'));
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      protocol: 'webDriverBiDi',
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...proxyPrefs(server.proxy),
        'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID }),
        // Firefox's default: save to the download folder without asking.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
    await browser.installExtension(extensionDir);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  async function popupFor(path: string): Promise<{ page: Page; popup: Page }> {
    const page = await browser.newPage();
    await page.goto(server.origin + path);
    expect(await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: 30_000 })).toBe(true);
    const popup = await browser.newPage();
    // Extension pages never report `load` to a BiDi navigation wait (see harness/firefox.ts).
    await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html?tabId=0`, { waitUntil: 'commit' as 'load' });
    await popup.waitForSelector('#app');
    const tabId = await popup.evaluate(findTabByUrl, server.origin + path);
    expect(tabId).not.toBeNull();
    await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' as 'load' });
    await popup.waitForSelector('#app[data-state="ready"]');
    return { page, popup };
  }

  it('says which language the page was read in', async () => {
    const { page, popup } = await popupFor('/french.html');
    expect(await popup.$eval('.language', (e) => e.textContent)).toBe('Language: French');
    await popup.close();
    await page.close();
  });

  it('downloads the page’s findings as JSON', async () => {
    const { page, popup } = await popupFor('/article.html');
    const counts = await popup.evaluate(popupCounts);
    await popup.click('button[data-action="download-json"]');
    let file: string | undefined;
    for (let i = 0; i < 200 && !file; i += 1) {
      file = readdirSync(downloads).find((name) => /^quotelight-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.json$/.test(name));
      if (!file) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(file, `a JSON file in ${downloads}: ${readdirSync(downloads).join(', ')}`).toBeDefined();
    // The file appears before Firefox has finished writing it: wait for it to parse.
    let report: { url: string; text: string; findings: Finding[] } | undefined;
    for (let i = 0; i < 100 && !report; i += 1) {
      try {
        report = JSON.parse(readFileSync(join(downloads, file!), 'utf8'));
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    expect(report?.url).toBe(`${server.origin}/article.html`);
    expect(report!.findings.filter((f) => f.kind === 'hedge')).toHaveLength(counts.hedge!);
    expect(report!.findings.filter((f) => f.kind === 'attribution')).toHaveLength(counts.attribution!);
    for (const finding of report!.findings) expect(report!.text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(await popup.$eval('[role="status"]', (e) => e.textContent)).toBe('Report downloaded as JSON.');
    await popup.close();
    await page.close();
  });
});
