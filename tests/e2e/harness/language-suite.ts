/**
 * Issue 7 in a real browser: pages in French, German, Russian and Spanish, made from the labelled
 * texts in tests/fixtures/lang (one `<p>` per paragraph under `<html lang>`), are highlighted
 * exactly as the analyzer reads them in that language, every labelled quotation and distancing
 * word among the highlights, and the page's summary names the language it was read in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeWithLanguage, type Finding, type LanguageCode } from '../../../src/analysis';
import { highlightNameOf, SOURCE_HIGHLIGHT } from '../../../src/page/highlight-names';
import type { DriverBrowser, DriverPage } from './driver';
import { REPO_ROOT } from './pages';
import { findTabByUrl, highlightTexts, HIGHLIGHT_NAMES, summaryOfTab, waitForHighlights, waitForMark } from './probes';
import { startRecordingServer, type RecordingServer } from './recording-server';
import { extensionUnderTest, type SuiteOptions } from './suite-setup';

const LANG_DIR = join(REPO_ROOT, 'tests/fixtures/lang');
/** One labelled text per language, the longer of each pair. */
const DOCS: readonly { doc: string; lang: LanguageCode }[] = [
  { doc: 'fr-retraites', lang: 'fr' },
  { doc: 'de-haushalt', lang: 'de' },
  { doc: 'ru-budzhet', lang: 'ru' },
  { doc: 'es-inflacion', lang: 'es' },
];
const SCAN_TIMEOUT_MS = 20_000;

interface Labels {
  findings: { kind: Finding['kind']; text: string }[];
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The text as a news page: its first paragraph the headline, the rest the article's paragraphs. */
function pageOf(text: string, lang: LanguageCode): string {
  const [headline = '', ...paragraphs] = text.trim().split(/\n\s*\n/);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head>`
    + `<body><nav><a href="/">Accueil · Startseite · Главная</a></nav><article><h1>${escapeHtml(headline)}</h1>`
    + paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')
    + '</article></body></html>';
}

/** Highlight name and text of every range the analyzer's findings should put on the page, sorted. */
function expectedRanges(findings: readonly Finding[]): string[] {
  const ranges = findings.map((finding) => `${highlightNameOf(finding)} ${finding.text}`);
  for (const finding of findings) {
    if (finding.kind === 'attribution' && finding.source) ranges.push(`${SOURCE_HIGHLIGHT} ${finding.source.text}`);
  }
  return ranges.sort();
}

export function describeLanguages({ browserName, distName, launch, missing: browserMissing }: SuiteOptions): void {
  const { extensionDir, missing } = extensionUnderTest({ suite: 'language tests', browserName, distName, missing: browserMissing });

  describe.skipIf(missing !== null)(`pages in other languages in ${browserName}`, () => {
    const texts = new Map(DOCS.map(({ doc }) => [doc, readFileSync(join(LANG_DIR, `${doc}.txt`), 'utf8')]));
    let server: RecordingServer;
    let browser: DriverBrowser;
    let helper: DriverPage;

    beforeAll(async () => {
      server = await startRecordingServer((path) => {
        const entry = DOCS.find(({ doc }) => path === `/lang/${doc}.html`);
        return entry && { body: pageOf(texts.get(entry.doc)!, entry.lang) };
      });
      browser = await launch({ extensionDir, proxy: server.proxy });
      helper = await browser.openExtensionPage('popup.html?tabId=0');
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    describe.each(DOCS)('$doc ($lang)', ({ doc, lang }) => {
      const url = () => `${server.origin}/lang/${doc}.html`;
      let page: DriverPage;
      let shown: string[];

      beforeAll(async () => {
        page = await browser.openPage(url());
        await page.bringToFront();
        expect(await page.evaluate(waitForMark, { name: 'quotelight:scan-end', timeoutMs: SCAN_TIMEOUT_MS })).toBe(true);
        expect((await page.evaluate(waitForHighlights, { names: HIGHLIGHT_NAMES, moreThan: 0, timeoutMs: SCAN_TIMEOUT_MS })).ok).toBe(true);
        shown = [];
        for (const name of HIGHLIGHT_NAMES) {
          for (const text of await page.evaluate(highlightTexts, name)) shown.push(`${name} ${text}`);
        }
        shown.sort();
      }, 60_000);

      afterAll(async () => {
        await page?.close();
      });

      it(`is read as ${lang} from its <html lang>, as the analyzer alone detects it too`, () => {
        const text = texts.get(doc)!;
        expect(analyzeWithLanguage(text).languages).toEqual([lang]);
        expect(analyzeWithLanguage(text, { hint: lang }).languages).toEqual([lang]);
      });

      it(`shows exactly the findings of the ${lang} rules, sources included`, () => {
        const { findings } = analyzeWithLanguage(texts.get(doc)!, { lang });
        expect(shown).toEqual(expectedRanges(findings));
      });

      it('highlights every labelled quotation and distancing word', () => {
        const labels = JSON.parse(readFileSync(join(LANG_DIR, `${doc}.json`), 'utf8')) as Labels;
        const quoteNames = ['scare', 'partial', 'direct', 'title'].map((c) => `quotelight-${c}`);
        const shownQuotes = new Set(shown.filter((r) => quoteNames.some((n) => r.startsWith(`${n} `))).map((r) => r.slice(r.indexOf(' ') + 1)));
        const shownHedges = new Set(shown.filter((r) => r.startsWith('quotelight-hedge ')).map((r) => r.slice(r.indexOf(' ') + 1)));
        const quotes = labels.findings.filter((f) => f.kind === 'quote');
        const hedges = labels.findings.filter((f) => f.kind === 'hedge');
        expect(quotes.length + hedges.length).toBeGreaterThan(10);
        expect(quotes.filter((q) => !shownQuotes.has(q.text))).toEqual([]);
        expect(hedges.filter((h) => !shownHedges.has(h.text))).toEqual([]);
      });

      it('reports the language in the summary the popup shows', async () => {
        const tabId = await helper.evaluate(findTabByUrl, url());
        expect(tabId).not.toBeNull();
        const summary = await helper.evaluate(summaryOfTab, tabId!);
        expect(summary.languages).toEqual([lang]);
      });
    });
  });
}
