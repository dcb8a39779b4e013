/**
 * How a page's attributions split between named, vague and no source, as the popup shows it and
 * the Markdown report (popup and CLI) writes it. Pure, so tested without a DOM.
 */
import type { SourceType } from '../analysis/types';
import type { Counts } from './counts';

export interface SourcingProfile {
  total: number;
  /** Whole percentages that add up to 100 (or all 0 when nothing is attributed). */
  percent: Record<SourceType, number>;
}

const SOURCE_TYPES: readonly SourceType[] = ['named', 'vague', 'none'];

/** Largest-remainder rounding, so the three shown percentages always sum to exactly 100. */
export function sourcingProfile(counts: Counts): SourcingProfile {
  const raw = {
    named: counts['attribution-named'],
    vague: counts['attribution-vague'],
    none: counts['attribution-none'],
  };
  const total = raw.named + raw.vague + raw.none;
  const percent = { named: 0, vague: 0, none: 0 };
  if (total === 0) return { total, percent };
  const exact = SOURCE_TYPES.map((type) => ({ type, value: (raw[type] * 100) / total }));
  for (const { type, value } of exact) percent[type] = Math.floor(value);
  let left = 100 - SOURCE_TYPES.reduce((sum, type) => sum + percent[type], 0);
  for (const { type } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (left-- <= 0) break;
    percent[type] += 1;
  }
  return { total, percent };
}
