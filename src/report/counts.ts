/**
 * How many findings of each kind a page or text has: the popup's counters (`[data-count="NAME"]`),
 * the badge's count, the reports' table and the CLI's summary table all read these.
 */
import type { Finding, SourceType } from '../analysis/types';

/** The counters, in the popup's order; the highlight names derive from them. */
export const COUNT_NAMES = [
  'scare', 'partial', 'direct', 'title',
  'attribution', 'attribution-named', 'attribution-vague', 'attribution-none',
  'hedge',
] as const;
export type CountName = (typeof COUNT_NAMES)[number];
export type Counts = Record<CountName, number>;

const ATTRIBUTION_COUNTS: Record<SourceType, CountName> = { named: 'attribution-named', vague: 'attribution-vague', none: 'attribution-none' };

export function zeroCounts(): Counts {
  return Object.fromEntries(COUNT_NAMES.map((name) => [name, 0])) as Counts;
}

/**
 * Each finding under its quote class, or as a distancing word, or as an attribution and under its
 * source type, so `attribution` equals named + vague + none. Takes anything that holds a finding
 * (the content script's placed findings, the CLI's numbered ones) so that a page of 100,000
 * findings is counted without copying them.
 */
export function countFindings(items: Iterable<{ readonly finding: Finding }>): Counts {
  const counts = zeroCounts();
  for (const { finding } of items) {
    if (finding.kind === 'quote') counts[finding.class]++;
    else if (finding.kind === 'hedge') counts.hedge++;
    else {
      counts.attribution++;
      counts[ATTRIBUTION_COUNTS[finding.sourceType]]++;
    }
  }
  return counts;
}
