import { describe, expect, test } from 'vitest';
import { addScores, compareFindings, matchSpans, rates, scoreComparison, type Labelled } from '../../scripts/eval/score';

const quote = (start: number, end: number, quoteClass: 'scare' | 'partial' | 'direct' | 'title'): Labelled => ({
  kind: 'quote', class: quoteClass, start, end, text: 'q'.repeat(end - start),
});
const cue = (start: number, end: number, sourceType: 'named' | 'vague' | 'none', source?: [number, number]): Labelled => ({
  kind: 'attribution', start, end, text: 'c'.repeat(end - start), sourceType,
  ...(source ? { source: { start: source[0], end: source[1], text: 's'.repeat(source[1] - source[0]) } } : {}),
});
const hedge = (start: number, end: number): Labelled => ({ kind: 'hedge', start, end, text: 'h'.repeat(end - start) });

describe('matchSpans', () => {
  test('pairs only identical spans, each item at most once', () => {
    const gold = [{ start: 0, end: 4 }, { start: 10, end: 12 }, { start: 10, end: 12 }, { start: 20, end: 25 }];
    const predicted = [{ start: 20, end: 25 }, { start: 10, end: 12 }, { start: 0, end: 5 }];
    const { pairs, missed, spurious } = matchSpans(gold, predicted);
    expect(pairs.map(({ gold: g, predicted: p }) => [g.start, g.end, p.start, p.end])).toEqual([[20, 25, 20, 25], [10, 12, 10, 12]]);
    expect(missed).toEqual([{ start: 0, end: 4 }, { start: 10, end: 12 }]);
    expect(spurious).toEqual([{ start: 0, end: 5 }]);
  });
});

describe('rates', () => {
  test.each([
    [{ tp: 3, fp: 1, fn: 2 }, { precision: 0.75, recall: 0.6, f1: 6 / 9 }],
    [{ tp: 0, fp: 0, fn: 5 }, { precision: null, recall: 0, f1: 0 }],
    [{ tp: 0, fp: 2, fn: 0 }, { precision: 0, recall: null, f1: 0 }],
    [{ tp: 0, fp: 0, fn: 0 }, { precision: null, recall: null, f1: null }],
  ])('%j', (counts, expected) => {
    const actual = rates(counts);
    expect(actual.precision).toBe(expected.precision);
    expect(actual.recall).toBe(expected.recall);
    if (expected.f1 === null) expect(actual.f1).toBeNull();
    else expect(actual.f1).toBeCloseTo(expected.f1, 12);
  });
});

describe('scoreComparison', () => {
  const gold = [quote(0, 10, 'scare'), cue(12, 16, 'named', [0, 5]), quote(20, 30, 'partial'), cue(32, 44, 'vague'), hedge(50, 57), quote(60, 70, 'direct')];
  const predicted = [
    quote(0, 10, 'title'), // right span, wrong class
    cue(12, 16, 'named', [0, 5]), // all right
    quote(20, 30, 'partial'), // all right
    cue(32, 44, 'named', [45, 49]), // right span, wrong type and source
    cue(80, 84, 'none'), // spurious
    hedge(50, 58), // wrong span
  ];
  const scores = scoreComparison(compareFindings(gold, predicted));

  test('kinds match by span whatever the class or source', () => {
    expect(scores.kinds).toEqual({
      quote: { tp: 2, fp: 0, fn: 1 },
      attribution: { tp: 2, fp: 1, fn: 0 },
      hedge: { tp: 0, fp: 1, fn: 1 },
    });
  });

  test('a quote counts for its class only when span and class both agree', () => {
    expect(scores.classes).toEqual({
      scare: { tp: 0, fp: 0, fn: 1 },
      partial: { tp: 1, fp: 0, fn: 0 },
      direct: { tp: 0, fp: 0, fn: 1 },
      title: { tp: 0, fp: 1, fn: 0 },
    });
  });

  test('sourceType and source span are judged over the cues matched by span', () => {
    expect(scores.sourceType).toEqual({ correct: 1, total: 2 });
    expect(scores.sourceSpan).toEqual({ correct: 1, total: 2 });
  });

  test('no source on either side counts as the same source', () => {
    const none = scoreComparison(compareFindings([cue(0, 10, 'none')], [cue(0, 10, 'none')]));
    expect(none.sourceSpan).toEqual({ correct: 1, total: 1 });
  });

  test('addScores sums every count', () => {
    const twice = addScores(scores, scores);
    expect(twice.kinds.attribution).toEqual({ tp: 4, fp: 2, fn: 0 });
    expect(twice.classes.title).toEqual({ tp: 0, fp: 2, fn: 0 });
    expect(twice.sourceType).toEqual({ correct: 2, total: 4 });
  });
});
