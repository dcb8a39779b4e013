import { describe, expect, it } from 'vitest';
import { COUNT_NAMES, type Counts } from '../../src/report/counts';
import { scareTerms, sourcesByType, termKey } from '../../src/report/term-counts';
import { sourcingProfile } from '../../src/report/sourcing-profile';

const counts = (named: number, vague: number, none: number) => ({
  ...Object.fromEntries(COUNT_NAMES.map((n) => [n, 0])),
  'attribution-named': named, 'attribution-vague': vague, 'attribution-none': none,
}) as Counts;

describe('sourcingProfile', () => {
  it.each([
    [[0, 0, 0], [0, 0, 0]],
    [[1, 0, 0], [100, 0, 0]],
    [[1, 1, 1], [34, 33, 33]],
    [[2, 1, 0], [67, 33, 0]],
    [[1, 1, 5], [14, 14, 72]],
    [[199, 1, 0], [100, 0, 0]],
  ])('named/vague/none %j → %j percent', ([named, vague, none], expected) => {
    const { percent } = sourcingProfile(counts(named!, vague!, none!));
    expect([percent.named, percent.vague, percent.none]).toEqual(expected);
  });
});

describe('scareTerms', () => {
  it.each([
    ['“experts”', 'experts'],
    ['"Experts"', 'experts'],
    ['« peace  process »', 'peace process'],
    ['„Zeitenwende“', 'zeitenwende'],
  ])('keys %s as %s', (text, key) => { expect(termKey(text)).toBe(key); });

  it('groups spellings of one term, most frequent first, and leaves out empty quotes', () => {
    const terms = scareTerms(['‘peace’', '“experts”', '"Experts"', '“”']);
    expect(terms).toEqual([{ term: 'experts', count: 2 }, { term: 'peace', count: 1 }]);
  });
});

describe('sourcesByType', () => {
  it('lists named and vague sources with counts, spellings grouped; sources of no type are not listed', () => {
    const grouped = sourcesByType([
      { sourceType: 'named', text: 'Kyodo' }, { sourceType: 'named', text: 'Kyodo ' }, { sourceType: 'named', text: 'the mayor' },
      { sourceType: 'vague', text: 'officials' }, { sourceType: 'none', text: 'it' },
    ]);
    expect(grouped).toEqual({
      named: [{ term: 'Kyodo', count: 2 }, { term: 'the mayor', count: 1 }],
      vague: [{ term: 'officials', count: 1 }],
    });
  });
});
