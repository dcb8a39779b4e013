import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/analysis/types';
import { idsSignature, pageStatus } from '../../src/content/page-summary';
import type { PlacedFinding } from '../../src/page/placed-findings';

const sentence = { start: 0, end: 1 };
const quote: Finding = { kind: 'quote', class: 'scare', start: 0, end: 1, text: '“x”', explanation: '', sentence };
const hedge: Finding = { kind: 'hedge', start: 0, end: 1, text: 'alleged', explanation: '', sentence };
const attribution = (sourceType: 'named' | 'vague' | 'none'): Finding =>
  ({ kind: 'attribution', sourceType, start: 0, end: 1, text: 'said', explanation: '', sentence });

const placed = (id: number, finding: Finding = quote) => ({ id, finding }) as unknown as PlacedFinding;
const page = { url: 'https://news.example/a', title: 'A' };

describe('pageStatus', () => {
  it('counts each class, each source type and all attributions, without the findings', () => {
    const findings = [placed(1), placed(2, hedge), placed(3, attribution('named')), placed(4, attribution('none')), placed(5, attribution('none'))];
    const status = pageStatus(findings, page, false, ['en']);
    expect(status.counts).toMatchObject({ scare: 1, hedge: 1, attribution: 3, 'attribution-named': 1, 'attribution-vague': 0, 'attribution-none': 2 });
    expect(status).toEqual({ ...page, counts: status.counts, paused: false, languages: ['en'] });
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
