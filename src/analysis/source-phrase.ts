/**
 * Finds the phrase a cue credits (the subject before a reporting verb, the object after "according
 * to", the agent after "by") and says whether it identifies anyone: named, vague or none.
 */
import { isQuoteMark, type TextDocument } from './document';
import type { Token } from './text-units';
import type { SourceType, Span } from './types';

const MAX_PHRASE_WORDS = 12;
/** Prepositions that may stand inside a source phrase: "Rep. Mac Barber of Commerce", "attorneys for the mayor". */
const INNER_PREPOSITIONS = new Set(['of', 'for', 'in', 'at']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'night', 'morning', 'afternoon', 'evening', 'week', 'month', 'year', 'last', 'earlier',
  'later', 'recently', 'ago', 'weeks', 'months', 'years', 'days', 'some', 'in', 'on', 'this', 'turn',
]);

export interface SourcePhrase {
  first: number;
  /** One past the last token. */
  end: number;
}

const words = (doc: TextDocument) => doc.lexicon;

/** Looks like a lower-case verb form that ends a subject going backwards ("After the meeting ended the mayor said"). */
function looksLikeVerb(token: Token, doc: TextDocument): boolean {
  if (token.capital || !token.word) return false;
  return words(doc).finiteVerbs.includes(token.lower) || /(?:ed|ing)$/.test(token.lower) && token.lower.length > 4;
}

/**
 * The subject phrase that ends right before token `before` (exclusive), walking back over one
 * sentence: stops at punctuation, clause words and verbs; skips an appositive between commas
 * ("Robert Snodgrass, state GOP chairman, said").
 */
export function subjectBefore(doc: TextDocument, before: number, sentenceFirst: number): SourcePhrase | undefined {
  const { tokens } = doc;
  const breakers = new Set(doc.lexicon.phraseBreakers);
  let end = before;
  if (end - 1 >= sentenceFirst && tokens[end - 1]!.text === ',') {
    const apposition = skipApposition(doc, end - 1, sentenceFirst);
    if (apposition === undefined) return undefined;
    end = apposition;
  }
  let first = end;
  let count = 0;
  while (first - 1 >= sentenceFirst && count < MAX_PHRASE_WORDS) {
    const token = tokens[first - 1]!;
    if (!token.word) {
      // "Atlanta's" splits as a word; a lone apostrophe or hyphen inside a name is kept.
      if ((token.text === '.' || token.text === '-' || token.text === '&') && first - 2 >= sentenceFirst && tokens[first - 2]!.word) {
        first -= 1;
        continue;
      }
      break;
    }
    if (breakers.has(token.lower)) {
      if (token.lower === 'and' && first - 2 >= sentenceFirst && tokens[first - 2]!.capital && first < end && tokens[first]!.capital) {
        first -= 1;
        continue;
      }
      // A relative pronoun right before the verb: the source is its antecedent ("those who said").
      if (first === end && (token.lower === 'who' || token.lower === 'which' || token.lower === 'that')) {
        const antecedent = subjectBefore(doc, first - 1, sentenceFirst);
        return antecedent;
      }
      if (first === end && doc.lexicon.pronouns.includes(token.lower)) {
        return { first: first - 1, end };
      }
      break;
    }
    if (INNER_PREPOSITIONS.has(token.lower)) {
      if (first === end) break;
      first -= 1;
      continue;
    }
    if (looksLikeVerb(token, doc) && !(first - 2 >= sentenceFirst && doc.lexicon.determiners.includes(tokens[first - 2]!.lower))) break;
    first -= 1;
    count += 1;
  }
  while (first < end && (INNER_PREPOSITIONS.has(tokens[first]!.lower) || !tokens[first]!.word)) first += 1;
  while (end > first && TIME_WORDS.has(tokens[end - 1]!.lower) && end - 1 > first) end -= 1;
  return end > first ? { first, end } : undefined;
}

/** From the comma before a verb, skips back over ", ROLE," to the end of the name before it; undefined when there is none. */
function skipApposition(doc: TextDocument, comma: number, sentenceFirst: number): number | undefined {
  const { tokens } = doc;
  for (let i = comma - 1; i >= sentenceFirst && i >= comma - 12; i -= 1) {
    const token = tokens[i]!;
    if (token.text === ',') {
      return i > sentenceFirst && tokens[i - 1]!.word ? i : undefined;
    }
    if (!token.word && token.text !== '.' && token.text !== '-') return undefined;
  }
  return undefined;
}

/** The phrase starting at token `from`: up to punctuation, a clause word or a verb. */
export function phraseAfter(doc: TextDocument, from: number, sentenceEnd: number): SourcePhrase | undefined {
  const { tokens } = doc;
  const breakers = new Set(doc.lexicon.phraseBreakers);
  let end = from;
  let count = 0;
  while (end < sentenceEnd && count < MAX_PHRASE_WORDS) {
    const token = tokens[end]!;
    if (!token.word) {
      if ((token.text === '.' || token.text === '-' || token.text === '&') && end + 1 < sentenceEnd && tokens[end + 1]!.word && token.text !== '.' || (token.text === '.' && tokens[end - 1]?.text.length === 1)) {
        end += 1;
        continue;
      }
      break;
    }
    if (breakers.has(token.lower) && end > from) {
      const next = tokens[end + 1];
      const joinsNames = token.lower === 'and' && next?.word && !doc.lexicon.pronouns.includes(next.lower);
      if (!joinsNames) break;
    }
    if (end > from && looksLikeVerb(token, doc) && !INNER_PREPOSITIONS.has(tokens[end - 1]!.lower)) break;
    end += 1;
    count += 1;
  }
  while (end > from && (INNER_PREPOSITIONS.has(tokens[end - 1]!.lower) || TIME_WORDS.has(tokens[end - 1]!.lower) || !tokens[end - 1]!.word)) end -= 1;
  return end > from ? { first: from, end } : undefined;
}

export function phraseSpan(doc: TextDocument, phrase: SourcePhrase): Span {
  const start = doc.tokens[phrase.first]!.start;
  const end = doc.tokens[phrase.end - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The head word of a phrase: its last word before "of"/"for"/"in" or a relative clause. */
function headIndex(doc: TextDocument, phrase: SourcePhrase): number {
  for (let i = phrase.first; i < phrase.end; i += 1) {
    const lower = doc.tokens[i]!.lower;
    if (i > phrase.first && (INNER_PREPOSITIONS.has(lower) || lower === 'who' || lower === 'which' || lower === ',')) return i - 1;
  }
  let last = phrase.end - 1;
  while (last > phrase.first && !doc.tokens[last]!.word) last -= 1;
  return last;
}

/**
 * named / vague for a phrase, or 'pronoun' when it must be resolved to an earlier source.
 * Vague: a generic head (officials, sources, experts) or an indefinite determiner (a, some, many).
 */
export function classifyPhrase(doc: TextDocument, phrase: SourcePhrase): SourceType | 'pronoun' {
  const { tokens, lexicon } = doc;
  const head = tokens[headIndex(doc, phrase)]!;
  const first = tokens[phrase.first]!;
  if (phrase.end - phrase.first === 1 && lexicon.pronouns.includes(first.lower)) return 'pronoun';
  if (lexicon.vagueHeads.includes(head.lower)) {
    // "The Republicans" is the party; "Republicans who attended" is some of its members.
    if (head.capital && first.lower === 'the' && !['some', 'most', 'many'].includes(tokens[phrase.first + 1]?.lower ?? '')) return 'named';
    return 'vague';
  }
  if (lexicon.vagueDeterminers.includes(first.lower) || first.lower === 'almost') return 'vague';
  return 'named';
}

export const endsQuote = (token: Token | undefined): boolean => isQuoteMark(token);
