/**
 * Properties of `analyze` over generated input (fast-check): it terminates without throwing on any
 * string, its offsets are valid and sorted, every `text` is its slice, quotations nest or stay apart and
 * never cross a blank line, and the output is deterministic. A longer run lives in tests/fuzz/.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, type Finding, type FindingKind } from '../../src/analysis';
import { anyInput, anyString, bigNewsText, checkInvariants, newsText } from '../fuzz/news-text';

const RUNS = 700;

describe('analyze on any input', () => {
  test('any unicode string: terminates, does not throw, keeps the invariants', () => {
    fc.assert(
      fc.property(anyString(300), (input) => {
        const findings = analyze(input);
        if (findings) checkInvariants(input, findings);
      }),
      { numRuns: RUNS },
    );
  });

  test('news-like text with every quote mark, apostrophes, blank lines, emoji, ZWJ, combining marks, RTL', () => {
    fc.assert(
      fc.property(newsText(), (input) => {
        const findings = analyze(input);
        if (findings) checkInvariants(input, findings);
      }),
      { numRuns: RUNS },
    );
  });

  test('deterministic: the same input gives the same findings twice', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(analyze(input)).toEqual(analyze(input));
      }),
      { numRuns: 300 },
    );
  });

  test('options.only keeps exactly the findings of those kinds', () => {
    const kinds = fc.subarray<FindingKind>(['quote', 'attribution', 'hedge']);
    fc.assert(
      fc.property(anyInput, kinds, (input, only) => {
        const all = analyze(input);
        if (!all) return;
        expect(analyze(input, { only })).toEqual(all.filter((f: Finding) => only.includes(f.kind)));
      }),
      { numRuns: 300 },
    );
  });

  test('text after a blank line does not change the quotation spans of the paragraph before, nor the reverse', () => {
    // Quotation marks pair within their paragraph: an unclosed or stray mark never reaches across.
    // The language is fixed: detected, it may differ between a paragraph alone and the two together,
    // and with it the guillemet rules (French « only opens, German » may).
    const quoteSpans = (text: string, offset: number) =>
      analyze(text, { only: ['quote'], lang: 'en' }).map((f) => [f.start + offset, f.end + offset]);
    fc.assert(
      fc.property(newsText(2), newsText(2), (first, second) => {
        const a = first.replace(/\s+$/, '');
        const b = second.replace(/^\s+/, '');
        if (!a || !b) return;
        const together = quoteSpans(`${a}\n\n${b}`, 0);
        const apart = [quoteSpans(a, 0), quoteSpans(b, a.length + 2)];
        if (!together || !apart[0] || !apart[1]) return;
        expect(together).toEqual([...apart[0], ...apart[1]]);
      }),
      { numRuns: 300 },
    );
  });

  test('a quotation with nothing but marks and punctuation inside is no finding, and does not throw', () => {
    expect(analyze('The “!” key was broken.').map((f) => f.text)).toEqual([]);
  });

  test('a big input (200 KB of news text) finishes and keeps the invariants', () => {
    const input = bigNewsText(200_000);
    expect(input.length).toBeGreaterThanOrEqual(200_000);
    const findings = analyze(input);
    checkInvariants(input, findings);
    expect(findings.filter((f) => f.kind === 'quote').length).toBeGreaterThan(1000);
  });

  test('a big input of one long paragraph with no sentence breaks finishes', () => {
    const input = Array.from({ length: 6_000 }, (_, k) => ['he said', '“no', 'so-called', "'n'", 'according to', 'the'][k % 6]).join(' ');
    checkInvariants(input, analyze(input));
  });
});

/** Regression cases the properties found: each crashed once. */
describe('regression: a quotation with no word inside before a word', () => {
  test.each(['A “—” sign hung on the door.', 'The "$" sign', '“😀” vote'])('%s', (input) => {
    expect(() => analyze(input)).not.toThrow();
  });
});
