/** The popup's claims by source: the listed attributions grouped by who they credit. */
import type { SourceType } from '../analysis/types';
import type { FindingSummary } from './summary';
import { sourceKey } from './term-counts';

export interface SourceClaims {
  /** The source as the page first spells it. */
  source: string;
  /** The type of its first attribution, which colours the group. */
  sourceType: SourceType;
  /** Its attributions in page order; each has its `contentText` where the analyzer found the content. */
  claims: FindingSummary[];
}

/** The attributions that credit a source, grouped by its text (case aside, as in the sources cited), most claims first, then in page order. */
export function claimsBySource(findings: readonly FindingSummary[]): SourceClaims[] {
  const groups = new Map<string, SourceClaims>();
  for (const finding of findings) {
    if (finding.kind !== 'attribution' || !finding.sourceText) continue;
    const key = sourceKey(finding.sourceText);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.claims.push(finding);
    else groups.set(key, { source: finding.sourceText.replace(/\s+/g, ' ').trim(), sourceType: finding.sourceType ?? 'named', claims: [finding] });
  }
  // Sorting is stable: groups with as many claims keep the order the page first names them in.
  return [...groups.values()].sort((a, b) => b.claims.length - a.claims.length);
}
