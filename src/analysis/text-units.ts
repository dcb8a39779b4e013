/**
 * The units the rules work on: paragraphs (split at blank lines) and word tokens; sentences are
 * found by sentences.ts.
 *
 * Words are cut with a regular expression, not Intl.Segmenter's word granularity: in Node 20's ICU
 * that costs about 60 µs a call and grows faster than linearly with the string, which alone would put
 * the analyzer far below its throughput target.
 */
import type { Range } from './types';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters or digits); otherwise a single punctuation character. */
  word: boolean;
  /** The word starts with an upper-case letter. */
  capital: boolean;
}

export function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const separator = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let start = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    pushTrimmed(text, start, match.index, ranges);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

function pushTrimmed(text: string, start: number, end: number, into: Range[]): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) into.push({ start, end });
}

/** Per UTF-16 code unit: 0 not yet known, 1 starts or continues a word, 2 does not. */
const wordCharCache = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = wordCharCache[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharCache[code] = known;
  }
  return known === 1;
}

/** Joiners that keep a word whole when a letter follows: don't, Jones’s, so-called, U.S, AT&T. */
const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 0x2019 || code === 46 || code === 38;
const isSpaceCode = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f;

/** Word tokens (letters, digits and inner joiners) and single punctuation tokens of text[start, end), added to `tokens`. */
export function tokenize(text: string, start: number, end: number, tokens: Token[] = []): Token[] {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i += 1;
      continue;
    }
    if (!isWordChar(code) || (code >= 0xdc00 && code <= 0xdfff)) {
      // A lone mark, punctuation or symbol; a surrogate pair (an emoji) stays one token.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
      const piece = text.slice(i, i + width);
      tokens.push({ start: i, end: i + width, text: piece, lower: piece, word: false, capital: false });
      i += width;
      continue;
    }
    // Most words are in lower case already: they need no lower-case copy.
    let cased = (code >= 65 && code <= 90) || code >= 128;
    let j = i + 1;
    while (j < end) {
      const next = text.charCodeAt(j);
      if (isWordChar(next)) j += 1;
      else if (isJoiner(next) && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
      const last = text.charCodeAt(j - 1);
      if ((last >= 65 && last <= 90) || last >= 128) cased = true;
    }
    const piece = text.slice(i, j);
    const lower = cased ? piece.toLowerCase() : piece;
    const first = piece[0]!;
    tokens.push({ start: i, end: j, text: piece, lower, word: true, capital: first !== lower[0] && !(code >= 48 && code <= 57) });
    i = j;
  }
  return tokens;
}
