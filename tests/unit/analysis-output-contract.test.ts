/**
 * The output contract of `analyze` (src/analysis/types.ts, ANNOTATION.md §4): spans are slices of the
 * input, sources too, every finding has a one-sentence explanation and the range of the sentence it
 * stands in, findings are sorted by start, and `options.only` filters by kind.
 */
import { describe, expect, test } from 'vitest';
import { analyze, type Finding, type FindingKind } from '../../src/analysis';
import { NEWS_PARAGRAPHS } from '../fuzz/news-text';

const ARTICLE = NEWS_PARAGRAPHS.join('\n\n');
const findings = analyze(ARTICLE);

describe('every finding', () => {
  test('the article has findings of every kind, class and source type', () => {
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['quote', 'attribution', 'hedge']));
    expect(new Set(findings.flatMap((f) => (f.kind === 'quote' ? [f.class] : [])))).toEqual(new Set(['scare', 'partial', 'direct', 'title']));
    expect(new Set(findings.flatMap((f) => (f.kind === 'attribution' ? [f.sourceType] : [])))).toEqual(new Set(['named', 'vague', 'none']));
  });

  test.each(findings.map((f) => [`${f.kind} ${JSON.stringify(f.text)} @${f.start}`, f] as const))('%s', (_label, f: Finding) => {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(ARTICLE.length);
    expect(f.text).toBe(ARTICLE.slice(f.start, f.end));
    // One plain-English sentence.
    expect(f.explanation).toMatch(/^[A-Z“"].{10,}[.!?]$/s);
    expect(f.explanation).not.toMatch(/undefined|null|NaN|\[object/);
    // The sentence range holds the finding (a quotation may run on past its first sentence).
    expect(f.sentence.start).toBeLessThanOrEqual(f.start);
    expect(f.sentence.end).toBeLessThanOrEqual(ARTICLE.length);
    if (f.kind === 'quote') expect(f.start).toBeLessThan(f.sentence.end);
    else expect(f.end).toBeLessThanOrEqual(f.sentence.end);
    const sentence = ARTICLE.slice(f.sentence.start, f.sentence.end);
    expect(sentence).toBe(sentence.trim());
    expect(sentence).not.toMatch(/\n[ \t]*\n/);
    if (f.kind === 'attribution') {
      expect(['named', 'vague', 'none']).toContain(f.sourceType);
      if (f.source) {
        expect(f.source.text).toBe(ARTICLE.slice(f.source.start, f.source.end));
        expect(f.source.end <= f.start || f.source.start >= f.end).toBe(true);
        expect(f.explanation).toContain(f.source.text);
      }
      // §2: "none" means no source at all.
      if (f.sourceType === 'none') expect(f.source).toBeUndefined();
    }
    if (f.kind === 'quote') expect(['scare', 'partial', 'direct', 'title']).toContain(f.class);
  });

  test('findings are sorted by start, the outer before the inner at the same start', () => {
    for (let k = 1; k < findings.length; k += 1) {
      const [a, b] = [findings[k - 1]!, findings[k]!];
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end), `${a.text} before ${b.text}`).toBe(true);
    }
  });

  test('exact findings of one sentence, with explanation and sentence range', () => {
    const text = 'Hughes said Monday, “It is over.” Officials called it “a farce.” The so-called reform failed.';
    const sentence = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const first = sentence('Hughes said Monday, “It is over.”');
    const second = sentence('Officials called it “a farce.”');
    const third = sentence('The so-called reform failed.');
    expect(analyze(text)).toEqual([
      { kind: 'attribution', start: 7, end: 11, text: 'said', source: { start: 0, end: 6, text: 'Hughes' }, sourceType: 'named', content: { start: 20, end: 33 }, explanation: expect.any(String), sentence: first },
      { kind: 'quote', class: 'direct', start: 20, end: 33, text: '“It is over.”', explanation: expect.any(String), sentence: first },
      { kind: 'attribution', start: 44, end: 50, text: 'called', source: { start: 34, end: 43, text: 'Officials' }, sourceType: 'vague', content: { start: 51, end: 64 }, explanation: expect.any(String), sentence: second },
      { kind: 'quote', class: 'partial', start: 54, end: 64, text: '“a farce.”', explanation: expect.any(String), sentence: second },
      { kind: 'hedge', start: 69, end: 78, text: 'so-called', explanation: expect.any(String), sentence: third },
    ]);
  });

  test('explanations name the kind of finding and its source', () => {
    const text = 'Hughes said Monday, “It is over.” Officials called it “a farce.” The so-called “experts” were wrong, it is believed.';
    const byText = (t: string) => analyze(text).find((f) => f.text === t)!.explanation;
    expect(byText('“It is over.”')).toMatch(/direct/i);
    expect(byText('“It is over.”')).toContain('Hughes');
    expect(byText('“a farce.”')).toMatch(/partial/i);
    expect(byText('“experts”')).toMatch(/scare/i);
    expect(byText('said')).toContain('Hughes');
    expect(byText('so-called')).toContain('so-called');
  });
});

describe('options', () => {
  const subsets: FindingKind[][] = [[], ['quote'], ['attribution'], ['hedge'], ['quote', 'hedge'], ['attribution', 'hedge'], ['quote', 'attribution'], ['quote', 'attribution', 'hedge']];
  test.each(subsets.map((only) => [only.join('+') || '(none)', only] as const))('only %s keeps exactly those kinds', (_label, only) => {
    expect(analyze(ARTICLE, { only })).toEqual(findings.filter((f) => only.includes(f.kind)));
  });

  // The article's one paragraph in French, German and Japanese is read with the French rules.
  test('lang "auto" is the default', () => {
    expect(analyze(ARTICLE, { lang: 'auto' })).toEqual(findings);
  });

  test('empty and whitespace-only input give no findings', () => {
    for (const input of ['', ' ', '\n\n\n', '\t \u00a0\r\n']) expect(analyze(input)).toEqual([]);
  });
});
