/**
 * Finds the phrase a cue credits (the subject before a reporting verb, the object after "according
 * to", the agent after "by") and says whether it identifies anyone: named or vague.
 */
import type { TextDocument } from './document';
import type { Token } from './text-units';
import type { SourceType, Span } from './types';

const MAX_PHRASE_WORDS = 12;

export interface SourcePhrase {
  first: number;
  /** One past the last token. */
  end: number;
}

const isAdverb = (token: Token): boolean => token.word && !token.capital && token.lower.endsWith('ly') && token.lower.length > 4;

/** A lower-case verb form ends a subject read backwards ("After the meeting ended the mayor said"). */
function looksLikeVerb(doc: TextDocument, token: Token): boolean {
  if (token.capital || !token.word) return false;
  return doc.sets.finiteVerbs.has(token.lower) || (/(?:ed|ing)$/.test(token.lower) && token.lower.length > 4);
}

/** "Gov." "W." "U.S.": a full stop that belongs to the word before it. */
function isAbbreviationDot(doc: TextDocument, index: number): boolean {
  const previous = doc.tokens[index - 1];
  if (doc.tokens[index]?.text !== '.' || !previous?.word) return false;
  return (previous.text.length === 1 && previous.capital) || doc.sets.titleAbbreviations.has(previous.lower) || previous.text.includes('.');
}

/**
 * The subject phrase ending right before token `before`, read backwards within the sentence. Stops at
 * punctuation, clause words, verbs and adverbs; steps over an appositive between commas ("Robert
 * Snodgrass, state GOP chairman, said") and a parenthesis ("Sam Rayburn (D., Tex.) called").
 */
export function subjectBefore(doc: TextDocument, before: number, sentenceFirst: number): SourcePhrase | undefined {
  const { tokens } = doc;
  let end = skipTimeBefore(doc, before, sentenceFirst);
  const last = tokens[end - 1];
  if (!last || end - 1 < sentenceFirst) return undefined;
  if (last.text === ',' && end !== before) {
    // "Jones, last night, disagreed": the time expression was the aside.
    end -= 1;
  } else if (last.text === ',') {
    const nameEnd = skipApposition(doc, end - 1, sentenceFirst);
    if (nameEnd === undefined) return undefined;
    end = nameEnd;
  }
  const relative = tokens[end - 1];
  if (relative && doc.sets.relativePronouns.has(relative.lower) && end - 1 >= sentenceFirst) {
    // "those who said": the source is the antecedent; "Karns, who charged": skip the comma too.
    let antecedentEnd = end - 1;
    if (tokens[antecedentEnd - 1]?.text === ',') antecedentEnd -= 1;
    return collectBackwards(doc, antecedentEnd, sentenceFirst) ?? (relative.lower === 'that' ? undefined : { first: end - 1, end });
  }
  if (relative && doc.sets.pronouns.has(relative.lower)) return { first: end - 1, end };
  const phrase = collectBackwards(doc, end, sentenceFirst);
  return phrase && withAnonymityFormula(doc, phrase, sentenceFirst);
}

/**
 * "Sources close to the council said", "people familiar with the talks said": the anonymous-source
 * formula's head comes before it, and the body it names only places the sources.
 */
function withAnonymityFormula(doc: TextDocument, phrase: SourcePhrase, sentenceFirst: number): SourcePhrase {
  const link = doc.tokens[phrase.first - 1];
  const adjective = doc.tokens[phrase.first - 2];
  if (!link || !adjective || phrase.first - 2 <= sentenceFirst || !doc.sets.anonymityFormulas.has(`${adjective.lower} ${link.lower}`)) return phrase;
  const head = collectBackwards(doc, phrase.first - 2, sentenceFirst);
  return head ? { first: head.first, end: phrase.end } : phrase;
}

/** "Jones, last night, disagreed", "Pelham said Sunday": time expressions are not part of the source. */
function skipTimeBefore(doc: TextDocument, end: number, sentenceFirst: number): number {
  const { timeWords, weekdays } = doc.sets;
  let k = end;
  while (k - 1 > sentenceFirst && timeWords.has(doc.tokens[k - 1]!.lower) && !doc.tokens[k - 1]!.capital || (k - 1 > sentenceFirst && weekdays.has(doc.tokens[k - 1]!.lower))) k -= 1;
  if (k === end) return end;
  // Only a whole time expression is skipped: "last night", not the "night" of "opening night".
  const before = doc.tokens[k - 1];
  return before && (before.text === ',' || before.word) ? k : end;
}

function collectBackwards(doc: TextDocument, end: number, sentenceFirst: number): SourcePhrase | undefined {
  const { tokens } = doc;
  const breakers = doc.sets.phraseBreakers;
  let first = end;
  let words = 0;
  if (tokens[first - 1]?.text === ')') {
    const open = findBackwards(tokens, first - 1, sentenceFirst, '(', 10);
    if (open === undefined) return undefined;
    first = open;
  }
  while (first - 1 >= sentenceFirst && words < MAX_PHRASE_WORDS) {
    const token = tokens[first - 1]!;
    const inner = tokens[first];
    if (!token.word) {
      if (isAbbreviationDot(doc, first - 1) || ((token.text === '-' || token.text === '&') && tokens[first - 2]?.word)) {
        first -= 1;
        continue;
      }
      break;
    }
    if (breakers.has(token.lower)) {
      // "Fumio Kishida and US President Joe Biden": "and" between names.
      const joinsNames = token.lower === 'and' && inner?.capital && tokens[first - 2]?.capital;
      if (!joinsNames) break;
    } else if (doc.sets.innerPrepositions.has(token.lower)) {
      if (first === end) break;
    } else if (isAdverb(token) || looksLikeVerb(doc, token) && !doc.sets.articles.has(tokens[first - 2]?.lower ?? '')) {
      break;
    } else if (!token.capital && inner?.capital && inner.word && !doc.lexicon.capitalisedNouns && !doc.sets.determiners.has(token.lower) && !doc.sets.namePrefixes.has(token.lower)) {
      // A lower-case word before a name ends the phrase; often a run-in subhead ("Regrets attack Jones said").
      break;
    }
    first -= 1;
    words += 1;
    // An article opens the phrase unless "of"/"for" joins it to a head before ("the report of a committee").
    // So does a genitive or contracted article after a noun ("Sprecher der Union", "portavoz del Partido").
    const joined = doc.sets.innerPrepositions.has(token.lower) && tokens[first - 1]?.word === true && first - 1 >= sentenceFirst;
    if (doc.sets.articles.has(token.lower) && !joined && !doc.sets.innerPrepositions.has(tokens[first - 1]?.lower ?? '')) break;
  }
  const strayPreposition = (token: Token) => doc.sets.innerPrepositions.has(token.lower) && !doc.sets.articles.has(token.lower);
  while (first < end && (strayPreposition(tokens[first]!) || !tokens[first]!.word && tokens[first]!.text !== '(')) first += 1;
  return end > first ? { first, end } : undefined;
}

function findBackwards(tokens: readonly Token[], from: number, limit: number, text: string, reach: number): number | undefined {
  for (let k = from; k >= limit && k > from - reach; k -= 1) if (tokens[k]!.text === text) return k;
  return undefined;
}

/** From the comma before a verb, skips back over ", ROLE," to the end of the name before it. */
function skipApposition(doc: TextDocument, comma: number, sentenceFirst: number): number | undefined {
  const { tokens } = doc;
  for (let i = comma - 1; i >= sentenceFirst && i >= comma - 12; i -= 1) {
    const token = tokens[i]!;
    if (doc.tokenQuote[i]! >= 0) continue; // "His new book, entitled “Slums And Suburbs”, calls for"
    if (token.text === ',') return i > sentenceFirst && (tokens[i - 1]!.word || tokens[i - 1]!.text === ')' || isAbbreviationDot(doc, i - 1)) ? i : undefined;
    if (!token.word && !isAbbreviationDot(doc, i) && token.text !== '-') return undefined;
  }
  return undefined;
}

/** The phrase starting at token `from`: up to punctuation, a clause word or a verb. */
export function phraseAfter(doc: TextDocument, from: number, sentenceEnd: number): SourcePhrase | undefined {
  const { tokens } = doc;
  const breakers = doc.sets.phraseBreakers;
  let end = from;
  let words = 0;
  while (end < sentenceEnd && words < MAX_PHRASE_WORDS) {
    const token = tokens[end]!;
    const previous = tokens[end - 1];
    if (!token.word) {
      const joins = (token.text === '-' || token.text === '&') && tokens[end + 1]?.word;
      if (joins || (isAbbreviationDot(doc, end) && tokens[end + 1]?.capital)) {
        end += 1;
        continue;
      }
      break;
    }
    if (end > from) {
      if (token.lower === 'who' && relativeClauseEnd(doc, end, sentenceEnd) !== undefined) {
        end = relativeClauseEnd(doc, end, sentenceEnd)!;
        break;
      }
      const joinsNames = token.lower === 'and' && tokens[end + 1]?.word && !doc.sets.pronouns.has(tokens[end + 1]!.lower);
      if (breakers.has(token.lower) && !joinsNames) break;
      if (doc.sets.innerPrepositions.has(token.lower) && /^\d/.test(tokens[end + 1]?.text ?? '')) break; // "in 1959"
      if (looksLikeVerb(doc, token) && !doc.sets.articles.has(previous?.lower ?? '') && !doc.sets.innerPrepositions.has(previous?.lower ?? '')) break;
      if (doc.sets.timeWords.has(token.lower) && !tokens[end + 1]?.word) break;
    }
    end += 1;
    words += 1;
  }
  while (end > from && (doc.sets.innerPrepositions.has(tokens[end - 1]!.lower) || !tokens[end - 1]!.word && tokens[end - 1]!.text !== '.' && tokens[end - 1]!.text !== ')')) end -= 1;
  return end > from ? { first: from, end } : undefined;
}

/** "Republicans who attended": a short relative clause that ends the sentence or clause. */
function relativeClauseEnd(doc: TextDocument, who: number, sentenceEnd: number): number | undefined {
  for (let k = who + 1; k < sentenceEnd && k <= who + 4; k += 1) {
    if (!doc.tokens[k]!.word) return k > who + 1 ? k : undefined;
  }
  return undefined;
}

export function phraseSpan(doc: TextDocument, phrase: SourcePhrase): Span {
  const start = doc.tokens[phrase.first]!.start;
  const end = doc.tokens[phrase.end - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The head word of a phrase: its last word before "of"/"for"/"in", a relative clause or a parenthesis. */
function headIndex(doc: TextDocument, phrase: SourcePhrase): number {
  for (let i = phrase.first + 1; i < phrase.end; i += 1) {
    const lower = doc.tokens[i]!.lower;
    if (doc.sets.innerPrepositions.has(lower) || lower === 'who' || lower === 'which' || lower === ',' || lower === '(') return i - 1;
    if (doc.sets.anonymityFormulas.has(`${lower} ${doc.tokens[i + 1]?.lower ?? ''}`)) return i - 1;
  }
  let last = phrase.end - 1;
  while (last > phrase.first && !doc.tokens[last]!.word) last -= 1;
  return last;
}

export function isPronounPhrase(doc: TextDocument, phrase: SourcePhrase): boolean {
  return phrase.end - phrase.first === 1 && doc.sets.pronouns.has(doc.tokens[phrase.first]!.lower);
}

/**
 * Named or vague. Vague: a generic head (officials, sources, experts) or an indefinite determiner
 * (a, some, many). Pronouns are resolved by the caller.
 */
export function classifyPhrase(doc: TextDocument, phrase: SourcePhrase): SourceType {
  const { tokens } = doc;
  const head = tokens[headIndex(doc, phrase)]!;
  const first = tokens[phrase.first]!;
  if (doc.sets.vagueHeads.has(head.lower) || (doc.lexicon.compoundNouns && compoundHead(doc, head.lower))) {
    // "The Republicans" is the party; "Republicans who attended" are some of its members.
    return head.capital && first.lower === 'the' ? 'named' : 'vague';
  }
  // "A. Lawrence Burbank": a capital and a full stop is an initial, not the article.
  const initial = first.text.length === 1 && tokens[phrase.first + 1]?.text === '.';
  if ((doc.sets.vagueDeterminers.has(first.lower) && !initial) || first.lower === 'almost') return 'vague';
  // A bare plural ("Aid agencies said", "growers pledged") credits some members of a group.
  const determined = doc.sets.determiners.has(first.lower) || /['’]s$/.test(first.lower);
  if (doc.lexicon.clauseRules === 'english' && !determined && !head.capital && /[^su]s$/.test(head.lower)) return 'vague';
  return 'named';
}

/** "Regierungskreisen" ends in the vague head "kreisen": a compound is what its last part is. */
function compoundHead(doc: TextDocument, word: string): boolean {
  for (let cut = 3; cut < word.length - 3; cut += 1) if (doc.sets.vagueHeads.has(word.slice(cut))) return true;
  return false;
}
