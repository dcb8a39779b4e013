/**
 * The lexicon's word lists as sets, built once per lexicon: the rules look words up on every token.
 * Every `readonly string[]` field of Lexicon becomes a set of the same name (doc.sets, and the cue
 * rules' cx.words), so a list added to lexicon/types.ts needs no code here.
 */
import type { Lexicon } from './lexicon';

type WordListKey = {
  // An optional list (absent from some lexicons) gets no set: the rules read it off the lexicon.
  [K in keyof Lexicon]-?: undefined extends Lexicon[K] ? never : Lexicon[K] extends readonly string[] ? K : never;
}[keyof Lexicon];

export type WordSets = { readonly [K in WordListKey]: ReadonlySet<string> };

const cache = new WeakMap<Lexicon, WordSets>();

export function wordSetsFor(lexicon: Lexicon): WordSets {
  let sets = cache.get(lexicon);
  if (!sets) {
    const entries = Object.entries(lexicon).filter(([, value]) => Array.isArray(value) && value.every((v) => typeof v === 'string'));
    sets = Object.fromEntries(entries.map(([key, value]) => [key, new Set(value as string[])])) as unknown as WordSets;
    cache.set(lexicon, sets);
  }
  return sets;
}
