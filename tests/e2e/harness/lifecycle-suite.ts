/**
 * The extension's life under open pages (issue 5, item 3), run once per browser: reloading it (as
 * an update does, when Chrome says "Extension context invalidated" to the old content scripts)
 * and switching it off must leave every open page intact, with no highlight of the old instance
 * left and no error, and typing still working.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverBrowser, DriverPage } from './driver';
import { clearBox, typeIntoBox } from './hostile-probes';
import { quotelightHighlights, quotelightRules, waitForMarkCount, waitForQuotelightHighlights } from './lifecycle-probes';
import { outerHtml, waitForMark } from './probes';
import { startRecordingServer, type RecordingServer } from './recording-server';
import { extensionUnderTest, type SuiteOptions } from './suite-setup';

export interface LifecycleSuiteOptions extends SuiteOptions {
  /**
   * What an open page shows once the extension is reloaded. Chrome runs no content script in pages
   * opened before: the old one must clean up and leave none. Firefox injects the new one into
   * them: its highlights replace the old ones, the same and once.
   */
  afterReload: 'none' | 'the same, from the new instance';
  /**
   * What an open page keeps once the extension is switched off: nothing ('unregistered'), or,
   * where the browser destroys the content script without a chance to clean up, highlights still
   * registered but no longer drawn, since the browser takes the extension's stylesheet away
   * ('unpainted', with why).
   */
  afterDisable: 'unregistered' | { unpainted: string };
}

const DARK_PAGE_DISABLE_TEST = 'when switched off on a dark page, takes its lighter colours away too';

/** The old content script notices it was cut off on its next liveness check, every 2 s. */
const CLEANUP_TIMEOUT_MS = 10_000;
const TYPED = 'typed “text” after the reload';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lifecycle</title></head>
<body%DARK%><article>
<h1>Talks stall</h1>
<p>Negotiators left Geneva without an agreement, and the so-called “peace plan” looked further away than ever, according to Reuters.</p>
<p>“We will not accept these terms,” the foreign minister said. Critics dismissed the “experts” the government sent, and the alleged breach of the truce remains the main obstacle.</p>
<p>Officials said the talks could resume next month, though the supposed deadline has already slipped twice and nobody expects a quick result.</p>
<label>Comment <input id="box"></label>
</article></body></html>`;

export function describeLifecycle(options: LifecycleSuiteOptions): void {
  const { browserName, launch, afterReload, afterDisable } = options;
  const { extensionDir, missing } = extensionUnderTest({ ...options, suite: 'lifecycle tests' });

  describe.skipIf(missing !== null)(`the extension's lifecycle in ${browserName}`, () => {
    let server: RecordingServer;
    let browser: DriverBrowser;

    /** A fresh tab on the test page, scanned; left open, as a reader's tabs are, until the browser closes. */
    async function openScanned(name: string): Promise<{ tab: DriverPage; highlights: Record<string, number> }> {
      const tab = await browser.openPage(`${server.origin}/${name}.html`);
      await tab.bringToFront();
      expect(await tab.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: 30_000 }), 'scan-end mark').toBe(true);
      const highlights = await tab.evaluate(quotelightHighlights, undefined);
      expect(Object.values(highlights).reduce((sum, n) => sum + n, 0), 'the page is highlighted').toBeGreaterThan(0);
      return { tab, highlights };
    }

    /** No highlight and no colour sheet of Quotelight's left in the page. */
    async function expectNoHighlights(tab: DriverPage): Promise<void> {
      expect(await tab.evaluate(waitForQuotelightHighlights, { expected: {}, timeoutMs: CLEANUP_TIMEOUT_MS })).toEqual({});
      expect(await tab.evaluate(quotelightRules, undefined)).toEqual([]);
    }

    /** The page as it was: markup unchanged, no error, typing works. */
    async function expectIntact(tab: DriverPage, markup: string): Promise<void> {
      expect(await tab.evaluate(outerHtml, undefined)).toBe(markup);
      const typed = await tab.evaluate(typeIntoBox, TYPED);
      expect(typed).toEqual({ value: TYPED, inputEvents: Array.from(TYPED).length, caret: TYPED.length, focused: true });
      await tab.evaluate(clearBox, undefined);
      expect(tab.errors).toEqual([]);
    }

    async function screenshotOf(tab: DriverPage): Promise<Buffer> {
      const dir = mkdtempSync(join(tmpdir(), 'quotelight-lifecycle-'));
      try {
        await tab.screenshot(join(dir, 'page.png'));
        return readFileSync(join(dir, 'page.png'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    /** The page looks exactly as it does once every `quotelight-*` highlight is taken out of the registry. */
    async function expectNothingDrawn(tab: DriverPage, why: string, whileOn: Buffer): Promise<void> {
      console.warn(`[e2e] ${browserName}: after switching off, Quotelight's highlights stay registered in open pages: ${why}`);
      const off = await screenshotOf(tab);
      expect(off.equals(whileOn), 'the highlights were drawn, then not').toBe(false);
      await tab.evaluate(() => { for (const name of [...CSS.highlights.keys()]) if (name.startsWith('quotelight-')) CSS.highlights.delete(name); }, undefined);
      expect(off.equals(await screenshotOf(tab)), 'the page looks as with no highlight registered').toBe(true);
    }

    beforeAll(async () => {
      server = await startRecordingServer((path) => {
        if (path === '/favicon.ico') return { status: 204, body: '' };
        // On a dark page the content script adds a sheet of lighter highlight colours.
        return { body: PAGE.replace('%DARK%', path.startsWith('/dark') ? ' style="background: #111; color: #eee"' : '') };
      });
      browser = await launch({ extensionDir, proxy: server.proxy });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Skips a test its driver cannot drive, saying so. */
    function unsupported(what: keyof DriverBrowser, context: { skip(): void }): boolean {
      if (browser[what]) return false;
      console.warn(`[e2e] ${browserName}: ${what} is not tested: the driver has no way to do it here`);
      context.skip();
      return true;
    }

    it(`after a reload of the extension, leaves open pages intact with ${afterReload === 'none' ? 'no highlight' : 'the same highlights, once'}`, async (context) => {
      if (unsupported('reloadExtension', context)) return;
      const { tab, highlights } = await openScanned('before-reload');
      const markup = await tab.evaluate(outerHtml, undefined);
      await browser.reloadExtension!();
      await tab.bringToFront();
      if (afterReload === 'none') {
        await expectNoHighlights(tab);
      } else {
        // A second scan-end mark: the new instance's pass, which sets the highlights anew (once: same sizes).
        expect(await tab.evaluate(waitForMarkCount, { name: 'quotelight:scan-end', count: 2, timeoutMs: CLEANUP_TIMEOUT_MS })).toBe(2);
        expect(await tab.evaluate(waitForQuotelightHighlights, { expected: highlights, timeoutMs: CLEANUP_TIMEOUT_MS })).toEqual(highlights);
      }
      await expectIntact(tab, markup);
    }, 60_000);

    it('after a reload, highlights pages opened afterwards (the extension came back)', async (context) => {
      if (unsupported('reloadExtension', context)) return;
      await openScanned('after-reload');
    }, 60_000);

    const disableTitle = afterDisable === 'unregistered'
      ? 'when switched off, removes all its highlights from open pages and leaves them intact'
      : 'when switched off, leaves open pages intact and none of its highlights drawn';
    /** Switches the extension off under a scanned page and checks what it left; the page's colours decide the sheet. */
    async function switchOffUnder(path: string): Promise<void> {
      const { tab } = await openScanned(path);
      if (path.startsWith('dark')) expect(await tab.evaluate(quotelightRules, undefined), 'the sheet of lighter colours').not.toEqual([]);
      const markup = await tab.evaluate(outerHtml, undefined);
      const whileOn = afterDisable === 'unregistered' ? null : await screenshotOf(tab);
      await browser.setExtensionEnabled!(false);
      try {
        await tab.bringToFront();
        // Where the highlights (and a colour sheet) outlive the script, they must draw nothing.
        if (afterDisable === 'unregistered') await expectNoHighlights(tab);
        else await expectNothingDrawn(tab, afterDisable.unpainted, whileOn!);
        await expectIntact(tab, markup);
      } finally {
        await browser.setExtensionEnabled!(true);
      }
    }

    it(disableTitle, async (context) => {
      if (unsupported('setExtensionEnabled', context)) return;
      await switchOffUnder('before-disable');
      await openScanned('after-enable');
    }, 60_000);

    it(DARK_PAGE_DISABLE_TEST, async (context) => {
      if (unsupported('setExtensionEnabled', context)) return;
      await switchOffUnder('dark-before-disable');
    }, 60_000);
  });
}
