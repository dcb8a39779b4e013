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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    const word = match[0];
    const tokenEnd = Math.min(match.index + word.length, end);
    const piece = tokenEnd === match.index + word.length ? word : word.slice(0, tokenEnd - match.index);
    const first = piece.charCodeAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(piece[0]!);
    tokens.push({
      start: match.index,
      end: tokenEnd,
      text: piece,
      lower: piece.toLowerCase(),
      word: isWord,
      capital: isWord && piece[0] !== piece[0]!.toLowerCase() && !(first >= 48 && first <= 57),
    });
  }
  return tokens;
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
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
 * capital letter, and the next piece does not start like a new sentence.
 */
export function sentenceRanges(
  text: string,
  paragraph: Range,
  lang: string,
  abbreviations: ReadonlySet<string>,
): Range[] {
  const ranges: Range[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  for (const segment of sentenceSegmenter(lang).segment(body)) {
    const start = paragraph.start + segment.index;
    let end = start + segment.segment.length;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end === start) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && endsInAbbreviation(text, previous, abbreviations)) previous.end = end;
    else ranges.push({ start, end });
  }
  return ranges;
}

function endsInAbbreviation(text: string, range: Range, abbreviations: ReadonlySet<string>): boolean {
  if (text[range.end - 1] !== '.') return false;
  let wordStart = range.end - 1;
  while (wordStart > range.start && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart -= 1;
  const word = text.slice(wordStart, range.end - 1);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  if (abbreviations.has(word.toLowerCase())) return true;
  // "U.S." and "p.m." end many sentences too; keep the break unless the dotted letters are a name part.
  return false;
}
