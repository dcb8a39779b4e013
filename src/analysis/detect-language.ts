/**
 * Which lexicon a text needs, told from its function words ("der", "le", "el", "и"), which make up a
 * large share of any running text in their language and are rare in the others.
 */
import { LANGUAGES, lexiconFor, type LanguageCode } from './lexicon';
import { isWordChar } from './text-units';

/** Words read per text or block at most: enough to tell five languages apart, cheap on a whole page. */
const SAMPLE_WORDS = 60;
/** Reading stops once one language has this many hits: in running text that takes a dozen words. */
const ENOUGH_HITS = 5;
/** Fewer function-word hits than this is no evidence (a headline, a name, a number). */
const MIN_HITS = 3;
/** No function word is longer; longer words are skipped without being cut out of the text. */
const LONGEST_FUNCTION_WORD = 8;

const functionWords = new Map<string, LanguageCode[]>();
for (const lang of LANGUAGES) {
  for (const word of lexiconFor(lang).functionWords) functionWords.set(word, [...(functionWords.get(word) ?? []), lang]);
}

/** The ASCII function words' lengths and letters, lower-cased, as `asciiKey` reads them from the text. */
const asciiKeys = new Set<number>();
for (const word of functionWords.keys()) {
  if (/^[a-z]+$/.test(word)) asciiKeys.add(asciiKey(word, 0, word.length));
}

/**
 * A number for an ASCII word of text[start, end) as if lower-cased, -1 if any character is not an
 * ASCII letter. Equal words give equal keys, so a word whose key no function word has is none.
 */
function asciiKey(text: string, start: number, end: number): number {
  let key = end - start;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i) | 32;
    if (code < 97 || code > 122) return -1;
    key = (key * 31 + code) | 0;
  }
  return key;
}

/** A page's declared language ("de-CH", "fr_FR", "RU") as one of ours, if it is one. */
export function languageOfTag(tag: string | undefined): LanguageCode | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((lang) => lang === primary);
}

/**
 * Function-word hits per language in the first SAMPLE_WORDS words of text[start, end). A loop over
 * character codes, not a regular expression: this runs on every paragraph of every page, and a
 * Unicode-aware expression alone would cost as much as the analysis.
 */
function hits(text: string, start: number, end: number): Map<LanguageCode, number> {
  const counts = new Map<LanguageCode, number>();
  let words = 0;
  let most = 0;
  let i = start;
  while (i < end && words < SAMPLE_WORDS && most < ENOUGH_HITS) {
    while (i < end && !isWordChar(text.charCodeAt(i))) i += 1;
    const wordStart = i;
    while (i < end && isWordChar(text.charCodeAt(i))) i += 1;
    if (i === wordStart) break;
    words += 1;
    if (i - wordStart > LONGEST_FUNCTION_WORD) continue;
    // Most words are no function word: told by a number, not a lower-case copy looked up.
    const key = asciiKey(text, wordStart, i);
    if (key !== -1 && !asciiKeys.has(key)) continue;
    for (const lang of functionWords.get(text.slice(wordStart, i).toLowerCase()) ?? []) {
      const count = (counts.get(lang) ?? 0) + 1;
      counts.set(lang, count);
      if (count > most) most = count;
    }
  }
  return counts;
}

/** The language with most hits, if it has enough of them; ties keep the earlier of LANGUAGES (English first). */
function strongest(counts: ReadonlyMap<LanguageCode, number>): LanguageCode | undefined {
  let best: LanguageCode | undefined;
  for (const lang of LANGUAGES) if ((counts.get(lang) ?? 0) > (best ? counts.get(best)! : 0)) best = lang;
  return best && counts.get(best)! >= MIN_HITS ? best : undefined;
}

/**
 * The language of a text. A supported `hint` (the page's `<html lang>` or Content-Language, the CLI's
 * --lang) wins unless the words clearly say otherwise: a page declared English may still carry a
 * French article. With no hint and no evidence, English.
 */
export function detectLanguage(text: string, hint?: string): LanguageCode {
  return detectIn(text, 0, text.length, languageOfTag(hint));
}

/** The language of text[start, end): as detectLanguage, with `fallback` in the place of the hint. */
export function detectIn(text: string, start: number, end: number, fallback: LanguageCode | undefined): LanguageCode {
  const counts = hits(text, start, end);
  const found = strongest(counts);
  if (!fallback) return found ?? 'en';
  // The declared language stands unless another has at least twice its hits.
  return found && found !== fallback && counts.get(found)! >= 2 * (counts.get(fallback) ?? 0) ? found : fallback;
}
