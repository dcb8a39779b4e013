/**
 * The units the rules work on: paragraphs (split at blank lines), sentences (Intl.Segmenter, mended
 * after abbreviations) and word tokens.
 *
 * Words are cut with a regular expression, not Intl.Segmenter's word granularity: in Node 20's ICU
 * that costs about 60 µs a call and grows faster than linearly with the string, which alone would put
 * the analyzer far below its throughput target. Sentences do use Intl.Segmenter, one paragraph at a
 * time (on a whole page text it too degrades badly).
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

export interface Sentence extends Range {
  paragraph: number;
  tokens: Token[];
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

const isLetter = (code: number): boolean => code < 128
  ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  : isWordChar(code) && !LETTER_FREE.test(String.fromCharCode(code));
/** Word characters that are not letters: digits of other scripts and combining marks. */
const LETTER_FREE = /[\p{N}\p{M}]/u;

/** Joiners that keep a word whole when a letter follows: don't, Jones’s, so-called, U.S, AT&T. */
const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 0x2019 || code === 46 || code === 38;
const isSpaceCode = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f;

/** Word tokens (letters, digits and inner joiners) and single punctuation tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
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
    let j = i + 1;
    while (j < end) {
      const next = text.charCodeAt(j);
      if (isWordChar(next)) j += 1;
      else if (isJoiner(next) && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    const piece = text.slice(i, j);
    const lower = piece.toLowerCase();
    const first = piece[0]!;
    tokens.push({ start: i, end: j, text: piece, lower, word: true, capital: first !== lower[0] && !(code >= 48 && code <= 57) });
    i = j;
  }
  return tokens;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The runtime's sentence rules for a language, made once. The first one made in a process costs the
 * most (ICU loads its data: about 30 ms in a fresh browser renderer).
 */
export function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * Sentence ranges of one paragraph. ICU breaks after every "Mr." and initial ("James W. Dorsey"),
 * so a break is undone when the piece before it ends in an abbreviation from the lexicon or a single
 * capital letter.
 */
export function sentenceRanges(
  text: string,
  paragraph: Range,
  lang: string,
  abbreviations: ReadonlySet<string>,
): Range[] {
  const ranges: Range[] = [];
  const segmenter = sentenceSegmenter(lang);
  for (const piece of segmentablePieces(text, paragraph)) {
    const body = text.slice(piece.start, piece.end);
    for (const segment of segmenter.segment(body)) {
      const start = piece.start + segment.index;
      let end = start + segment.segment.length;
      while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
      if (end === start) continue;
      const previous = ranges[ranges.length - 1];
      if (previous && previous.end >= piece.start && (endsInAbbreviation(text, previous, abbreviations) || questionGoesOn(text, previous, start))) previous.end = end;
      else ranges.push({ start, end });
    }
  }
  return ranges;
}

/** Longest stretch handed to ICU at once: its sentence segmentation slows down sharply on long strings. */
const MAX_PIECE = 2000;

/**
 * The paragraph cut at line breaks (a sentence ends there anyway) and, where a line is longer than
 * MAX_PIECE, after the last sentence-final mark or space before that length.
 */
function segmentablePieces(text: string, paragraph: Range): Range[] {
  const pieces: Range[] = [];
  let start = paragraph.start;
  while (start < paragraph.end) {
    const newline = text.indexOf('\n', start);
    let end = newline >= 0 && newline < paragraph.end ? newline + 1 : paragraph.end;
    if (end - start > MAX_PIECE) end = cutPoint(text, start, start + MAX_PIECE);
    pieces.push({ start, end });
    start = end;
  }
  return pieces;
}

function cutPoint(text: string, start: number, limit: number): number {
  let space = -1;
  for (let i = limit - 1; i > start + MAX_PIECE / 2; i -= 1) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code)) continue;
    if (/[.!?]["”’)]*$/.test(text.slice(Math.max(start, i - 3), i))) return i + 1;
    if (space < 0) space = i + 1;
  }
  return space > 0 ? space : limit;
}

/** "“You winning?” she said": a quoted question or exclamation the sentence goes on after, in lower case. */
function questionGoesOn(text: string, previous: Range, start: number): boolean {
  return /[!?]["'”’»]+$/.test(text.slice(Math.max(previous.start, previous.end - 4), previous.end)) && /\p{Ll}/u.test(text[start] ?? '');
}

function endsInAbbreviation(text: string, range: Range, abbreviations: ReadonlySet<string>): boolean {
  if (text[range.end - 1] !== '.') return false;
  let wordStart = range.end - 1;
  // Letters and dots back to the word's start (a Unicode class per character costs more than the rest of the check).
  while (wordStart > range.start && (text.charCodeAt(wordStart - 1) === 46 || isLetter(text.charCodeAt(wordStart - 1)))) wordStart -= 1;
  const word = text.slice(wordStart, range.end - 1);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  if (abbreviations.has(word.toLowerCase())) return true;
  // "U.S." and "p.m." end many sentences too; keep the break unless the dotted letters are a name part.
  return false;
}
