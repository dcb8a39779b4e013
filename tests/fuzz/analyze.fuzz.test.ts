/**
 * The long run of the analyzer properties (`npm run fuzz`; FUZZ_RUNS runs per property, default
 * 100000 via vitest.fuzz.config.ts; FUZZ_SEED=<n> replays a reported seed).
 */
import fc from 'fast-check';
import { analyze } from '../../src/analysis';
import { describe, expect, test } from 'vitest';
import type { FindingKind } from '../../src/analysis';
import { anyInput, anyString, checkInvariants, newsText } from './news-text';

const runs = Math.max(1, Number.parseInt(process.env.FUZZ_RUNS ?? '100000', 10) || 100_000);
const seed = process.env.FUZZ_SEED ? Number.parseInt(process.env.FUZZ_SEED, 10) : undefined;
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(seed !== undefined ? { seed } : {}) });

describe(`analyze fuzz (${runs} runs per property)`, () => {
  test('any unicode string keeps the invariants', () => {
    fc.assert(
      fc.property(anyString(2000), (input) => {
        const findings = analyze(input);
        if (findings) checkInvariants(input, findings);
      }),
      params(runs),
    );
  });

  test('news-like text keeps the invariants', () => {
    fc.assert(
      fc.property(newsText(20), (input) => {
        const findings = analyze(input);
        if (findings) checkInvariants(input, findings);
      }),
      params(runs),
    );
  });

  test('deterministic, and options.only filters exactly', () => {
    const kinds = fc.subarray<FindingKind>(['quote', 'attribution', 'hedge']);
    fc.assert(
      fc.property(anyInput, kinds, (input, only) => {
        const all = analyze(input);
        expect(analyze(input)).toEqual(all);
        expect(analyze(input, { only })).toEqual(all.filter((f) => only.includes(f.kind)));
      }),
      params(Math.ceil(runs / 4)),
    );
  });
});
