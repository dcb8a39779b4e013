/** Prepositional cues: the phrase after the cue is the source. Under both kinds of clause rules. */
import { phraseAfter } from '../source-phrase';
import type { Token } from '../text-units';
import type { CueContext, CueRule } from './context';
import { sourceOf } from './cue';

/**
 * "according to Kyodo", "citing diplomatic sources", "per the agency", "selon l'AFP", "laut
 * Ministerium": one of `prepositionalCues` with the phrase after it as its source ("citing" and
 * "quoting" may stand without one). A rate ("per cent", "per the day") is no cue.
 */
export const prepositionalCue: CueRule = (cx, i) => {
  const { doc, tokens, endToken: sentenceEnd, sentence } = cx;
  for (const words of cx.index.prepositions) {
    if (!words.every((word, k) => tokens[i + k]?.lower === word && i + k < sentenceEnd)) continue;
    const after = i + words.length;
    if (words.length === 1 && cx.words.ratePrepositions.has(words[0]!) && !perIntroducesSource(cx, tokens[after], tokens[after + 1])) continue;
    const source = phraseAfter(doc, after, sentenceEnd);
    if (!source && !cx.words.sourcelessPrepositions.has(words[0]!)) continue;
    return { first: i, end: after, form: 'preposition', reportsWords: true, ...sourceOf(cx, source), sentence };
  }
  return undefined;
};

/** "per the agency", not "per cent", "per day" or "$5 per share". */
function perIntroducesSource(cx: CueContext, next: Token | undefined, afterNext: Token | undefined): boolean {
  if (!next?.word) return false;
  if (next.lower === 'the') return afterNext?.word === true && !cx.words.rateUnits.has(afterNext.lower);
  return next.capital && !cx.words.rateLatin.has(next.lower);
}
