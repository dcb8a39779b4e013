/** The tallies of a page summary: which terms are scare-quoted and who is credited, how often. */
import type { SourceType } from '../analysis/types';

/** A scare-quoted term or a credited source, with how often the page has it. */
export interface TermCount {
  term: string;
  count: number;
}

/** The credited sources per type; attributions with no source have none to list. */
export type CreditedSources = Record<'named' | 'vague', TermCount[]>;

/** Curly, straight and guillemet quotation marks around a term, and the space inside them. */
const OUTER_MARKS = /^[\s"'“”‘’«»„‚‹›「」『』]+|[\s"'“”‘’«»„‚‹›「」『』]+$/gu;

/** A term as the popup lists it: marks stripped, spaces collapsed. */
function spelling(quoted: string): string {
  return quoted.replace(OUTER_MARKS, '').replace(/\s+/g, ' ');
}

/** “Experts” and "experts" are one term: marks stripped, case folded, spaces collapsed. */
export function termKey(quoted: string): string {
  return spelling(quoted).toLocaleLowerCase();
}

function countBy(items: Iterable<string>, keyOf: (item: string) => string): TermCount[] {
  // Spellings first, then their keys: a page repeats a few spellings thousands of times, and
  // keying one (case folding included) costs far more than counting it.
  const spellings = new Map<string, number>();
  for (const item of items) spellings.set(item, (spellings.get(item) ?? 0) + 1);
  const counts = new Map<string, TermCount>();
  for (const [item, times] of spellings) {
    const key = keyOf(item);
    if (key === '') continue;
    const entry = counts.get(key);
    if (entry) entry.count += times;
    // The first spelling met stands for the group.
    else counts.set(key, { term: spelling(item), count: times });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/** The scare quotes' texts, marks included, grouped by term, most frequent first. */
export function scareTerms(quoted: Iterable<string>): TermCount[] {
  return countBy(quoted, termKey);
}

/** The attributions' source phrases, grouped per type, most cited first. */
export function sourcesByType(sources: Iterable<{ sourceType: SourceType; text: string }>): CreditedSources {
  const named: string[] = [];
  const vague: string[] = [];
  for (const { sourceType, text } of sources) {
    if (sourceType === 'named') named.push(text);
    else if (sourceType === 'vague') vague.push(text);
  }
  return { named: countBy(named, sourceKey), vague: countBy(vague, sourceKey) };
}

/** "Officials" and "officials " are one source: spaces collapsed, case folded. */
export function sourceKey(source: string): string {
  return source.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
