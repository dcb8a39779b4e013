/**
 * Hostile and odd pages (issue 5, item 1) in a real browser: each page is loaded in a plain
 * browser (the baseline) and in one with the built extension, one launch of each per file, pages
 * in sequence. For each: no page error the baseline lacks, no long stall, the markup unchanged,
 * typing in an input unaffected, the expected highlights, and no network request of the extension's.
 */
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { highlightNameOf, HIGHLIGHT_NAMES, SOURCE_HIGHLIGHT } from '../../../src/page/highlight-names';
import { extractPageText } from '../../../src/page/text-blocks';
import type { DriverBrowser, DriverPage } from './driver';
import { expectedSizes, HOSTILE_PAGES, hostileRoutes, type HostilePage } from './hostile-pages';
import {
  churnCounts, clearBox, hostileDone, hostileMarkup, hostileSizes, longestStall, stopChurn, typeIntoBox, waitForHostileSizes,
} from './hostile-probes';
import { startRecordingServer, type RecordingServer } from './recording-server';
import { extensionUnderTest, firstDifference, requestKey, withoutOrigin, type SuiteOptions } from './suite-setup';

const SETTLE_MS = 10_000;
/**
 * A scan of these small pages takes milliseconds; a stall this long would be a hang (generous,
 * since other test files share the runner's two cores).
 */
const MAX_STALL_MS = 1_000;
const TYPED = 'typed “text” 👩‍👩‍👧';

interface Baseline {
  markup: string;
  errors: string[];
}

/**
 * The browsers' own services (Chromium's component updater, Firefox's settings and telemetry
 * endpoints), which they call whenever they like, with or without an extension, and which an
 * extension with no host permission could not reach anyway. The other e2e suite's final check
 * compares the whole run with its baseline run; here only these are left out.
 */
const BROWSER_OWN_HOSTS = /^CONNECT [^ ]*(?:\.gvt1\.com|\.googleapis\.com|\.google\.com|\.gstatic\.com|\.mozilla\.(?:com|net|org)|\.firefox\.com):443$/;

/** Waits for the page's own hostile phase, tolerating a driver that the phase itself breaks. */
async function settle(tab: DriverPage, page: HostilePage): Promise<void> {
  if (!page.waitsForDone) return;
  const deadline = Date.now() + SETTLE_MS;
  await new Promise((resolve) => setTimeout(resolve, 3_200));
  while (Date.now() < deadline) {
    if (await tab.evaluate(hostileDone, undefined).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${page.path} never finished its hostile phase`);
}

/** What the CLI's reading of the markup gives, as registry sizes. */
function cliSizes(markup: string): Record<string, number> {
  const { window } = new JSDOM(markup);
  const sizes: Record<string, number> = Object.fromEntries(HIGHLIGHT_NAMES.map((name) => [name, 0]));
  for (const finding of analyze(extractPageText(window.document).text)) {
    sizes[highlightNameOf(finding)]! += 1;
    if (finding.kind === 'attribution' && finding.source) sizes[SOURCE_HIGHLIGHT]! += 1;
  }
  window.close();
  return sizes;
}

export function describeHostilePages(options: SuiteOptions): void {
  const { browserName, launch } = options;
  const { extensionDir, missing } = extensionUnderTest({ ...options, suite: 'hostile-page tests' });

  describe.skipIf(missing !== null)(`hostile pages in ${browserName}`, () => {
    const baselines = new Map<string, Baseline>();
    let baselineRequests = new Set<string>();
    let server: RecordingServer;
    let browser: DriverBrowser;

    beforeAll(async () => {
      const baseServer = await startRecordingServer(hostileRoutes(HOSTILE_PAGES));
      const plain = await launch({ extensionDir: null, proxy: baseServer.proxy });
      try {
        for (const page of HOSTILE_PAGES) {
          const tab = await plain.openPage(baseServer.origin + page.path);
          await settle(tab, page);
          if (page.name.includes('16 ms')) await tab.evaluate(stopChurn, undefined);
          baselines.set(page.path, {
            markup: page.name.includes('16 ms') ? '' : await tab.evaluate(hostileMarkup, undefined),
            errors: tab.errors.map(withoutOrigin(baseServer.origin)),
          });
          await tab.close();
        }
      } finally {
        await plain.close();
        await baseServer.close();
      }
      baselineRequests = new Set(baseServer.requests.map(requestKey(baseServer.origin)));
      server = await startRecordingServer(hostileRoutes(HOSTILE_PAGES));
      browser = await launch({ extensionDir, proxy: server.proxy });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const hostile of HOSTILE_PAGES) {
      describe(hostile.name, () => {
        let tab: DriverPage;
        let firstRequest = 0;

        beforeAll(async () => {
          firstRequest = server.requests.length;
          tab = await browser.openPage(server.origin + hostile.path);
          await settle(tab, hostile);
        }, 60_000);

        afterAll(async () => {
          await tab?.close();
        });

        it('shows the expected highlights', async () => {
          const expected = expectedSizes(hostile.richCopies, hostile.extra);
          const top = await tab.evaluate(waitForHostileSizes, { expected, frameId: null, timeoutMs: SETTLE_MS });
          expect(top.sizes).toEqual(expected);
          for (const frame of hostile.frames ?? []) {
            const inFrame = await tab.evaluate(waitForHostileSizes, { expected: expectedSizes(frame.richCopies), frameId: frame.id, timeoutMs: SETTLE_MS });
            expect(inFrame.sizes, `highlights in frame #${frame.id}`).toEqual(expectedSizes(frame.richCopies));
          }
        });

        it('never stalls the page', async () => {
          expect(await tab.evaluate(longestStall, 600)).toBeLessThan(MAX_STALL_MS);
        });

        // Only the pages with an input have typing to leave alone.
        if (hostile.hasInput) {
          it('leaves typing in an input alone', async () => {
            const typed = await tab.evaluate(typeIntoBox, TYPED);
            expect(typed).toEqual({ value: TYPED, inputEvents: Array.from(TYPED).length, caret: TYPED.length, focused: true });
            await tab.evaluate(clearBox, undefined);
          });
        }

        if (hostile.name.includes('16 ms')) {
          it('keeps up in batches, and ends with the findings the CLI reads from the settled page', async () => {
            const before = await tab.evaluate(churnCounts, undefined);
            await new Promise((resolve) => setTimeout(resolve, 2_000));
            const after = await tab.evaluate(churnCounts, undefined);
            const ticks = after.ticks - before.ticks;
            const rescans = after.rescans - before.rescans;
            expect(ticks, 'the page kept changing').toBeGreaterThan(40);
            expect(rescans, 'rescans happened').toBeGreaterThan(0);
            // Batched: rescans at least 100 ms apart, so several changes each (about 6 at 16 ms),
            // and our own marks never setting off another.
            expect(rescans).toBeLessThanOrEqual(Math.ceil(ticks / 3));
            await tab.evaluate(stopChurn, undefined);
            const expected = cliSizes(await tab.evaluate(hostileMarkup, undefined));
            const settled = await tab.evaluate(waitForHostileSizes, { expected, frameId: null, timeoutMs: 3_000 });
            expect(settled.sizes).toEqual(expected);
          });
        } else {
          it('leaves the page markup exactly as the page made it', async () => {
            const markup = await tab.evaluate(hostileMarkup, undefined);
            expect(firstDifference(markup, baselines.get(hostile.path)?.markup ?? '')).toBeNull();
          });
        }

        it('causes no page error', () => {
          const before = new Set(baselines.get(hostile.path)?.errors);
          expect(tab.errors.map(withoutOrigin(server.origin)).filter((error) => !before.has(error))).toEqual([]);
        });

        it('makes no network request', () => {
          const made = server.requests.slice(firstRequest).map(requestKey(server.origin));
          expect(made.filter((key) => !baselineRequests.has(key) && !BROWSER_OWN_HOSTS.test(key))).toEqual([]);
          // The page was fetched once, by the browser.
          expect(made.filter((key) => key === `GET ${hostile.path}`)).toHaveLength(1);
        });
      });
    }

    it('registers the test contract names in every page it scanned (sanity)', async () => {
      const tab = await browser.openPage(`${server.origin}/hostile/quirks.html`);
      const sizes = await tab.evaluate(hostileSizes, { names: [...HIGHLIGHT_NAMES], frameId: null });
      await tab.close();
      expect(Object.keys(sizes ?? {})).toHaveLength(HIGHLIGHT_NAMES.length);
    });
  });
}
