// The report model (src/report/summary.ts) over the content script's placed findings and over the CLI's.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/analysis/types';
import { idsSignature, placedTexts } from '../../src/content/page-summary';
import type { PlacedFinding } from '../../src/page/placed-findings';
import type { TextBlock } from '../../src/page/text-blocks';
import { MAX_LISTED_FINDINGS, numbered, pageStatus, pageSummary, textReader, type PageAbout } from '../../src/report/summary';

const sentence = { start: 0, end: 1 };
const quote: Finding = { kind: 'quote', class: 'scare', start: 0, end: 1, text: '“x”', explanation: '', sentence };
const hedge: Finding = { kind: 'hedge', start: 0, end: 1, text: 'alleged', explanation: '', sentence };
const attribution = (sourceType: 'named' | 'vague' | 'none'): Finding =>
  ({ kind: 'attribution', sourceType, start: 0, end: 1, text: 'said', explanation: '', sentence });

const placed = (id: number, finding: Finding = quote) => ({ id, finding }) as unknown as PlacedFinding;
const page = { url: 'https://news.example/a', title: 'A' };
const about = (languages: PageAbout['languages'] = []): PageAbout => ({ ...page, paused: false, languages });
/** As the content script asks: the placed findings, their texts read from their blocks. */
const summarize = (all: boolean, findings: readonly PlacedFinding[], languages: PageAbout['languages'] = []) =>
  pageSummary(findings, placedTexts, about(languages), all);

describe('pageStatus', () => {
  it('counts each class, each source type and all attributions, without the findings', () => {
    const findings = [placed(1), placed(2, hedge), placed(3, attribution('named')), placed(4, attribution('none')), placed(5, attribution('none'))];
    const status = pageStatus(findings, about(['en']));
    expect(status.counts).toMatchObject({ scare: 1, hedge: 1, attribution: 3, 'attribution-named': 1, 'attribution-vague': 0, 'attribution-none': 2 });
    expect(status).toEqual({ ...page, counts: status.counts, paused: false, languages: ['en'] });
  });
});

describe('summarize', () => {
  const block = { text: 'So-called “experts” met. Kyodo said so. Officials say no.', start: 0, runs: [] } as unknown as TextBlock;
  const at = (text: string) => ({ block, start: block.text.indexOf(text), end: block.text.indexOf(text) + text.length });
  const placedAt = (id: number, finding: Finding, text: string, source?: string, content: string[] = []) =>
    ({ id, finding, span: at(text), source: source ? at(source) : null, content: content.map(at), sentence: `sentence ${id}` }) as unknown as PlacedFinding;
  // More findings than the popup lists; the scare quote and the sources come after the listed ones.
  const findings = [
    ...Array.from({ length: MAX_LISTED_FINDINGS }, (_, id) => placedAt(id, hedge, 'So-called')),
    placedAt(MAX_LISTED_FINDINGS, quote, '“experts”'),
    placedAt(MAX_LISTED_FINDINGS + 1, attribution('named'), 'said', 'Kyodo'),
    placedAt(MAX_LISTED_FINDINGS + 2, attribution('vague'), 'say', 'Officials'),
    placedAt(MAX_LISTED_FINDINGS + 3, attribution('none'), 'said'),
  ];

  it('lists the first findings the popup shows, with the total and the tallies of all', () => {
    const summary = summarize(false, findings, ['en']);
    expect(summary.findings.map((f) => f.id)).toEqual(findings.slice(0, MAX_LISTED_FINDINGS).map((f) => f.id));
    expect(summary.findings[0]).toEqual({ id: 0, kind: 'hedge', text: 'So-called', sentence: 'sentence 0' });
    expect(summary.findingTotal).toBe(findings.length);
    expect(summary.scareTerms).toEqual([{ term: 'experts', count: 1 }]);
    expect(summary.sources).toEqual({ named: [{ term: 'Kyodo', count: 1 }], vague: [{ term: 'Officials', count: 1 }] });
    expect(summary).toMatchObject(pageStatus(findings, about(['en'])));
  });

  it('lists every finding when asked, sources with them', () => {
    const summary = summarize(true, findings);
    expect(summary.findings).toHaveLength(findings.length);
    expect(summary.findings.at(-3)).toEqual({ id: MAX_LISTED_FINDINGS + 1, kind: 'attribution', sourceType: 'named', text: 'said', sourceText: 'Kyodo', sentence: `sentence ${MAX_LISTED_FINDINGS + 1}` });
  });
});

describe('summarize: who is credited with what', () => {
  const block = (text: string) => ({ text, start: 0, runs: [] }) as unknown as TextBlock;
  const cue = block('Sources said:');
  const first = block(`“${'The plan is dead on arrival and will not be revived, '.repeat(2)}`);
  const second = block('whatever the minister says.”');
  const said = { block: cue, start: 8, end: 12 };
  const source = { block: cue, start: 0, end: 7 };
  const whole = (content: Array<{ block: TextBlock; start: number; end: number }>) => ({
    id: 1, finding: attribution('vague'), span: said, source, content, sentence: 'Sources said:',
  }) as unknown as PlacedFinding;

  it('carries an attribution’s content to the popup, its pieces joined', () => {
    const short = whole([{ block: second, start: 0, end: 8 }, { block: second, start: 9, end: 12 }]);
    expect(summarize(false, [short]).findings[0]).toMatchObject({ sourceText: 'Sources', contentText: 'whatever the' });
  });

  it('carries an excerpt of a long content, not all of it, and nothing where there is none', () => {
    const long = whole([{ block: first, start: 0, end: first.text.length }, { block: second, start: 0, end: second.text.length }]);
    const { contentText } = summarize(true, [long]).findings[0]!;
    expect(contentText!.startsWith('“The plan is dead on arrival')).toBe(true);
    expect(contentText!.endsWith('…')).toBe(true);
    expect(contentText!.length).toBeLessThanOrEqual(120);
    expect(summarize(false, [whole([])]).findings[0]).not.toHaveProperty('contentText');
  });
});

describe('pageSummary of a text the CLI read', () => {
  const text = 'Officials said the so-called “experts” left. Kyodo said “no”.';
  const find = (snippet: string) => ({ start: text.indexOf(snippet), end: text.indexOf(snippet) + snippet.length, text: snippet });
  const first = { start: 0, end: text.indexOf(' Kyodo') };
  const findings: Finding[] = [
    { kind: 'attribution', sourceType: 'vague', ...find('said'), source: find('Officials'), content: find('the so-called “experts” left'), explanation: '', sentence: first },
    { kind: 'hedge', ...find('so-called'), explanation: '', sentence: first },
    { kind: 'quote', class: 'scare', ...find('“experts”'), explanation: '', sentence: first },
  ];

  it('numbers the findings in order and reads their texts, sentence, source and claim from the text', () => {
    const summary = pageSummary(numbered(findings), textReader(text), about(), true);
    expect(summary.findings).toEqual([
      { id: 0, kind: 'attribution', sourceType: 'vague', text: 'said', sourceText: 'Officials', contentText: 'the so-called “experts” left', sentence: text.slice(0, first.end) },
      { id: 1, kind: 'hedge', text: 'so-called', sentence: text.slice(0, first.end) },
      { id: 2, kind: 'quote', class: 'scare', text: '“experts”', sentence: text.slice(0, first.end) },
    ]);
    expect(summary.counts).toMatchObject({ scare: 1, hedge: 1, attribution: 1, 'attribution-vague': 1 });
    expect(summary.scareTerms).toEqual([{ term: 'experts', count: 1 }]);
    expect(summary.sources.vague).toEqual([{ term: 'Officials', count: 1 }]);
  });
});

describe('idsSignature', () => {
  const ids = (list: number[]) => idsSignature(list.map((id) => placed(id)));

  it('is the same for the same ids in the same order', () => {
    expect(ids([1, 2, 3])).toBe(ids([1, 2, 3]));
  });

  it.each([
    ['a finding added', [1, 2, 3, 4]],
    ['a finding removed', [1, 3]],
    ['a finding replaced by a new one', [1, 2, 4]],
    ['the order changed', [2, 1, 3]],
    ['two findings replaced', [1, 4, 5]],
  ])('changes with %s', (_why, next) => {
    expect(ids(next)).not.toBe(ids([1, 2, 3]));
  });

  it('tells apart every one-finding change of a long list', () => {
    const base = Array.from({ length: 2000 }, (_, i) => i);
    const seen = new Set([ids(base)]);
    for (let i = 0; i < base.length; i += 1) seen.add(ids(base.map((id, j) => (j === i ? 5000 + i : id))));
    expect(seen.size).toBe(base.length + 1);
  });
});
