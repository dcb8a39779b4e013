/**
 * British quotation marks on a page (issue 14, point 3): straight and curly single quotes used as
 * quotation marks (the 'invasion', an 'affordable' scheme, ‘green space’) are highlighted by the
 * content script as the analyzer (and so `quotelight scan`) finds them, and apostrophes (the '90s,
 * Jones' car, the Smiths’ band, rock 'n' roll, 'Tis, don't, isn’t) never open or close one. The
 * same page runs in both browsers in tests/e2e/harness/live-pages-suite.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import type { Finding } from '../../src/analysis/types';
import { startContentScript, type PageWindow } from '../../src/content/content-script';
import { pageAnalyzer } from '../../src/content/page-analyzer';
import { highlightNameOf, SOURCE_HIGHLIGHT } from '../../src/page/highlight-names';
import { extractPageText, findArticleRoot } from '../../src/page/text-blocks';
import { defaultSettings } from '../../src/shared/settings';
import { fakeBrowser } from '../helpers/fake-browser';
import { FakeHighlight } from './helpers/fake-highlights';
import { manualSchedule } from './helpers/manual-schedule';

const PAGE = readFileSync(join(import.meta.dirname, '../fixtures/pages/british-quotes.html'), 'utf8');
const QUOTATIONS = ['quotelight-scare', 'quotelight-partial', 'quotelight-direct', 'quotelight-title'];
/** The quoted terms of the page, straight and curly. */
const QUOTED = ["'invasion'", "'affordable'", '‘affordable’', '‘green space’', '‘formality’', '‘We will not back down,’'];
/** The words with apostrophes, none of which may start or end a quotation. */
const APOSTROPHES = ["'90s", "Jones'", 'Smiths’', "'n'", "'Tis", "don't", 'isn’t'];

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

/** Each range of each highlight, `name text`, sorted. */
async function shownOn(html: string): Promise<string[]> {
  const dom = new JSDOM(html, { url: 'https://news.example/article' });
  const window = dom.window as unknown as PageWindow & { CSS: unknown; Highlight: unknown };
  const registry = new Map<string, FakeHighlight>();
  window.CSS = { highlights: registry };
  window.Highlight = FakeHighlight;
  const extension = fakeBrowser({ settings: defaultSettings() });
  const script = startContentScript({ window, ...extension.api, analyze: pageAnalyzer(() => 'en-GB').analyze, schedule: manualSchedule().schedule });
  running.push(() => {
    script.stop();
    dom.window.close();
  });
  await script.ready;
  return [...registry].flatMap(([name, ranges]) => [...ranges].map((range) => `${name} ${range.toString()}`)).sort();
}

/** The ranges the analyzer's findings in the article put on the page, `name text`, sorted. */
function expectedRanges(findings: readonly Finding[]): string[] {
  const ranges = findings.map((finding) => `${highlightNameOf(finding)} ${finding.text}`);
  for (const finding of findings) if (finding.kind === 'attribution' && finding.source) ranges.push(`${SOURCE_HIGHLIGHT} ${finding.source.text}`);
  return ranges.sort();
}

describe('British single quotes on a page', () => {
  it('are highlighted as the CLI finds them: every quoted term, straight or curly, and no apostrophe', async () => {
    const { document } = new JSDOM(PAGE).window;
    const text = extractPageText(document, { within: findArticleRoot(document) }).text;
    const findings = analyze(text, { hint: 'en-GB' });
    const shown = await shownOn(PAGE);
    expect(shown).toEqual(expectedRanges(findings));
    const quotations = shown.filter((range) => QUOTATIONS.some((name) => range.startsWith(`${name} `))).map((range) => range.slice(range.indexOf(' ') + 1));
    for (const term of QUOTED) expect(quotations, term).toContain(term);
    for (const word of APOSTROPHES) {
      expect(quotations.filter((quoted) => quoted.startsWith(word) || quoted.endsWith(word)), word).toEqual([]);
    }
    // The writer's own terms, credited to nobody: "an 'affordable' scheme" keeps the word at a distance.
    expect(shown).toContain("quotelight-scare 'affordable'");
  });
});
