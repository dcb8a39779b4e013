/**
 * Sentence ranges of a paragraph, by our own rules: Unicode's default sentence boundaries (UAX #29,
 * the rules Intl.Segmenter applies) found by looking only around sentence-final marks, then mended
 * where news text breaks them (abbreviations, initials, ordinals, quoted questions the sentence goes
 * on after). Intl.Segmenter made the first page analysed in a browser tab wait for ICU's data (tens
 * of milliseconds in one task), and grows slower than linearly with the string; this is linear and
 * needs no data.
 */
import type { Lexicon } from './lexicon';
import type { Range } from './types';
import { wordSetsFor } from './word-sets';

/** Sentence_Break classes (UAX #29) that the rules tell apart; everything else is OTHER. */
const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const OLETTER = 4;
const NUMERIC = 5;
const ATERM = 6;
const STERM = 7;
const CLOSE = 8;
const SCONTINUE = 9;
/** LF, CR and the paragraph and line separators: a sentence always ends after one. */
const SEP = 10;
/** Combining marks and format characters, which take the class of the character before them. */
const EXTEND = 11;

const SCONTINUE_CHARS = ',-:;\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe31\ufe32\ufe50\ufe51\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64';

function classify(char: string): number {
  if (char === '\n' || char === '\r' || char === '\u0085' || char === '\u2028' || char === '\u2029') return SEP;
  if (char === '.' || char === '\u2024' || char === '\ufe52' || char === '\uff0e') return ATERM;
  if (/\p{Sentence_Terminal}/u.test(char)) return STERM;
  if (SCONTINUE_CHARS.includes(char)) return SCONTINUE;
  if (/[\p{M}\u200c\u200d]/u.test(char) || (/\p{Cf}/u.test(char) && char !== '\u200b')) return EXTEND;
  if (/\p{White_Space}/u.test(char)) return SP;
  if (/\p{Lowercase}/u.test(char)) return LOWER;
  if (/[\p{Uppercase}\p{Lt}]/u.test(char)) return UPPER;
  if (/\p{Alphabetic}/u.test(char)) return OLETTER;
  if (/\p{Nd}/u.test(char)) return NUMERIC;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275b-\u2760\u2e42]/u.test(char)) return CLOSE;
  return OTHER;
}

/** Class of each UTF-16 code unit, plus one; 0 until first asked. Astral characters are classed each time. */
const classCache = new Uint8Array(0x10000);

function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(at)!));
  if (code >= 0xdc00 && code <= 0xdfff) return EXTEND;
  let known = classCache[code]!;
  if (known === 0) {
    known = classify(String.fromCharCode(code)) + 1;
    classCache[code] = known;
  }
  return known - 1;
}

/** Where the next character that is not EXTEND starts, at or after `at`. */
function skipExtend(text: string, at: number, end: number): number {
  while (at < end && classAt(text, at) === EXTEND) at += 1;
  return at;
}

/** Class of the character before `at` (its combining marks skipped), or -1 at `start`. */
function classBefore(text: string, start: number, at: number): number {
  for (let i = at - 1; i >= start; i -= 1) {
    const kind = classAt(text, i);
    if (kind !== EXTEND) return kind;
  }
  return -1;
}

/**
 * UAX #29's sentence boundaries in text[start, end): the offsets where a sentence ends (end itself
 * included). Breaks can only follow a sentence-final mark or a paragraph separator, so only those
 * are looked at closely.
 */
export function defaultBreaks(text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 128 && code !== 46 && code !== 33 && code !== 63 && code !== 10 && code !== 13) {
      // The common case, told without a look-up: an ASCII character that ends nothing.
      i += 1;
      continue;
    }
    const kind = classAt(text, i);
    if (kind === SEP) {
      // SB3, SB4: CR LF is one separator, and a sentence ends after it.
      i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < end ? 2 : 1;
      if (i < end) breaks.push(i);
      continue;
    }
    if (kind !== ATERM && kind !== STERM) {
      i += 1;
      continue;
    }
    const before = classBefore(text, start, i);
    let j = skipExtend(text, i + 1, end);
    if (kind === ATERM && j < end) {
      const next = classAt(text, j);
      // SB6: a decimal point ("3.5"); SB7: letters, a point and a capital ("U.S").
      if (next === NUMERIC || (next === UPPER && (before === UPPER || before === LOWER))) {
        i = j;
        continue;
      }
    }
    // SB9, SB10: closing marks, then spaces, stay with the sentence.
    while (j < end && classAt(text, j) === CLOSE) j = skipExtend(text, j + 1, end);
    while (j < end && classAt(text, j) === SP) j = skipExtend(text, j + 1, end);
    if (j >= end) break;
    const next = classAt(text, j);
    if (next === SEP) {
      // SB11: a separator right after ends the sentence with it.
      j += text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 && j + 1 < end ? 2 : 1;
      if (j < end) breaks.push(j);
      i = j;
      continue;
    }
    // SB8a: a comma, colon or another final mark goes on with the sentence; SB8: so does a word in
    // lower case after a point, whatever neither letter nor final mark comes between.
    if (next === SCONTINUE || next === ATERM || next === STERM || (kind === ATERM && lowerFollows(text, j, end))) {
      i = j;
      continue;
    }
    breaks.push(j);
    i = j;
  }
  breaks.push(end);
  return breaks;
}

function lowerFollows(text: string, at: number, end: number): boolean {
  for (let i = at; i < end; i += 1) {
    const kind = classAt(text, i);
    if (kind === LOWER) return true;
    if (kind === UPPER || kind === OLETTER || kind === SEP || kind === ATERM || kind === STERM) return false;
  }
  return false;
}

/** What the mending of a language's sentence boundaries needs to know. */
export interface SentenceConventions {
  /** Lower-case abbreviations, without their point, after which a sentence goes on ("dr", "z", "b"). */
  abbreviations: ReadonlySet<string>;
  /** `»` only closes a quotation (French, Spanish, Russian), so one after a sentence's end belongs to it. */
  guillemetCloses: boolean;
  /** A number and a point before one of these words is a German ordinal ("am 3. Oktober"), no end. */
  ordinalNouns: ReadonlySet<string>;
}

const conventions = new WeakMap<Lexicon, SentenceConventions>();

export function sentenceConventions(lexicon: Lexicon): SentenceConventions {
  let known = conventions.get(lexicon);
  if (!known) {
    known = {
      abbreviations: wordSetsFor(lexicon).titleAbbreviations,
      guillemetCloses: lexicon.guillemetOpener === '«',
      ordinalNouns: lexicon.lang === 'de' ? GERMAN_ORDINAL_NOUNS : new Set(),
    };
    conventions.set(lexicon, known);
  }
  return known;
}

/** Nouns a German ordinal number most often stands before in news text. */
const GERMAN_ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'jahrhundert', 'jahrtausend', 'jahrestag', 'geburtstag', 'mal', 'platz', 'runde', 'spieltag', 'klasse', 'stock', 'etage', 'liga', 'welle',
]);

const isSpaceCode = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f;

/** Sentence ranges of one paragraph, without their trailing spaces. */
export function sentenceRanges(text: string, paragraph: Range, conventions: SentenceConventions): Range[] {
  const ranges: Range[] = [];
  let start = paragraph.start;
  /** Whether the sentence before `start` ended at a line break, which no mending undoes. */
  let afterLine = true;
  for (let end of defaultBreaks(text, paragraph.start, paragraph.end)) {
    if (end <= start) continue;
    if (conventions.guillemetCloses && end < paragraph.end) end = pastClosingGuillemets(text, end, paragraph.end);
    let trimmed = end;
    while (trimmed > start && isSpaceCode(text.charCodeAt(trimmed - 1))) trimmed -= 1;
    const previous = ranges[ranges.length - 1];
    if (trimmed > start) {
      if (previous && !afterLine && goesOn(text, previous, start, conventions)) previous.end = trimmed;
      else ranges.push({ start, end: trimmed });
    }
    afterLine = classAt(text, end - 1) === SEP;
    start = end;
  }
  return ranges;
}

/** "« C’est fini. » Puis": the closing guillemet (and the spaces after it) join the sentence it closes. */
function pastClosingGuillemets(text: string, end: number, limit: number): number {
  const mark = text[end];
  if (mark !== '»' && mark !== '›') return end;
  let at = end + 1;
  while (at < limit && isSpaceCode(text.charCodeAt(at)) && classAt(text, at) !== SEP) at += 1;
  return at;
}

/** Whether the sentence `previous` does not end where the next one, at `start`, was found to begin. */
function goesOn(text: string, previous: Range, start: number, conventions: SentenceConventions): boolean {
  return endsInAbbreviation(text, previous, conventions.abbreviations) || questionGoesOn(text, previous, start)
    || (conventions.ordinalNouns.size > 0 && endsInOrdinal(text, previous, start, conventions.ordinalNouns));
}

/** "“You winning?” she said", "« Pourquoi ? » demande-t-il": a quoted question or exclamation the sentence goes on after, in lower case. */
function questionGoesOn(text: string, previous: Range, start: number): boolean {
  return /[!?](?:\s?["'”’»])+$/.test(text.slice(Math.max(previous.start, previous.end - 6), previous.end)) && /\p{Ll}/u.test(text[start] ?? '');
}

/** Per UTF-16 code unit: 0 not yet known, 1 a letter, 2 not. */
const letterCache = new Uint8Array(0x10000);

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = letterCache[code]!;
  if (known === 0) {
    known = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
    letterCache[code] = known;
  }
  return known === 1;
}

/**
 * A point after an abbreviation of the language ("Mr.", "M.", "Sr.", "г."), a single capital (an
 * initial: "J. F. Kennedy", "В. В. Путин") or single lower-case letters of the language's
 * abbreviations joined by points ("z.B.", "d.h."): no sentence ends there.
 */
function endsInAbbreviation(text: string, range: Range, abbreviations: ReadonlySet<string>): boolean {
  if (text.charCodeAt(range.end - 1) !== 46) return false;
  let wordStart = range.end - 1;
  while (wordStart > range.start && (text.charCodeAt(wordStart - 1) === 46 || isLetterCode(text.charCodeAt(wordStart - 1)))) wordStart -= 1;
  const word = text.slice(wordStart, range.end - 1);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (abbreviations.has(lower)) return true;
  // "U.S." and "p.m." end many sentences too: only letters the language lists as abbreviations are joined.
  return /^\p{Ll}(?:\.\p{L})+$/u.test(word) && lower.split('.').every((part) => abbreviations.has(part));
}

/** "am 3. Oktober": a number of one to three digits and a point before a noun that ordinals precede. */
function endsInOrdinal(text: string, previous: Range, start: number, nouns: ReadonlySet<string>): boolean {
  const number = /(?:^|[^\p{L}\p{N}])\p{Nd}{1,3}\.$/u.exec(text.slice(Math.max(previous.start, previous.end - 5), previous.end));
  if (!number) return false;
  const word = /^\p{L}+/u.exec(text.slice(start, start + 20));
  return word !== null && nouns.has(word[0].toLowerCase());
}
