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
    lexicon.clausalParticiples, lexicon.attributingAdverbs, lexicon.reportingNouns, lexicon.statementNouns, lexicon.findingVerbs,
    lexicon.stancePredicates, lexicon.hedges, lexicon.adjectivalHedges, lexicon.prepositionalCues, lexicon.postpositionalCues, lexicon.clausalPhrases,
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
    pattern = new RegExp(`[${QUOTE_MARKS}]|${bounded(escaped)}`, boundedFlags(escaped));
    cache.set(lexicon, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

const nonAscii = (words: readonly string[]) => words.some((word) => /[^\x00-\x7f]/.test(word));

/**
 * The alternation between word boundaries. \b without the 'u' flag is exact only for ASCII words: it
 * takes "é", "ß" and Cyrillic for non-word characters, so "déclaré" would match the start of
 * "déclarée" and "заявил" would never match. With 'u', V8 runs the English alternation 30 times
 * slower, so ASCII lists (English) keep \b and a list with any other letter gets letter lookarounds.
 */
function bounded(escaped: readonly string[]): string {
  if (!nonAscii(escaped)) return `\\b(?:${escaped.join('|')})\\b`;
  return `(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}])`;
}

function boundedFlags(escaped: readonly string[]): string {
  return nonAscii(escaped) ? 'giu' : 'gi';
}
