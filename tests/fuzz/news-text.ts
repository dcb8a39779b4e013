/**
 * Generators and checks shared by the property tests (tests/unit/analysis-properties.test.ts) and the
 * long fuzz run (tests/fuzz/): arbitrary unicode, and news-like text mixing words the rules react to
 * with quotation marks of every kind, apostrophes, newlines, blank lines, emoji, ZWJ sequences,
 * combining marks and right-to-left text.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Finding } from '../../src/analysis';

/** Words the rules react to (cues, hedges, sources, title cues, determiners) and ordinary filler. */
const WORDS = [
  // reporting verbs and cues
  'said', 'says', 'told', 'reported', 'claimed', 'stated', 'announced', 'added', 'denied', 'confirmed', 'alleged',
  'argued', 'warned', 'insisted', 'noted', 'wrote', 'asked', 'urged', 'declared', 'admitted', 'called', 'termed',
  'believe', 'expected', 'is quoted as saying', 'was told', 'has said', 'according to', 'citing', 'quoting', 'per',
  'reportedly', 'allegedly', 'purportedly', 'it is believed that', "it's known that", 'it was learned', 'pointed out',
  'in the words of', 'as reported by', 'asked for', 'all told', 'the said', 'did not elaborate', 'protests of',
  // hedges
  'so-called', 'supposed', 'supposedly', 'self-styled', 'self-proclaimed', 'would-be', 'what they call',
  'what is termed', 'purported',
  // sources
  'Kyodo news agency', 'Mayor Hartsfield', 'the jury', 'officials', 'a government source', 'diplomatic sources',
  'media', 'experts', 'some', 'he', 'she', 'they', 'it', 'Mr.', 'Sen.', 'Jones', 'Smith', 'the mayor', 'Washington',
  'Robert Snodgrass, state GOP chairman,', 'a spokesman', 'critics', 'observers', 'many',
  // title cues and function words
  'the word', 'the film', 'Operation', 'entitled', 'nicknamed', 'the', 'a', 'an', 'of', 'and', 'but', 'that', 'which',
  'who', 'to', 'in', 'on', 'by', 'as', 'was', 'is', 'were', 'had', 'been', 'not', 'only',
  // filler
  'invasion', 'plan', 'budget', 'election', 'reform', 'experts', 'tax', 'city', 'council', 'vote', 'Monday',
  'Tuesday', 'Ukraine', 'Russia', 'Japan', 'campaign', 'carcass', 'Eisenhower', 'Republicanism', 'peace process',
  'breakthrough', 'money', 'truth', 'U.S.', 'Jr.', 'p.m.', '1961', '$5,000', '15 per cent', 'A.', 'W.',
  // apostrophes
  "don't", 'don’t', "rock 'n' roll", 'rock ’n’ roll', "the '90s", 'the ’62 season', "Jones' car", 'Jones’ car',
  "the Smiths' house", "it's", 'it’s', "O'Brien", "more' pro' letters than' con'", "countin'",
];

/** Every mark of the spec, both halves, plus stray halves and look-alikes. */
const MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '`', '´', '″', '′', '〝', '〞'];
const PAIRS: Array<[string, string]> = [
  ['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['« ', ' »'], ['»', '«'], ['„', '“'], ['‚', '‘'],
  ['‹', '›'], ['「', '」'], ['『', '』'],
];
const PUNCTUATION = ['.', ',', ';', ':', '?', '!', '—', '–', '-', '(', ')', '...', '…', '??', ';;', '/', '&', '%'];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', '\u3000'];
const BREAKS = ['\n', '\n\n', '\n \n', '\r\n', '\r\n\r\n', '\n\n\n', '\u2028', '\u2029'];
/** Emoji (surrogate pairs), ZWJ sequences, flags, keycaps, skin tones, variation selectors. */
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇯🇵', '1️⃣', '❤️', '\u200d', '\ufe0f', '🧑‍⚖️'];
/** Combining marks, decomposed accents, Zalgo-ish stacks. */
const COMBINING = ['e\u0301', 'n\u0303o', 'a\u0308\u0304', '\u0301', 'Z\u0351\u0322\u0353a\u0346l\u0310g\u0314o', 'ǅ', 'ﬁ'];
/** Right-to-left text, bidi controls, other scripts. */
const RTL = ['قال المتحدث', 'الرئيس', 'אמר הדובר', '\u200f', '\u200e', '\u202b', '\u202c', '\u2067', '\u2069', 'Москва', 'Κυριακή', '東京', 'नमस्ते'];

const pick = (items: readonly string[]) => fc.constantFrom(...items);

/** Any UTF-16 code units, lone surrogates included. */
export const codeUnits = (maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((units) => String.fromCharCode(...units));

/** Any string: arbitrary code units, full unicode, graphemes, or a mixture. */
export const anyString = (maxLength = 200) =>
  fc.oneof(
    codeUnits(maxLength),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.constantFrom(...MARKS, ...SPACES, ...BREAKS, 'a', 'b', 's', 'n', '9', '.'), maxLength }),
  );

/** One piece of news-like text. */
const piece = fc.oneof(
  { weight: 12, arbitrary: pick(WORDS) },
  { weight: 5, arbitrary: pick(SPACES) },
  { weight: 4, arbitrary: pick(MARKS) },
  { weight: 3, arbitrary: pick(PUNCTUATION) },
  { weight: 2, arbitrary: pick(BREAKS) },
  { weight: 1, arbitrary: pick(EMOJI) },
  { weight: 1, arbitrary: pick(COMBINING) },
  { weight: 1, arbitrary: pick(RTL) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** A run of pieces joined by spaces, sometimes wrapped in a matched pair of marks. */
const phrase: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.option(fc.constantFrom(...PAIRS), { freq: 3 }), fc.constantFrom('', ',', '.'))
  .map(([pieces, pair, comma]) => {
    const body = pieces.join(' ');
    return pair ? `${pair[0]}${body}${comma}${pair[1]}` : body;
  });

/** A sentence-ish line, with nested quotations now and then. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(phrase, { minLength: 1, maxLength: 5 }), fc.constantFrom('.', '?', '!', '', '”.', '.”', '"'), fc.option(fc.constantFrom(...PAIRS), { freq: 6 }))
  .map(([phrases, end, pair]) => {
    const body = phrases.join(' ') + end;
    return pair ? `${pair[0]}${body}${pair[1]}` : body;
  });

/** News-like text: sentences in paragraphs, paragraphs separated by line breaks of every sort. */
export const newsText = (maxParagraphs = 6): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 5 }), pick(BREAKS)), { minLength: 1, maxLength: maxParagraphs })
    .map((paragraphs) => paragraphs.map(([sentences, brk]) => sentences.join(' ') + brk).join(''));

/** Both kinds of input. */
export const anyInput = fc.oneof({ weight: 1, arbitrary: anyString() }, { weight: 3, arbitrary: newsText() });

/** Real news paragraphs (Brown ca06/ca12/ca14/cb14 sentences and the seed article) for big inputs. */
export const NEWS_PARAGRAPHS = [
  'Hughes said Monday, “It is the apparent intention of the Republican Party to campaign on the carcass of what they call Eisenhower Republicanism, but the heart stopped beating and the lifeblood congealed after Eisenhower retired”. Sunday he had added, “We can love Eisenhower the man”.',
  'Mitchell said the statement should become a major issue in the primary and the fall campaign. “How can a man with any degree of common decency charge this”?? He asked.',
  '“Nae, man”, said Willie, “ye must be countin\' the echoes”. “We\'re getting more\' pro\' letters than\' con\' on horse race betting”, said Ratcliff.',
  'Nixon received but 21 per cent of the so-called “Polish” vote;; 30 per cent of the “Irish” vote, and 18 per cent of the “Negro” vote.',
  'Japanese Kyodo news agency reports that US officials have urged Japanese officials to consider introducing sanctions on Russia over an alleged "invasion" of Ukraine.',
  'In its turn, Japan has reportedly shelved its response to the US request, cautious of possible implications for bilateral relations with Russia, in which Tokyo is "seeking a breakthrough," according to Kyodo.',
  "Comment: Which is a load of hot air because it's known that there's no threat of 'Russian aggression' in Ukraine.",
  'He said the GOP is “campaigning on the carcass of Eisenhower Republicanism.',
  '“The first thing we did was close the plant,” Smith said.\n\n“Then we called the union. Nobody answered for a week.\n\n“After that we sold the trucks,” he said.',
  'Le maire a qualifié le projet de «téméraire» mardi. Der Bürgermeister nannte den Plan „leichtsinnig“. 市長は計画を「無謀」と呼んだ。',
  'The estate includes the said property. All told, 40 persons were arrested. He asked for a loan. He did not elaborate. It is believed that the talks will resume. 👨‍👩‍👧‍👦 قال المتحدث «لا».',
];

/** About `size` UTF-16 units of news text built from the real paragraphs, with blank lines between. */
export function bigNewsText(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < size; k += 1) {
    const paragraph = NEWS_PARAGRAPHS[k % NEWS_PARAGRAPHS.length]!;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;

/**
 * The invariants that hold for every input: offsets valid, text equals its slice, sorted, quotations
 * nest or stay apart, no quotation crosses a blank line, sources are slices too.
 */
export function checkInvariants(input: string, findings: readonly Finding[]): void {
  let previous: Finding | undefined;
  for (const f of findings) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= input.length)) {
      throw new Error(`bad offsets ${f.start}..${f.end} (length ${input.length})`);
    }
    if (f.text !== input.slice(f.start, f.end)) throw new Error(`text ${JSON.stringify(f.text)} is not the slice ${f.start}..${f.end}`);
    if (previous && (previous.start > f.start || (previous.start === f.start && previous.end < f.end))) {
      throw new Error(`not sorted: ${previous.start}..${previous.end} before ${f.start}..${f.end}`);
    }
    if (f.kind === 'attribution' && f.source) {
      const s = f.source;
      if (!(s.start >= 0 && s.start < s.end && s.end <= input.length) || s.text !== input.slice(s.start, s.end)) {
        throw new Error(`bad source ${JSON.stringify(s)}`);
      }
    }
    if (f.kind === 'quote' && BLANK_LINE.test(f.text)) throw new Error(`quotation crosses a blank line: ${JSON.stringify(f.text)}`);
    if (typeof f.explanation !== 'string' || f.explanation.trim() === '') throw new Error('empty explanation');
    if (!(f.sentence.start <= f.start && f.start < Math.max(f.sentence.end, f.start + 1))) throw new Error('sentence does not hold the finding');
    previous = f;
  }
  const quotes = findings.filter((f) => f.kind === 'quote');
  for (let i = 0; i < quotes.length; i += 1) {
    for (let k = i + 1; k < quotes.length && quotes[k]!.start < quotes[i]!.end; k += 1) {
      // Sorted by start, so quotes[k] starts inside quotes[i]: it must end inside it too.
      if (quotes[k]!.end > quotes[i]!.end) {
        throw new Error(`quotations overlap: ${JSON.stringify(quotes[i]!.text)} and ${JSON.stringify(quotes[k]!.text)}`);
      }
    }
  }
}

/** `checkInvariants` as a vitest assertion, with the input in the message. */
export function expectInvariants(input: string, findings: readonly Finding[]): void {
  expect(() => checkInvariants(input, findings), JSON.stringify(input)).not.toThrow();
}
