/**
 * The extension and `quotelight scan` agree on every saved real page (issue 14, point 4): the
 * content script, started on the page in jsdom with its defaults ("article text only"), drawing
 * with the Highlight API or with fallback marks (Firefox ESR), reports
 * through "Download JSON" (`get-page-findings`) the very findings the CLI's reading and analysis
 * (src/cli/html-text.ts, src/cli/scan.ts) give for the file: each quotation's class, each
 * attribution's source type, source and content, each explanation and sentence, at the same offsets
 * of the same page text. tests/e2e/harness/extension-suite.ts compares the built extension's counts
 * and Markdown report with the built CLI's in both browsers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import type { Finding } from '../../src/analysis/types';
import { htmlPage } from '../../src/cli/html-text';
import { startContentScript, type PageWindow } from '../../src/content/content-script';
import { pageAnalyzer } from '../../src/content/page-analyzer';
import type { PageFindings } from '../../src/report/findings-json';
import { declaredLanguage } from '../../src/shared/declared-language';
import { isPageFindings } from '../../src/shared/messages';
import { defaultSettings } from '../../src/shared/settings';
import { fakeBrowser } from '../helpers/fake-browser';
import { FakeHighlight } from './helpers/fake-highlights';
import { manualSchedule } from './helpers/manual-schedule';

const SAVED_PAGES = join(import.meta.dirname, '../fixtures/saved-pages');
/** All but the two slowest to read in jsdom (yahoo-2, wikipedia-2: a minute each), which the e2e suites compare. */
const FILES = ['nytimes-1', 'wapo-1', 'seattletimes-1', 'cnn', 'guardian-1', 'breitbart', 'salon-1', 'citylab-1', 'ars-1',
  'cnet', 'lemonde-1', 'heise', 'aktualne', 'bbc-1'];
/** The smaller pages, also drawn with fallback marks, which split the page's Text nodes. */
const MARKED = ['ars-1', 'heise', 'lemonde-1', 'wapo-1'];
const URL = 'https://news.example/article';

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

/** What the content script reports for the page, once its first pass is done. */
async function extensionFindings(html: string, highlights: boolean): Promise<PageFindings> {
  const dom = new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() });
  const window = dom.window as unknown as PageWindow & { CSS: unknown; Highlight: unknown };
  if (highlights) {
    window.CSS = { highlights: new Map() };
    window.Highlight = FakeHighlight;
  }
  const extension = fakeBrowser({ settings: defaultSettings() });
  const { analyze: analyzePage, languagesUsed } = pageAnalyzer(() => declaredLanguage(window.document));
  const script = startContentScript({ window, ...extension.api, analyze: analyzePage, languagesUsed, schedule: manualSchedule().schedule });
  running.push(() => {
    script.stop();
    dom.window.close();
  });
  await script.ready;
  const reply = await extension.ask({ type: 'get-page-findings', payload: {} });
  expect(isPageFindings(reply)).toBe(true);
  return reply as PageFindings;
}

/** The CLI's findings in a saved page, and the extension's, on the same page text. */
async function bothOn(name: string, highlights: boolean): Promise<{ cli: Finding[]; extension: PageFindings }> {
  const html = readFileSync(join(SAVED_PAGES, `${name}.html`), 'utf8');
  const page = await htmlPage(html, URL, { articleOnly: true });
  const cli = analyze(page.text, page.lang ? { hint: page.lang } : {});
  const extension = await extensionFindings(html, highlights);
  expect(extension.text).toBe(page.text);
  expect(cli.length).toBeGreaterThan(0);
  return { cli, extension };
}

describe('the extension and quotelight scan on the saved pages', () => {
  const named = new Map<string, number>();

  it.each([...FILES.map((name) => [name, 'highlights']), ...MARKED.map((name) => [name, 'marks'])])('%s.html: the same findings, attributions and their sources included (%s)', async (name, mode) => {
    const { cli, extension } = await bothOn(name, mode === 'highlights');
    named.set(name, cli.filter((finding) => finding.kind === 'attribution' && finding.sourceType === 'named').length);
    expect(extension.findings).toEqual(cli);
  }, 180_000);

  it('which credit named sources on most of them', () => {
    expect([...named.values()].filter((count) => count > 0).length).toBeGreaterThanOrEqual(FILES.length / 2);
  });

});
