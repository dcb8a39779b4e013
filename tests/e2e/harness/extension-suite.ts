/**
 * The end-to-end suite, run once per browser: every fixture and shared page is loaded in a plain
 * browser (the baseline) and in one with the built extension, and the two are compared.
 * One browser per file, pages in sequence, to stay within the CI budget on two cores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeCount, badgeText } from '../../../src/background/badge';
import type { Counts } from '../../../src/report/counts';
import type { PageSummary } from '../../../src/report/summary';
import { cliCounts, cliReports, withoutAddress } from './cli-counts';
import type { DriverBrowser, DriverPage } from './driver';
import { fixturePages, pageRoutes, savedPages, type TestPage } from './pages';
import {
  appendToArticle, badgeTextOf, changeControl, clickOn, countsFromHighlights, currentTabId, findTabByUrl, highlightSizes, highlightTexts, HIGHLIGHT_NAMES,
  outerHtml, popupCounts, sendCommand, storeDismissals, storeSettings, waitForBadge, waitForHighlights, waitForMark, waitForPopupCounts,
} from './probes';
import { startRecordingServer, type RecordingServer } from './recording-server';
import { extensionUnderTest, firstDifference, requestKey, withoutOrigin, type SuiteOptions } from './suite-setup';
import { copiedReport } from './report-probe';

/** The biggest shared page (1.6 MB) takes a few seconds to parse, lay out and scan on a slow CI core. */
const SCAN_TIMEOUT_MS = 30_000;
/** The test contract: live changes are highlighted within 1 s of the mutation. */
const LIVE_DEADLINE_MS = 1_000;

interface Baseline {
  html: string;
  errors: string[];
}

/**
 * Whether the page's own markup refers to the requested file. Such requests (icons, images,
 * stylesheets) are the page's, and whether the browser gets round to them before a tab closes
 * varies between runs, so the baseline alone cannot list them all.
 */
function referencedBy(html: string, key: string): boolean {
  const target = key.split(' ')[1] ?? '';
  if (target === '/favicon.ico') return true; // asked for by the browser for every page
  const file = target.replace(/^.*\//, '');
  return file !== '' && html.replaceAll('&amp;', '&').includes(file);
}

export function describeExtension(options: SuiteOptions): void {
  const { browserName, launch } = options;
  const { extensionDir, missing } = extensionUnderTest({ ...options, suite: 'tests' });
  const fixtures = fixturePages();
  const pages: TestPage[] = [...fixtures, ...savedPages()];
  const article = fixtures.find((p) => p.path.endsWith('/article.html'));

  describe.skipIf(missing !== null)(`the extension in ${browserName}`, () => {
    const baselines = new Map<string, Baseline>();
    let baselineRequests = new Set<string>();
    let server: RecordingServer;
    let browser: DriverBrowser;
    /** An extension page kept open to look up tab ids and badges. */
    let helper: DriverPage;
    let cli: Map<string, Counts> | Error;
    let cliMarkdown: Map<string, string> | Error;

    beforeAll(async () => {
      const baseServer = await startRecordingServer(pageRoutes(pages));
      const plain = await launch({ extensionDir: null, proxy: baseServer.proxy });
      try {
        for (const page of pages) {
          const tab = await plain.openPage(baseServer.origin + page.path);
          baselines.set(page.path, {
            html: await tab.evaluate(outerHtml, undefined),
            errors: tab.errors.map(withoutOrigin(baseServer.origin)),
          });
          await tab.close();
        }
      } finally {
        await plain.close();
        await baseServer.close();
      }
      baselineRequests = new Set(baseServer.requests.map(requestKey(baseServer.origin)));

      server = await startRecordingServer(pageRoutes(pages));
      browser = await launch({ extensionDir, proxy: server.proxy });
      helper = await browser.openExtensionPage('popup.html?tabId=0');
      // Both sides with their defaults: the extension's "article text only", the CLI without --whole-page.
      // Should the CLI fail, only the tests comparing with it fail.
      cli = await cliCounts(pages.map((p) => p.file)).catch((error: unknown) => error as Error);
      cliMarkdown = await cliReports(pages.map((p) => p.file)).catch((error: unknown) => error as Error);
    }, 600_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function popupFor(url: string): Promise<{ tabId: number; popup: DriverPage }> {
      const tabId = await helper.evaluate(findTabByUrl, url);
      expect(tabId, `a tab whose content script reports ${url}`).not.toBeNull();
      const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('#app[data-state="ready"]');
      return { tabId: tabId as number, popup };
    }

    describe.each(pages)('$name', (testPage) => {
      let page: DriverPage;
      let popup: DriverPage;
      let tabId: number;
      let pageCounts: Counts;
      let sizes: Record<string, number | null>;
      let firstRequest: number;
      let url: string;

      beforeAll(async () => {
        url = server.origin + testPage.path;
        firstRequest = server.requests.length;
        page = await browser.openPage(url);
        expect(await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: SCAN_TIMEOUT_MS }), 'scan-end mark').toBe(true);
        sizes = await page.evaluate(highlightSizes, HIGHLIGHT_NAMES);
        pageCounts = countsFromHighlights(sizes);
        ({ tabId, popup } = await popupFor(url));
      }, 120_000);

      afterAll(async () => {
        await popup?.close();
        await page?.close();
      });

      it('registers all nine highlight names', () => {
        expect(Object.entries(sizes).filter(([, size]) => size === null).map(([name]) => name)).toEqual([]);
      });

      it('leaves the DOM exactly as the page made it', async () => {
        const baseline = baselines.get(testPage.path);
        expect(firstDifference(await page.evaluate(outerHtml, undefined), baseline?.html ?? '')).toBeNull();
      });

      it('shows in the popup the counts highlighted on the page, and the matching badge', async () => {
        const shown = await popup.evaluate(popupCounts, undefined);
        expect(shown).toEqual(pageCounts);
        expect(shown.attribution).toBe(shown['attribution-named']! + shown['attribution-vague']! + shown['attribution-none']!);
        const summary = { counts: pageCounts, paused: false } as PageSummary;
        expect(await helper.evaluate(badgeTextOf, tabId)).toBe(badgeText(badgeCount(summary)));
      });

      it('counts what the CLI counts in the same file', () => {
        if (cli instanceof Error) throw new Error(`quotelight scan --json failed: ${cli.message}`);
        expect(pageCounts).toEqual(cli.get(testPage.file));
      });

      it('copies from the popup the report quotelight scan --format md writes for the same file', async () => {
        if (cliMarkdown instanceof Error) throw new Error(`quotelight scan --format md failed: ${cliMarkdown.message}`);
        const copied = await popup.evaluate(copiedReport, 5_000);
        expect(copied, 'the popup wrote a report').not.toBeNull();
        expect(copied!.split('\n')[2]).toBe(`<${url}>`);
        expect(firstDifference(withoutAddress(copied!), withoutAddress(cliMarkdown.get(testPage.file) ?? ''))).toBeNull();
      });

      it('causes no page error', () => {
        const before = new Set(baselines.get(testPage.path)?.errors);
        const errors = [...page.errors, ...popup.errors].map(withoutOrigin(server.origin));
        expect(errors.filter((e) => !before.has(e))).toEqual([]);
      });

      it('makes no network request', () => {
        const html = baselines.get(testPage.path)?.html ?? '';
        const made = server.requests.slice(firstRequest).map(requestKey(server.origin));
        expect(made.filter((key) => !baselineRequests.has(key) && !referencedBy(html, key))).toEqual([]);
        // The page itself is in the baseline: the browser's one load is all there may be.
        expect(made.filter((key) => key === `GET ${testPage.path}`)).toHaveLength(1);
      });
    });

    describe.skipIf(!article)('on a changing page', () => {
      let page: DriverPage;
      let popup: DriverPage;
      let tabId: number;
      let url: string;
      let before: Record<string, number | null>;

      beforeAll(async () => {
        url = server.origin + (article as TestPage).path;
        page = await browser.openPage(url);
        await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: SCAN_TIMEOUT_MS });
        before = await page.evaluate(highlightSizes, HIGHLIGHT_NAMES);
        ({ tabId, popup } = await popupFor(url));
        // As beside a real popup, the page stays the visible tab: background tabs run timers once a second.
        await page.bringToFront();
      }, 60_000);

      afterAll(async () => {
        await popup?.close();
        await page?.close();
      });

      it(`highlights added text within ${LIVE_DEADLINE_MS} ms and updates the popup`, async () => {
        const total = Object.values(before).reduce<number>((sum, size) => sum + (size ?? 0), 0);
        await page.evaluate(appendToArticle, { id: 'added', text: 'The so-called “reform” of the tax code, officials said, was reportedly drafted in a week.' });
        const result = await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, moreThan: total, timeoutMs: 5 * LIVE_DEADLINE_MS });
        expect(result.ok, JSON.stringify(result.sizes)).toBe(true);
        expect(result.ms).toBeLessThan(LIVE_DEADLINE_MS);
        const expected = countsFromHighlights(await page.evaluate(highlightSizes, HIGHLIGHT_NAMES));
        expect(await popup.evaluate(waitForPopupCounts, { expected, timeoutMs: 5_000 })).toEqual(expected);
      });

      it('drops the highlights of removed text', async () => {
        await page.evaluate(() => document.getElementById('added')?.remove(), undefined);
        const expected = Object.fromEntries(HIGHLIGHT_NAMES.map((n) => [n, before[n] ?? 0]));
        const result = await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, expected, timeoutMs: 5 * LIVE_DEADLINE_MS });
        expect(result.ok, JSON.stringify(result.sizes)).toBe(true);
      });

      it('applies a category switch from the popup at once, and undoes it', async () => {
        expect(before['quotelight-scare'], 'the fixture has scare quotes to switch off').toBeGreaterThan(0);
        expect(await popup.evaluate(clickOn, 'input[data-category="scare"]')).toBe(true);
        const off = await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, expected: { 'quotelight-scare': 0 }, timeoutMs: 5_000 });
        expect(off.ok).toBe(true);
        expect(off.sizes['quotelight-direct']).toBe(before['quotelight-direct']);
        expect(await popup.evaluate(clickOn, 'input[data-category="scare"]')).toBe(true);
        const on = await page.evaluate(waitForHighlights, {
          names: HIGHLIGHT_NAMES, expected: { 'quotelight-scare': before['quotelight-scare'] ?? 0 }, timeoutMs: 5_000,
        });
        expect(on.ok).toBe(true);
      });

      it('pauses on the site and resumes', async () => {
        const none = Object.fromEntries(HIGHLIGHT_NAMES.map((n) => [n, 0]));
        expect(await popup.evaluate(clickOn, '.pause input')).toBe(true);
        expect((await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, expected: none, timeoutMs: 5_000 })).ok).toBe(true);
        expect(await popup.evaluate(clickOn, '.pause input')).toBe(true);
        const restored = Object.fromEntries(HIGHLIGHT_NAMES.map((n) => [n, before[n] ?? 0]));
        expect((await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, expected: restored, timeoutMs: 5_000 })).ok).toBe(true);
        // The page says its findings changed; the popup asks for them and shows them again.
        const expected = countsFromHighlights(restored);
        expect(await popup.evaluate(waitForPopupCounts, { expected, timeoutMs: 5_000 })).toEqual(expected);
      });

      it('scrolls the page to a finding clicked in the popup', async () => {
        await page.evaluate(() => window.scrollTo(0, 0), undefined);
        expect(await popup.evaluate(clickOn, '.findings li:last-child button')).toBe(true);
        const scrolled = await page.evaluate(() => new Promise<number>((resolve) => {
          const start = performance.now();
          const check = () => (window.scrollY > 0 || performance.now() - start > 5_000 ? resolve(window.scrollY) : setTimeout(check, 20));
          check();
        }), undefined);
        expect(scrolled).toBeGreaterThan(0);
      });

      it('ignores messages a page forges', async () => {
        const counts = await popup.evaluate(popupCounts, undefined);
        const badge = await helper.evaluate(badgeTextOf, tabId);
        await page.evaluate(() => {
          const forged = { type: 'summary-changed', payload: { url: location.href, title: '', findings: [], paused: false, counts: { scare: 999 } } };
          window.postMessage(forged, '*');
          document.dispatchEvent(new CustomEvent('summary-changed', { detail: forged }));
          document.dispatchEvent(new CustomEvent('quotelight', { detail: forged }));
        }, undefined);
        // A get-summary round trip after the forgeries: anything they set off has landed by then.
        await helper.evaluate(findTabByUrl, url);
        expect(await popup.evaluate(popupCounts, undefined)).toEqual(counts);
        expect(await helper.evaluate(badgeTextOf, tabId)).toBe(badge);
      });

      it('keeps the badge right after the browser stops the background service worker', async (context) => {
        // Only Chromium lets a test stop the background (over CDP); the badge logic's statelessness
        // itself is unit-tested for both.
        if (!browser.stopBackground) {
          console.warn(`[e2e] ${browserName}: skipped "stops the background service worker": only Chromium lets a test stop it`);
          return context.skip();
        }
        const badgeBefore = await helper.evaluate(badgeTextOf, tabId);
        const total = Object.values(await page.evaluate(highlightSizes, HIGHLIGHT_NAMES)).reduce<number>((sum, n) => sum + (n ?? 0), 0);
        await browser.stopBackground();
        await page.evaluate(appendToArticle, { id: 'after-restart', text: 'Critics say the “consensus” was reportedly manufactured.' });
        expect((await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, moreThan: total, timeoutMs: 5_000 })).ok).toBe(true);
        const counts = countsFromHighlights(await page.evaluate(highlightSizes, HIGHLIGHT_NAMES));
        const expected = badgeText(badgeCount({ counts, paused: false } as PageSummary));
        expect(expected, 'the added sentence changes the badge').not.toBe(badgeBefore);
        expect(await helper.evaluate(waitForBadge, { tabId, text: expected, timeoutMs: 5_000 })).toBe(expected);
        await page.evaluate(() => document.getElementById('after-restart')?.remove(), undefined);
      });

    });

    describe.skipIf(!article)('with the options page', () => {
      let page: DriverPage;
      let options: DriverPage;
      let before: Record<string, number | null>;
      const none = Object.fromEntries(HIGHLIGHT_NAMES.map((n) => [n, 0]));
      const wait = (expected: Record<string, number>) =>
        page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, expected, timeoutMs: 5_000 });
      const restored = () => wait(Object.fromEntries(HIGHLIGHT_NAMES.map((n) => [n, before[n] ?? 0])));

      beforeAll(async () => {
        // These tests switch "article text only" on to see it work, and to force a full pass.
        await helper.evaluate(storeSettings, { articleOnly: false });
        page = await browser.openPage(server.origin + (article as TestPage).path);
        await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: SCAN_TIMEOUT_MS });
        before = await page.evaluate(highlightSizes, HIGHLIGHT_NAMES);
        options = await browser.openExtensionPage('options.html');
        await options.waitForSelector('#app[data-state="ready"]');
        await page.bringToFront();
      }, 60_000);

      afterAll(async () => {
        await options?.evaluate(storeSettings, { articleOnly: true, siteMode: 'everywhere', neverMark: [], extraHedges: [], palette: 'standard' });
        await options?.close();
        await page?.close();
      });

      it('switches a category off and on', async () => {
        expect(await options.evaluate(changeControl, { selector: 'input[data-category="scare"]', value: false })).toBe(true);
        expect((await wait({ 'quotelight-scare': 0 })).ok).toBe(true);
        await options.evaluate(changeControl, { selector: 'input[data-category="scare"]', value: true });
        expect((await restored()).ok).toBe(true);
      });

      it('never marks a term of the reader’s list, and marks their extra distancing words', async () => {
        const [term] = await page.evaluate(highlightTexts, 'quotelight-scare');
        expect(term, 'the fixture has a scare quote').toBeTruthy();
        await options.evaluate(changeControl, { selector: 'textarea[data-list="neverMark"]', value: term! });
        const dropped = await page.evaluate(
          ({ name, removed, timeoutMs }) => new Promise<boolean>((resolve) => {
            const start = performance.now();
            const check = () => {
              const texts = [...(CSS.highlights.get(name) ?? [])].map(String);
              if (!texts.includes(removed)) resolve(true);
              else if (performance.now() - start > timeoutMs) resolve(false);
              else setTimeout(check, 20);
            };
            check();
          }),
          { name: 'quotelight-scare', removed: term!, timeoutMs: 5_000 },
        );
        expect(dropped).toBe(true);
        await options.evaluate(changeControl, { selector: 'textarea[data-list="neverMark"]', value: '' });
        expect((await restored()).ok).toBe(true);

        await options.evaluate(changeControl, { selector: 'textarea[data-list="extraHedges"]', value: 'the' });
        const more = await page.evaluate(waitForHighlights, { names: ['quotelight-hedge'], moreThan: before['quotelight-hedge'] ?? 0, timeoutMs: 5_000 });
        expect(more.ok).toBe(true);
        expect(await page.evaluate(highlightTexts, 'quotelight-hedge')).toContain('the');
        await options.evaluate(changeControl, { selector: 'textarea[data-list="extraHedges"]', value: '' });
        expect((await restored()).ok).toBe(true);
      });

      it('reads only the article when asked, and ignores changes outside it', async () => {
        await options.evaluate(changeControl, { selector: '#article-only', value: true });
        // Whatever the fixture holds outside its <article> goes; wait for the pass, then add text.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)), undefined);
        const inArticle = await page.evaluate(highlightSizes, HIGHLIGHT_NAMES);
        const total = Object.values(inArticle).reduce<number>((sum, n) => sum + (n ?? 0), 0);
        await page.evaluate(() => {
          const aside = document.createElement('aside');
          aside.id = 'comments';
          aside.textContent = 'A commenter called the so-called “reform” a “sham”, officials said.';
          document.body.append(aside);
        }, undefined);
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_000)), undefined);
        expect(await page.evaluate(highlightSizes, HIGHLIGHT_NAMES)).toEqual(inArticle);
        await page.evaluate(appendToArticle, { id: 'in-article', text: 'The so-called “reform” was a “sham”, officials said.' });
        expect((await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, moreThan: total, timeoutMs: 5_000 })).ok).toBe(true);
        await page.evaluate(() => {
          document.getElementById('comments')?.remove();
          document.getElementById('in-article')?.remove();
        }, undefined);
        await options.evaluate(changeControl, { selector: '#article-only', value: false });
        expect((await restored()).ok).toBe(true);
      });

      it('runs only on the sites chosen, when told so', async () => {
        const host = new URL(server.origin).hostname;
        await options.evaluate(changeControl, { selector: 'input[data-site-mode="chosen"]', value: true });
        expect((await wait(none)).ok).toBe(true);
        await options.evaluate(changeControl, { selector: 'textarea[data-list="chosenSites"]', value: host });
        expect((await restored()).ok).toBe(true);
        await options.evaluate(changeControl, { selector: 'input[data-site-mode="everywhere"]', value: true });
        await options.evaluate(changeControl, { selector: 'textarea[data-list="chosenSites"]', value: '' });
        expect((await restored()).ok).toBe(true);
      });

      it('drops a term dismissed on this site, lists it in the options and undoes it from there', async () => {
        const [term] = await page.evaluate(highlightTexts, 'quotelight-scare');
        const plain = term!.replace(/^[“”"‘’']+|[“”"‘’']+$/g, '').toLowerCase();
        const host = new URL(server.origin).hostname;
        // As the tooltip's button writes it (the button itself is tested in jsdom: the driver has no pointer).
        await options.evaluate(storeDismissals, { [host]: [plain] });
        const gone = await page.evaluate(
          ({ removed, timeoutMs }) => new Promise<boolean>((resolve) => {
            const start = performance.now();
            const check = () => {
              const texts = [...(CSS.highlights.get('quotelight-scare') ?? [])].map(String);
              if (!texts.includes(removed)) resolve(true);
              else if (performance.now() - start > timeoutMs) resolve(false);
              else setTimeout(check, 20);
            };
            check();
          }),
          { removed: term!, timeoutMs: 5_000 },
        );
        expect(gone).toBe(true);
        await options.waitForSelector(`button[data-undo-site="${host}"]`);
        expect(await options.evaluate(clickOn, `button[data-undo-site="${host}"]`)).toBe(true);
        expect((await restored()).ok).toBe(true);
      });

      it('follows the keyboard shortcuts: toggle highlights, next finding', async () => {
        const tabId = await helper.evaluate(findTabByUrl, server.origin + (article as TestPage).path);
        expect(tabId).not.toBeNull();
        expect(await helper.evaluate(sendCommand, { tabId: tabId!, command: 'toggle-highlights' })).toBe(true);
        expect((await wait(none)).ok).toBe(true);
        expect(await helper.evaluate(sendCommand, { tabId: tabId!, command: 'toggle-highlights' })).toBe(true);
        expect((await restored()).ok).toBe(true);
        await page.evaluate(() => window.scrollTo(0, 0), undefined);
        expect(await helper.evaluate(sendCommand, { tabId: tabId!, command: 'previous-finding' })).toBe(true);
        const scrolled = await page.evaluate(() => new Promise<number>((resolve) => {
          const start = performance.now();
          const check = () => (window.scrollY > 0 || performance.now() - start > 5_000 ? resolve(window.scrollY) : setTimeout(check, 20));
          check();
        }), undefined);
        expect(scrolled).toBeGreaterThan(0);
      });

      it('has no axe-core violations on the options page and the popup', async (context) => {
        if (!options.axeViolations) {
          console.warn(`[e2e] ${browserName}: skipped the axe-core check: @axe-core/playwright drives Chromium only`);
          return context.skip();
        }
        expect(await options.axeViolations()).toEqual([]);
        const tabId = await helper.evaluate(findTabByUrl, server.origin + (article as TestPage).path);
        const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
        await popup.waitForSelector('#app[data-state="ready"]');
        expect(await popup.axeViolations!()).toEqual([]);
        await popup.close();
      });

      it('draws lighter highlight lines on a page with a dark background', async () => {
        const adoptedCss = () => page.evaluate(() => [...document.adoptedStyleSheets]
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'), undefined);
        await page.evaluate(() => document.body.style.setProperty('background-color', 'rgb(17, 17, 17)'), undefined);
        // A full pass (here: article text only switched) looks at the background again.
        await options.evaluate(changeControl, { selector: '#article-only', value: true });
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)), undefined);
        expect(await adoptedCss()).toMatch(/quotelight-scare[^}]*(#faa46a|rgb\(250, 164, 106\))/);
        await page.evaluate(() => document.body.style.removeProperty('background-color'), undefined);
        await options.evaluate(changeControl, { selector: '#article-only', value: false });
        expect((await restored()).ok).toBe(true);
        // The counts come back before the full pass may have run: wait for the sheet to go.
        const gone = await page.evaluate(() => new Promise<boolean>((resolve) => {
          const start = performance.now();
          const check = () => {
            const css = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
            if (!css.includes('quotelight-scare')) resolve(true);
            else if (performance.now() - start > 5_000) resolve(false);
            else setTimeout(check, 20);
          };
          check();
        }), undefined);
        expect(gone).toBe(true);
      });

      it('applies the colour-blind-safe colours without touching the page’s DOM', async () => {
        const html = await page.evaluate(outerHtml, undefined);
        await options.evaluate(changeControl, { selector: 'input[data-palette="colorblind"]', value: true });
        const adopted = await page.evaluate(() => new Promise<string>((resolve) => {
          const start = performance.now();
          const check = () => {
            const css = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
            if (css.includes('quotelight-scare') || performance.now() - start > 5_000) resolve(css);
            else setTimeout(check, 20);
          };
          check();
        }), undefined);
        expect(adopted).toMatch(/quotelight-scare[^}]*(#e69f00|rgb\(230, 159, 0\))/);
        expect(await page.evaluate(outerHtml, undefined)).toBe(html);
        await options.evaluate(changeControl, { selector: 'input[data-palette="standard"]', value: true });
      });
    });

    describe.skipIf(!article)('with "article text only" switched off', () => {
      // A shared page with a lot of text beside its article shows the difference; the fixture, when
      // the shared pages are absent, at least shows the two agree.
      const testPage = pages.find((p) => p.path.endsWith('/heise.html')) ?? article;
      let page: DriverPage;
      let whole: Counts;

      beforeAll(async () => {
        await helper.evaluate(storeSettings, { articleOnly: false });
        page = await browser.openPage(server.origin + (testPage as TestPage).path);
        await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: SCAN_TIMEOUT_MS });
        whole = countsFromHighlights(await page.evaluate(highlightSizes, HIGHLIGHT_NAMES));
      }, 60_000);

      afterAll(async () => {
        await helper.evaluate(storeSettings, { articleOnly: true });
        await page?.close();
      });

      it('counts what quotelight scan --whole-page counts', async () => {
        const file = (testPage as TestPage).file;
        const [wholeCli, articleCli] = await Promise.all([cliCounts([file], ['--whole-page']), cliCounts([file])]);
        expect(whole).toEqual(wholeCli.get(file));
        if (testPage !== article) expect(whole, 'the page has findings outside its article').not.toEqual(articleCli.get(file));
      });
    });

    it('says in the popup when no content script runs in the tab', async () => {
      // The helper is an extension page, where no content script runs, as on browser pages.
      const tabId = await helper.evaluate(currentTabId, undefined);
      const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('#app[data-state="unavailable"]');
      expect(await popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '', undefined))
        .toMatch(/does not run on this page/);
      await popup.close();
    });

    it('made no network request from the extension during the whole run', () => {
      const html = [...baselines.values()].map((b) => b.html).join('\n');
      const made = server.requests.map(requestKey(server.origin));
      expect(made.filter((key) => !baselineRequests.has(key) && !referencedBy(html, key))).toEqual([]);
    });
  });
}
