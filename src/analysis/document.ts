/**
 * The analysed text cut into the units every rule reads: paragraphs, sentences, one token array for
 * the whole text, and the quoted spans, with quick look-ups between them.
 */
import type { Lexicon } from './lexicon';
import { keywordPattern } from './keywords';
import { pairQuotes, type QuotedSpan } from './quote-marks';
import { sentenceConventions, sentenceRanges } from './sentences';
import { paragraphRanges, tokenize, type Token } from './text-units';
import type { Range } from './types';
import { wordSetsFor, type WordSets } from './word-sets';

export interface SentenceInfo extends Range {
  paragraph: number;
  /** Index of its first token in `tokens`, and one past its last. */
  firstToken: number;
  endToken: number;
}

export interface TextDocument {
  text: string;
  lexicon: Lexicon;
  sets: WordSets;
  paragraphs: Range[];
  sentences: SentenceInfo[];
  tokens: Token[];
  /** Sentence index of each token. */
  tokenSentence: Int32Array;
  quotes: QuotedSpan[];
  /** Index in `quotes` of the innermost quotation holding each token, or -1. */
  tokenQuote: Int32Array;
}

export function readDocument(text: string, lexicon: Lexicon): TextDocument {
  const paragraphs = paragraphRanges(text);
  const sets = wordSetsFor(lexicon);
  const quotes = pairQuotes(text, paragraphs, lexicon.elisions, { opener: lexicon.guillemetOpener, spaced: lexicon.spacedGuillemets });
  const wanted = candidateOffsets(text, lexicon, quotes);
  const sentences: SentenceInfo[] = [];
  const tokens: Token[] = [];
  let next = 0;
  paragraphs.forEach((paragraph, index) => {
    while (next < wanted.length && wanted[next]! < paragraph.start) next += 1;
    // A paragraph with no quotation mark and no cue word holds no finding: it is not segmented.
    if (next >= wanted.length || wanted[next]! >= paragraph.end) return;
    for (const range of sentenceRanges(text, paragraph, sentenceConventions(lexicon))) {
      const firstToken = tokens.length;
      while (next < wanted.length && wanted[next]! < range.start) next += 1;
      if (next < wanted.length && wanted[next]! < range.end) {
        tokenize(text, range.start, range.end, tokens);
      }
      // Fields named, not spread: spreading cost more than splitting the sentences.
      sentences.push({ start: range.start, end: range.end, paragraph: index, firstToken, endToken: tokens.length });
    }
  });
  const tokenSentence = new Int32Array(tokens.length);
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) tokenSentence[i] = index;
  }
  return { text, lexicon, sets, paragraphs, sentences, tokens, tokenSentence, quotes, tokenQuote: quoteOfTokens(tokens, quotes) };
}

/**
 * Sorted offsets that make a sentence worth reading: keyword hits, and every sentence start a
 * quotation runs through (a quotation's inner sentences need their words to be classified).
 */
function candidateOffsets(text: string, lexicon: Lexicon, quotes: readonly QuotedSpan[]): Int32Array {
  const offsets: number[] = [];
  const pattern = keywordPattern(lexicon);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) offsets.push(match.index);
  if (quotes.length === 0) return Int32Array.from(offsets);
  const quoted: number[] = [];
  for (const quote of quotes) {
    // Every sentence a quotation runs through is read; no sentence is shorter than a few characters.
    for (let at = quote.start; at < quote.end; at += 40) quoted.push(at);
    // …and the sentence after it, which may hold only its signature ("” ― Sonya Herridge").
    let after = quote.end;
    while (after < text.length && after < quote.end + 8 && /\s/.test(text[after]!)) after += 1;
    quoted.push(quote.end - 1, after);
  }
  return Int32Array.from([...offsets, ...quoted]).sort();
}

/** Marks every token that lies inside a quotation (marks included) with its innermost quotation. */
function quoteOfTokens(tokens: readonly Token[], quotes: readonly QuotedSpan[]): Int32Array {
  const result = new Int32Array(tokens.length).fill(-1);
  // Quotes are sorted by start with outer before inner, so later writes are the inner ones.
  let first = 0;
  quotes.forEach((quote, index) => {
    while (first < tokens.length && tokens[first]!.end <= quote.start) first += 1;
    for (let i = first; i < tokens.length && tokens[i]!.start < quote.end; i += 1) result[i] = index;
  });
  return result;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(doc: TextDocument, offset: number): number {
  return firstStartingFrom(doc.tokens, offset);
}

/** Index of the first of `items` (sorted by start) that starts at or after `offset`. */
export function firstStartingFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the sentence holding `offset` (or the nearest before it). */
export function sentenceAt(doc: TextDocument, offset: number): number {
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export const OPENING_MARKS = '"\'“‘„‚«»‹›「『';
export const CLOSING_MARKS = '"\'”’“‘»«›‹」』';
export const isQuoteMark = (token: Token | undefined): boolean =>
  token !== undefined && !token.word && (OPENING_MARKS.includes(token.text) || CLOSING_MARKS.includes(token.text));
