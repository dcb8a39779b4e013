/** The popup's claims by source: the listed attributions grouped by who they credit. */
import type { SourceType } from '../analysis/types';
import type { FindingSummary } from '../shared/messages';

export interface SourceClaims {
  /** The source as the page first spells it. */
  source: string;
  /** The type of its first attribution, which colours the group. */
  sourceType: SourceType;
  /** Its attributions in page order; each has its `contentText` where the analyzer found the content. */
  claims: FindingSummary[];
}

/** "Officials" and "officials" are one source, as in the popup's sources cited. */
const sourceKey = (source: string) => source.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The attributions that credit a source, grouped by its text (case aside), most claims first, then in page order. */
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
