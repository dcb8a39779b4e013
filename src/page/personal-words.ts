/**
 * The reader's own word lists applied to the analyzer's findings: terms never to mark are
 * dropped, extra distancing words are added as hedges. Pure (text in, findings out), so the
 * content script and, later, the CLI can share it.
 */
import type { Finding, HedgeFinding, Range } from '../analysis/types';
import { normalizeTerm } from '../shared/settings';

export interface PersonalWords {
  /** Lower-case terms whose findings are never shown. */
  neverMark: readonly string[];
  /** Lower-case words or phrases to mark as distancing words. */
  extraHedges: readonly string[];
}

export const EXTRA_HEDGE_EXPLANATION = 'A distancing word from your own list (Quotelight options).';

/** Quotation marks and punctuation around a finding's text do not make it another term. */
const EDGES = /^[\s"'“”‘’«»„‚‹›.,;:!?()[\]]+|[\s"'“”‘’«»„‚‹›.,;:!?()[\]]+$/gu;

export function termOf(text: string): string {
  return normalizeTerm(text.replace(EDGES, ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only, case-insensitive, any run of spaces between the words of a phrase. */
function wordPattern(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = [...words].sort((a, b) => b.length - a.length)
    .map((word) => word.split(' ').map(escapeRegExp).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The sentence around `[start, end)`: cut at . ! ? followed by space, and at blank lines. */
export function sentenceAround(text: string, start: number, end: number): Range {
  let from = start;
  while (from > 0 && !/[.!?]\s/.test(text.slice(from - 2, from)) && text.slice(from - 2, from) !== '\n\n') from--;
  let to = end;
  while (to < text.length && !/[.!?]/.test(text[to - 1] ?? '') && text.slice(to, to + 2) !== '\n\n') to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  return { start: from, end: Math.max(to, end) };
}

export function applyPersonalWords(findings: Finding[], text: string, words: PersonalWords): Finding[] {
  if (words.neverMark.length === 0 && words.extraHedges.length === 0) return findings;
  const never = new Set(words.neverMark);
  const kept = never.size === 0 ? findings : findings.filter((finding) => !never.has(termOf(finding.text)));
  const pattern = wordPattern(words.extraHedges.filter((word) => !never.has(word)));
  if (!pattern) return kept;
  const hedges = kept.filter((finding) => finding.kind === 'hedge');
  const added: HedgeFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (hedges.some((hedge) => hedge.start < end && start < hedge.end)) continue;
    added.push({
      kind: 'hedge', start, end, text: match[0], explanation: EXTRA_HEDGE_EXPLANATION,
      sentence: sentenceAround(text, start, end),
    });
  }
  if (added.length === 0) return kept;
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
