import type { CueRule } from './context';

/** "reportedly", "allegedly", "angeblich": one of `attributingAdverbs`, crediting nobody. Under both kinds of clause rules. */
export const adverbCue: CueRule = (cx, i) => {
  if (!cx.words.attributingAdverbs.has(cx.tokens[i]!.lower)) return undefined;
  return { first: i, end: i + 1, form: 'adverb', reportsWords: false, sourceType: 'none', sentence: cx.sentence };
};
