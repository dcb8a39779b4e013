/** What the popup derives from a page summary beyond the raw counts. Pure, so tested without a DOM. */
import type { SourceType } from '../analysis/types';
import type { FindingSummary } from '../shared/messages';

export interface TermCount {
  term: string;
  count: number;
}

/** Curly, straight and guillemet quotation marks around a term, and the space inside them. */
const OUTER_MARKS = /^[\s"'“”‘’«»„‚‹›「」『』]+|[\s"'“”‘’«»„‚‹›「」『』]+$/gu;

/** “Experts” and "experts" are one term: marks stripped, case folded, spaces collapsed. */
export function termKey(quoted: string): string {
  return quoted.replace(OUTER_MARKS, '').replace(/\s+/g, ' ').toLocaleLowerCase();
}

function countBy(items: Iterable<string>, keyOf: (item: string) => string): TermCount[] {
  const counts = new Map<string, TermCount>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === '') continue;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    // The first spelling met stands for the group.
    else counts.set(key, { term: item.replace(OUTER_MARKS, '').replace(/\s+/g, ' '), count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/** The scare-quoted terms, most frequent first. */
export function scareTerms(findings: readonly FindingSummary[]): TermCount[] {
  return countBy(
    findings.filter((f) => f.kind === 'quote' && f.class === 'scare').map((f) => f.text),
    termKey,
  );
}

/** The credited sources per type, most cited first; unsourced attributions have none to list. */
export function sourcesByType(findings: readonly FindingSummary[]): Record<'named' | 'vague', TermCount[]> {
  const sourcesOf = (type: SourceType) => findings
    .filter((f) => f.kind === 'attribution' && f.sourceType === type && f.sourceText !== undefined)
    .map((f) => f.sourceText as string);
  const key = (source: string) => source.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return { named: countBy(sourcesOf('named'), key), vague: countBy(sourcesOf('vague'), key) };
}
