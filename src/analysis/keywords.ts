/**
 * One regular expression for every quotation mark and every word a cue or hedge can hang on. The
 * analyzer reads closely only the sentences it hits; the benchmark times it alone as the reference
 * "keyword pass", the cheapest scan that still looks at everything the analyzer looks for.
 */
import type { Lexicon } from './lexicon';

/** ' and ’ are left out: mostly apostrophes, and the quotations they do open are found by pairing. */
const QUOTE_MARKS = `"“”‘„‚«»‹›「」『』`;
const cache = new WeakMap<Lexicon, RegExp>();

export function keywordWords(lexicon: Lexicon): string[] {
  const words = new Set<string>();
  for (const verb of lexicon.reportingVerbs) for (const form of verb.forms) words.add(form);
  const lists = [
    lexicon.clausalParticiples, lexicon.attributingAdverbs, lexicon.reportingNouns, lexicon.statementNouns,
    lexicon.hedges, lexicon.adjectivalHedges, lexicon.prepositionalCues,
  ];
  // A phrase is found by its longest word ("according", "termed"): "as", "in" and "what" are everywhere.
  const longest = (phrase: string) => phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  for (const list of lists) for (const entry of list) words.add(longest(entry));
  // An expression is found by its object ("concern", "notice"): its verbs (make, take) are too common.
  for (const expression of lexicon.expressions) for (const object of expression.objects) words.add(longest(object));
  return [...words];
}

/**
 * The global, case-insensitive expression, compiled once per lexicon (a 500-word alternation takes
 * milliseconds to compile). Its lastIndex is reset here; a caller runs it to the end before the next call.
 */
export function keywordPattern(lexicon: Lexicon): RegExp {
  let pattern = cache.get(lexicon);
  if (!pattern) {
    const escaped = keywordWords(lexicon)
      .sort((a, b) => b.length - a.length)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // \b and no 'u' flag: with 'u' (needed for \p{L} boundaries) V8 runs this alternation 30 times
    // slower. English cue words are ASCII, for which \b is exact.
    pattern = new RegExp(`[${QUOTE_MARKS}]|\\b(?:${escaped.join('|')})\\b`, 'gi');
    cache.set(lexicon, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}
