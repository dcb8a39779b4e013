/**
 * The popup's language line and JSON download, the toolbar's greyed icon, and the claim an
 * attribution's tooltip lights, in Debian's Chromium with the built extension (a browser of its
 * own, so the shared suite in harness/extension-suite.ts is untouched).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_PATHS } from '../../src/background/tab-icons';
import { CHROMIUM_PATH, chromiumMissing } from './harness/chromium';
import { popupPageRoutes } from './harness/pages';
import { findTabByUrl, highlightTexts, popupCounts, sendCommand, storeSettings, waitForMark } from './harness/probes';
import type { AttributionFinding, Finding } from '../../src/analysis/types';
import { excerpt } from '../../src/report/excerpt';
import type { PageFindings } from '../../src/report/findings-json';
import { startRecordingServer, type RecordingServer } from './harness/recording-server';
import { extensionUnderTest } from './harness/suite-setup';


const { extensionDir, missing } = extensionUnderTest({ suite: 'toolbar and popup tests', browserName: 'Chromium', distName: 'chrome', missing: chromiumMissing() });

async function launchWithExtension(proxy: string, args: string[]) {
  const profile = mkdtempSync(join(tmpdir(), 'quotelight-toolbar-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--proxy-server=http://${proxy}`, '--proxy-bypass-list=<-loopback>',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return { context, worker, profile, origin: `chrome-extension://${new URL(worker.url()).host}` };
}

interface IconCall {
  tabId: number;
  path: Record<string, string>;
  error: string | null;
}

describe.skipIf(missing !== null)('toolbar and popup in Chromium', () => {
  let server: RecordingServer;
  let context: BrowserContext;
  let worker: Worker;
  let origin: string;
  let profile: string;

  beforeAll(async () => {
    server = await startRecordingServer(popupPageRoutes());
    ({ context, worker, origin, profile } = await launchWithExtension(server.proxy, []));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Opens a page, waits for its first scan, and finds its tab id from an extension page. */
  async function openScanned(path: string): Promise<{ page: Page; tabId: number; helper: Page }> {
    const page = await context.newPage();
    await page.goto(server.origin + path);
    expect(await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: 30_000 })).toBe(true);
    const helper = await context.newPage();
    await helper.goto(`${origin}/popup.html?tabId=0`);
    const tabId = await helper.evaluate(findTabByUrl, server.origin + path);
    expect(tabId).not.toBeNull();
    return { page, tabId: tabId!, helper };
  }

  it('says in the popup which language the page was read in', async () => {
    const { page, tabId, helper } = await openScanned('/french.html');
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('#app[data-state="ready"]');
    expect(await popup.locator('.language').textContent()).toBe('Language: French');
    await Promise.all([popup.close(), helper.close(), page.close()]);
  });

  it('downloads the page’s findings as JSON from the popup', async () => {
    const { page, tabId, helper } = await openScanned('/article.html');
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('#app[data-state="ready"]');
    const counts = await popup.evaluate(popupCounts, undefined);
    const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 15_000 }), popup.click('button[data-action="download-json"]')]);
    expect(download.suggestedFilename()).toMatch(/^quotelight-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(readFileSync(await download.path(), 'utf8')) as { url: string; title: string; text: string; findings: Finding[] };
    expect(report.url).toBe(`${server.origin}/article.html`);
    expect(report.title).toBe('Ceasefire talks stall as both sides trade blame');
    expect(report.text).toContain('Negotiators left Geneva on Tuesday');
    const kinds = (kind: Finding['kind']) => report.findings.filter((f) => f.kind === kind).length;
    expect([kinds('quote'), kinds('attribution'), kinds('hedge')])
      .toEqual([counts.scare! + counts.partial! + counts.direct! + counts.title!, counts.attribution, counts.hedge]);
    expect(report.findings.length).toBeGreaterThan(5);
    for (const finding of report.findings) expect(report.text.slice(finding.start, finding.end)).toBe(finding.text);
    // What each attribution credits, where the analyzer found it, by its range in the same text.
    const credited = report.findings.filter((f): f is AttributionFinding => f.kind === 'attribution' && f.content !== undefined);
    expect(credited.length).toBeGreaterThan(0);
    for (const { content } of credited) expect(content!.start < content!.end && content!.end <= report.text.length).toBe(true);
    await Promise.all([popup.close(), helper.close(), page.close()]);
  });

  it('lights the claim of the attribution whose tooltip is open, names it in the tooltip, and puts it out on Escape', async () => {
    const { page, tabId, helper } = await openScanned('/article.html');
    const { text, findings } = await helper.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, message: unknown, options: unknown): Promise<unknown> } } }).chrome;
      return await api.tabs.sendMessage(id, { type: 'get-page-findings', payload: {} }, { frameId: 0 });
    }, tabId) as PageFindings;
    // "…, according to Maria Lopez": its cue is a link, which the keyboard can reach.
    const cue = findings.find((f): f is AttributionFinding => f.kind === 'attribution' && f.text.startsWith('according') && f.source?.text === 'Maria Lopez');
    expect(cue?.content).toBeDefined();
    const flat = (words: string) => words.replace(/\s+/g, ' ').trim();
    const claim = flat(text.slice(cue!.content!.start, cue!.content!.end));
    expect(await page.evaluate(highlightTexts, 'quotelight-content')).toEqual([]);
    await page.bringToFront();
    await page.focus('article a[href="#"]');
    expect((await page.evaluate(highlightTexts, 'quotelight-content')).map(flat)).toEqual([claim]);
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await cdp.detach();
    expect(tooltipLines(root as CdpNode)).toContain(`Claim: ${excerpt(claim)}`);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(highlightTexts, 'quotelight-content')).toEqual([]);
    await Promise.all([helper.close(), page.close()]);
  });

  it('greys the toolbar icon of a paused site’s tab, and restores it on resume', async () => {
    const { page, tabId, helper } = await openScanned('/article.html');
    // Chrome has no getter for a tab's icon: record the background's calls and what Chrome said to each.
    await worker.evaluate(() => {
      const action = (globalThis as unknown as { chrome: { action: { setIcon: (...args: unknown[]) => unknown }; runtime: { lastError?: { message?: string } } } }).chrome;
      const calls: unknown[] = [];
      (globalThis as unknown as { iconCalls: unknown[] }).iconCalls = calls;
      const original = action.action.setIcon.bind(action.action);
      action.action.setIcon = (details: unknown, callback?: unknown) => {
        const { tabId, path } = details as { tabId: number; path: unknown };
        const record = (error: string | null) => calls.push({ tabId, path, error });
        if (typeof callback === 'function') {
          return original(details, () => { record(action.runtime.lastError?.message ?? null); (callback as () => void)(); });
        }
        const result = original(details) as Promise<void>;
        result.then(() => record(null), (error: unknown) => record(String(error)));
        return result;
      };
    });
    const waitForCall = async (path: Record<number, string>): Promise<IconCall | undefined> => {
      for (let i = 0; i < 200; i += 1) {
        const calls = await worker.evaluate(() => (globalThis as unknown as { iconCalls: IconCall[] }).iconCalls);
        const call = calls.find((c) => c.tabId === tabId && JSON.stringify(c.path) === JSON.stringify(path));
        if (call) return call;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return undefined;
    };
    await helper.evaluate(storeSettings, { pausedSites: [new URL(server.origin).hostname] });
    expect(await waitForCall(ICON_PATHS.paused)).toEqual({ tabId, path: ICON_PATHS.paused, error: null });
    await helper.evaluate(storeSettings, { pausedSites: [] });
    expect(await waitForCall(ICON_PATHS.active)).toEqual({ tabId, path: ICON_PATHS.active, error: null });
    await Promise.all([helper.close(), page.close()]);
  });
});

describe.skipIf(missing !== null)('the popup, options page and tooltip of a German Chromium', () => {
  let server: RecordingServer;
  let context: BrowserContext;
  let origin: string;
  let profile: string;

  beforeAll(async () => {
    server = await startRecordingServer(popupPageRoutes());
    ({ context, origin, profile } = await launchWithExtension(server.proxy, ['--lang=de']));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('speaks German, from _locales/de', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/french.html`);
    expect(await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: 30_000 })).toBe(true);
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=0`);
    const tabId = await popup.evaluate(findTabByUrl, `${server.origin}/french.html`);
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('#app[data-state="ready"]');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await popup.locator('.language').textContent()).toBe('Sprache: Französisch');
    expect(await popup.locator('footer button').allTextContents()).toEqual(['Bericht kopieren', 'JSON herunterladen', 'Einstellungen']);
    expect(await popup.locator('h2').first().textContent()).toBe('Zitate');
    const options = await context.newPage();
    await options.goto(`${origin}/options.html`);
    await options.waitForSelector('#app[data-state="ready"]');
    expect(await options.title()).toBe('Quotelight-Einstellungen');

    // The tooltip's labels come from the content script's own browser.i18n. Its shadow root is
    // closed to the page; DevTools' DOM domain, with `pierce`, still reads it.
    await page.bringToFront();
    expect(await popup.evaluate(sendCommand, { tabId: tabId!, command: 'next-finding' })).toBe(true);
    const cdp = await context.newCDPSession(page);
    let lines: string[] = [];
    for (let i = 0; i < 100 && lines.length === 0; i += 1) {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      lines = tooltipLines(root);
      if (lines.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await cdp.detach();
    // The page's first finding: "a déclaré", crediting "Le ministre". The explanation between is the analyzer's.
    // The claim's words are the page's own; only its label is German.
    expect(lines).toHaveLength(5);
    expect([lines[0], lines[2], lines[4]]).toEqual(['Quellenangabe: benannte Quelle', 'Quelle: Le ministre (benannte Quelle)', 'Auf dieser Website nicht markieren']);
    expect(lines[3]).toMatch(/^Aussage: \S/);
    await Promise.all([options.close(), popup.close(), page.close()]);
  });
});

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The text of each line of a shown Quotelight tooltip (its host's inline display is block), from a pierced DOM snapshot. */
function tooltipLines(node: CdpNode): string[] {
  if (node.nodeName === 'QUOTELIGHT-TOOLTIP') {
    const style = node.attributes?.[node.attributes.indexOf('style') + 1] ?? '';
    if (!/display: block/.test(style)) return [];
    const card = node.shadowRoots?.[0]?.children?.[0];
    const text = (n: CdpNode): string => (n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(text).join(''));
    return (card?.children ?? []).map(text).filter((line) => line !== '');
  }
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const lines = tooltipLines(child);
    if (lines.length > 0) return lines;
  }
  return [];
}
