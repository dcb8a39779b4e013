/**
 * Classifies each quotation as scare, partial, direct or title (spec §1 and §5): who is credited with
 * the words, whether they form a clause, and what stands before them.
 */
import type { Cue } from './attributions';
import { isQuoteMark, sentenceAt, tokenAt, type TextDocument } from './document';
import type { Hedge } from './hedges';
import { inHeadlineCase } from './headline-case';
import type { QuotedSpan } from './quote-marks';
import { basicClause, basicName, inReportedMood, sameNameThroughout, subjectName } from './quote-classes-basic';
import { creditsWords, holds, relationsBySentence, type Relation } from './relations';
import type { Token } from './text-units';
import type { QuoteClass } from './types';

export interface ClassifiedQuote {
  quote: QuotedSpan;
  class: QuoteClass;
  /** The cue that credits it, when one does. */
  cue?: Cue;
  /** Why it is scare: a distancing word before it, or the same term scare-quoted before. */
  reason?: 'hedge' | 'repeated' | 'uncredited';
}

/** The longest quotation still read as a scare quote or a name. */
const MAX_TERM_WORDS = 5;

/**
 * Classes read off the relations: a quotation a relation's content holds is partial or direct; one
 * no content holds is scare, title, or direct speech nobody is named for. The neighbouring-sentence
 * look-up may grow a relation's content to hold the quotation it credits.
 */
export function classifyQuotes(doc: TextDocument, relations: readonly Relation[], hedges: readonly Hedge[]): ClassifiedQuote[] {
  const results: ClassifiedQuote[] = [];
  // Each scare-quoted term with the last paragraph it was scare-quoted in: a repeat counts from its own
  // or the paragraph before, as the extension's runs (one block of context on each side) see it too.
  const scareTerms = new Map<string, number>();
  const hedgeEnds = new Set(hedges.map((hedge) => hedge.end));
  const bySentence = relationsBySentence(relations);
  const reportEnds = new Set(relations.map(({ cue }) => cue.end));
  const basic = doc.lexicon.clauseRules === 'basic';
  const named = new Set<ClassifiedQuote>();

  for (const quote of doc.quotes) {
    const previousPart = quote.continues ? results.findLast((r) => r.quote.paragraph === quote.paragraph - 1 && r.quote.unclosed) : undefined;
    if (previousPart) {
      const clause = isClause(doc, quote, innerWords(doc, quote), sentenceAt(doc, quote.start), reportEnds);
      results.push({ ...previousPart, quote, class: clause && previousPart.class === 'partial' ? 'direct' : previousPart.class });
      continue;
    }
    const inner = innerWords(doc, quote);
    const term = inner.map((t) => t.lower).join(' ');
    if (quote.depth > 0) {
      results.push({ quote, class: inner.length <= 3 ? 'title' : 'direct' });
      continue;
    }
    const sentence = sentenceAt(doc, quote.start);
    const before = wordsBefore(doc, quote, sentence, 4);
    const cue = creditingRelation(doc, quote, sentence, bySentence, inner)?.cue;
    const clause = basic ? (isClause(doc, quote, inner, sentence, reportEnds) || basicClause(doc, quote, inner)) && !subjectName(doc, quote, inner) : isClause(doc, quote, inner, sentence, reportEnds);
    const short = inner.length <= MAX_TERM_WORDS && !clause;

    const opening = tokenAt(doc, quote.start);
    const hedged = hedgeEnds.has(opening) || hedgeEnds.has(opening - 1) || (before[0] !== undefined && doc.sets.scareCues.has(before[0].lower));
    const split = splitQuoteBefore(doc, quote, sentence, results);
    // A quoted word before a noun is read as its modifier in English only; elsewhere adjectives
    // follow the noun (French, Spanish) or the quotation is a noun itself (German capitals).
    const modifier = short && inner.length > 0 && doc.lexicon.clauseRules === 'english' ? modifiedNoun(doc, quote) : undefined;
    let result: ClassifiedQuote;
    if (split) {
      // Guide §5: every piece of an utterance split by its report ("“Hopefully,” he said, “…”") is
      // direct; pieces woven into the writer's sentence (They “operate …”, it was contended, “and …”) stay partial.
      const utterance = split.quote.start <= doc.sentences[sentenceAt(doc, split.quote.start)]!.start + 1;
      if (utterance) split.class = 'direct';
      result = { quote, class: split.class === 'partial' ? 'partial' : 'direct', ...(split.cue ? { cue: split.cue } : {}) };
    } else if (short && hedged) {
      result = { quote, class: 'scare', reason: 'hedge' };
    } else if (short && quote.paragraph - (scareTerms.get(term) ?? -Infinity) <= 1) {
      result = { quote, class: 'scare', reason: 'repeated' };
    } else if (short && (isProperName(inner) && !sentenceStartsAt(doc, quote) && !(cue && inHeadlineCase(doc, sentence)) || (namedBy(doc, before) && !objectOf(doc, cue, quote)) || isNickname(doc, quote, inner) || workTitle(doc, quote))) {
      result = { quote, class: 'title' };
    } else if (short && basic && basicName(doc, quote, inner)) {
      result = { quote, class: 'title' };
      named.add(result);
    } else if (cue) {
      result = { quote, class: clause ? 'direct' : 'partial', cue };
    } else if (basic && inReportedMood(doc, quote)) {
      result = { quote, class: clause ? 'direct' : 'partial' };
    } else if (short && modifier) {
      // A quoted modifier: “salami” tactics names a thing, a “neutralist” government doubts a label.
      result = { quote, class: looksAdjectival(inner[inner.length - 1]!) ? 'scare' : 'title', reason: 'uncredited' };
    } else if (short && looksLikeName(doc, quote, inner, before)) {
      result = { quote, class: 'title' };
    } else if (short) {
      result = { quote, class: 'scare', reason: 'uncredited' };
    } else {
      // Long words nobody is credited with: a quoted sentence is still someone's, a noun phrase names something.
      result = { quote, class: clause ? 'direct' : startsNounPhrase(doc, inner) ? 'title' : 'partial' };
    }
    if (result.class === 'scare') scareTerms.set(term, quote.paragraph);
    results.push(result);
  }
  return requotedWords(doc, directWhenAnyPartIs(mentionsWhenListed(doc, sameNameThroughout(results, named, (quote) => innerWords(doc, quote).map((t) => t.lower).join(' ')))));
}

/**
 * Words quoted again from a credited quotation are the speaker's, not the writer's distance: the
 * headline's ‘Mocking’ over the body's “was mocking …”, the “disgrace” of a later sentence after he
 * called her “a disgrace to the party”. Such a quotation is credited as the one it repeats. A
 * distancing word still makes its term scare; a name stays a name, except in a headline.
 */
function requotedWords(doc: TextDocument, results: ClassifiedQuote[]): ClassifiedQuote[] {
  const credited = results
    .filter((result) => result.cue && result.quote.depth === 0 && (result.class === 'partial' || result.class === 'direct'))
    .map((result) => ({ result, words: ` ${innerWords(doc, result.quote).map((t) => t.lower).join(' ')} ` }));
  if (credited.length === 0) return results;
  for (const result of results) {
    // In a headline every word is capitalised, so a capitalised quotation there is no name for that alone.
    const retaken = result.class === 'scare' ? result.reason !== 'hedge' : result.class === 'title' && inHeadlineCase(doc, sentenceAt(doc, result.quote.start));
    if (!retaken || result.quote.depth > 0) continue;
    const term = innerWords(doc, result.quote).map((t) => t.lower).join(' ');
    // Only from its own or a neighbouring paragraph: the extension analyses a page in runs with one block of context around each, and must find what the CLI finds.
    const near = ({ result: other }: (typeof credited)[number]) => Math.abs(other.quote.paragraph - result.quote.paragraph) <= 1;
    const repeated = term && credited.find((candidate) => near(candidate) && candidate.words.includes(` ${term} `));
    if (!repeated) continue;
    result.class = 'partial';
    result.cue = repeated.result.cue!;
    delete result.reason;
  }
  return results;
}

/**
 * Quoted terms listed together (“ayes” and “noes”; the words “matter” and “spirit”) are mentioned
 * as words, not each kept at a distance: when one of the list is a name or mention, or every one is
 * a single word that nobody is credited with, the uncredited ones are titles too. A distancing word
 * still makes its term scare.
 */
function mentionsWhenListed(doc: TextDocument, results: ClassifiedQuote[]): ClassifiedQuote[] {
  const topLevel = results.filter((result) => result.quote.depth === 0);
  let runStart = 0;
  for (let i = 1; i <= topLevel.length; i += 1) {
    const listed = i < topLevel.length && LIST_SEPARATOR.test(doc.text.slice(topLevel[i - 1]!.quote.end, topLevel[i]!.quote.start));
    if (listed) continue;
    const run = topLevel.slice(runStart, i);
    runStart = i;
    if (run.length < 2) continue;
    const uncredited = run.filter((result) => result.class === 'scare' && result.reason !== 'hedge');
    if (uncredited.length === 0) continue;
    const mentioned = run.some((result) => result.class === 'title');
    const singleWords = uncredited.length === run.length && run.every((result) => innerWords(doc, result.quote).length === 1);
    if (!mentioned && !singleWords) continue;
    for (const result of uncredited) {
      result.class = 'title';
      delete result.reason;
    }
  }
  return results;
}

/** What stands between listed quotations: “a”, “b” or “c”; “a” and “b”. */
const LIST_SEPARATOR = /^\s*,?\s*(?:(?:and|or|nor)\s+)?$/;

/** A quotation over several paragraphs is one utterance: direct if any of its paragraphs is. */
function directWhenAnyPartIs(results: ClassifiedQuote[]): ClassifiedQuote[] {
  for (let i = results.length - 1; i > 0; i -= 1) {
    const part = results[i]!;
    if (!part.quote.continues || part.class !== 'direct') continue;
    for (let k = i - 1; k >= 0; k -= 1) {
      const earlier = results[k]!;
      if (earlier.quote.depth > 0) continue;
      if (earlier.quote.paragraph < part.quote.paragraph - 1 || !earlier.quote.unclosed) break;
      earlier.class = 'direct';
      if (!earlier.quote.continues) break;
    }
  }
  return results;
}

/** The quotation before this one in the same sentence, when this one continues it: “…”, the jury said, “…”. */
function splitQuoteBefore(doc: TextDocument, quote: QuotedSpan, sentence: number, results: readonly ClassifiedQuote[]): ClassifiedQuote | undefined {
  if (!continuesSplitQuote(doc, quote, sentence)) return undefined;
  const previous = results.findLast((r) => r.quote.depth === quote.depth && r.quote.end <= quote.start);
  return previous && previous.quote.end >= doc.sentences[sentence]!.start ? previous : undefined;
}

/** The quotation stands before a noun it modifies: “salami” tactics, the “colonialist” powers. */
function modifiedNoun(doc: TextDocument, quote: QuotedSpan): Token | undefined {
  const next = doc.tokens[tokenAt(doc, quote.end)];
  if (!next?.word || next.start !== quote.end + 1) return undefined;
  if (doc.sets.phraseBreakers.has(next.lower) || doc.sets.determiners.has(next.lower) || FUNCTION_WORDS.has(next.lower)) return undefined;
  if (/(?:ing|ed|ly)$/.test(next.lower)) return undefined;
  return next;
}

const FUNCTION_WORDS = new Set(['of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'and', 'or', 'but', 'nor', 'not', 'as', 'than', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'since', 'until', 'who', 'which', 'that', 'whose', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me']);
const ADJECTIVE_ENDINGS = /(?:ist|ive|less|ous|al|ic|ful|able|ible|ish|ary|ant|ent)$/;
const looksAdjectival = (word: Token): boolean => ADJECTIVE_ENDINGS.test(word.lower) || ['new', 'old', 'free', 'true', 'real', 'good', 'best', 'great', 'big', 'fair', 'safe', 'pure', 'clean', 'open'].includes(word.lower);

function startsNounPhrase(doc: TextDocument, inner: readonly Token[]): boolean {
  const first = inner[0];
  return first !== undefined && (first.capital || doc.sets.articles.has(first.lower)) && !doc.sets.fragmentOpeners.has(first.lower);
}

/** "the film “Casablanca”", "the word “liberal”", "dubbed “Z”": a naming word right before the quotation. */
function namedBy(doc: TextDocument, before: readonly Token[]): boolean {
  const [nearest, second] = before;
  if (!nearest || !doc.sets.titleCues.has(nearest.lower)) return false;
  // The other lexicons list only naming words and participles ("Titel", "baptisé", "lema", "название").
  if (doc.lexicon.clauseRules === 'basic') return true;
  // "a series called “X”", "was called “X”" name it; "he called it “X”" reports someone's words.
  if (nearest.lower === 'called') return second !== undefined && !doc.sets.pronouns.has(second.lower) && !second.capital;
  return ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'as'].includes(second?.lower ?? '') || /(?:ed|as)$/.test(nearest.lower);
}

/** "Le Monde called the plan “…”": the naming noun is the object of the report that credits the words, not their name. */
function objectOf(doc: TextDocument, cue: Cue | undefined, quote: QuotedSpan): boolean {
  return cue !== undefined && cue.end < tokenAt(doc, quote.start) && tokenAt(doc, quote.start) - cue.end <= 2 && doc.tokens[cue.first]!.start < quote.start;
}

/** 『…』 is the Japanese mark for the title of a work: "the ministry's white paper, 『防衛白書』, is due". */
function workTitle(doc: TextDocument, quote: QuotedSpan): boolean {
  return doc.text[quote.start] === '『';
}

/** "“Skip” Hovarter", "William A. “Bill” Shea": capitalised quoted words standing before a surname. */
function isNickname(doc: TextDocument, quote: QuotedSpan, inner: readonly Token[]): boolean {
  if (inner.length === 0 || inner.length > 2 || !inner.every((t) => t.capital) || doc.lexicon.capitalisedNouns) return false;
  const next = doc.tokens[tokenAt(doc, quote.end)];
  return next !== undefined && next.word && next.capital && next.start === quote.end + 1 && !doc.sets.clauseSubjects.has(next.lower) && !doc.sets.phraseBreakers.has(next.lower);
}

/** Two or more capitalised words: "Greater Berlin", "Prairie National Park". */
function isProperName(inner: readonly Token[]): boolean {
  const significant = inner.filter((t) => t.lower.length > 3 || t.capital);
  return inner.length >= 2 && significant.length >= 2 && significant.every((t) => t.capital);
}

function innerWords(doc: TextDocument, quote: QuotedSpan): Token[] {
  const first = tokenAt(doc, quote.start + 1);
  const words: Token[] = [];
  for (let i = first; i < doc.tokens.length && doc.tokens[i]!.start < quote.end - (quote.unclosed ? 0 : 1); i += 1) {
    if (doc.tokens[i]!.word) words.push(doc.tokens[i]!);
  }
  return words;
}

/** Up to `count` word tokens before the opening mark within its sentence, nearest first. */
function wordsBefore(doc: TextDocument, quote: QuotedSpan, sentence: number, count: number): Token[] {
  const first = doc.sentences[sentence]!.firstToken;
  const words: Token[] = [];
  for (let i = tokenAt(doc, quote.start) - 1; i >= first && words.length < count; i -= 1) {
    const token = doc.tokens[i]!;
    if (token.word) words.push(token);
    else if (token.text !== ',' && !isQuoteMark(token)) break;
  }
  return words;
}

/**
 * The relation that credits the quoted words: one whose content holds them; failing that, one
 * reporting words in the neighbouring sentence of the same paragraph when the quotation stands at
 * its sentence's edge ("He told the council: … “…”"), whose content then grows to hold them.
 */
function creditingRelation(
  doc: TextDocument,
  quote: QuotedSpan,
  sentence: number,
  bySentence: ReadonlyMap<number, Relation[]>,
  inner: readonly Token[],
): Relation | undefined {
  const last = sentenceAt(doc, Math.max(quote.start, quote.end - 1));
  const holding: Relation[] = [];
  for (let k = sentence - 1; k <= last + 1; k += 1) for (const relation of bySentence.get(k) ?? []) if (holds(doc, relation, quote)) holding.push(relation);
  if (holding.length) return nearest(doc, holding, quote);
  const info = doc.sentences[sentence]!;
  const atStart = quote.start <= info.start + 1;
  const atEnd = quote.end >= doc.sentences[last]!.end - 2;
  if (!atStart && !atEnd && inner.length <= MAX_TERM_WORDS) return undefined;
  const outside = (cue: Cue) => doc.tokens[cue.first]!.start >= quote.end || doc.tokens[cue.end - 1]!.end <= quote.start;
  for (const neighbour of [sentence - 1, last + 1]) {
    const other = doc.sentences[neighbour];
    if (!other || other.paragraph !== info.paragraph) continue;
    const found = (bySentence.get(neighbour) ?? []).filter(({ cue }) => creditsWords(cue) && cue.reportsWords && outside(cue));
    if (found.length === 0) continue;
    const relation = nearest(doc, found, quote);
    const content = relation.content ?? quote;
    relation.content = { start: Math.min(content.start, quote.start), end: Math.max(content.end, quote.end) };
    return relation;
  }
  return undefined;
}

function nearest(doc: TextDocument, relations: readonly Relation[], quote: QuotedSpan): Relation {
  const distance = ({ cue }: Relation) => Math.abs(doc.tokens[cue.first]!.start - quote.start);
  return relations.reduce((best, relation) => (distance(relation) < distance(best) ? relation : best));
}

/**
 * Whether the quoted words form a clause that could stand alone (direct) rather than a fragment
 * woven into the writer's sentence (partial).
 */
function isClause(doc: TextDocument, quote: QuotedSpan, inner: readonly Token[], sentence: number, reportEnds: ReadonlySet<number>): boolean {
  const first = inner[0];
  if (!first) return false;
  if (continuesSplitQuote(doc, quote, sentence)) return true;
  const lastChar = doc.text[quote.end - 2] ?? '';
  const sentenceStart = quote.start <= doc.sentences[sentence]!.start + 1 || setOffAsUtterance(doc, quote, reportEnds);
  if (first.capital && sentenceStart) return inner.length > 1 || /[.!?,]/.test(lastChar) || followedByComma(doc, quote);
  // A complete utterance closes on its own ! or ?, verb or not ("chanted “What curfew?”").
  if (first.capital && /[!?]$/.test(doc.text.slice(quote.start, quote.end).replace(/[\s"'“”‘’„‚«»‹›「」『』]+$/u, ''))) return true;
  if (doc.sets.fragmentOpeners.has(first.lower)) return false;
  // A past form counts as the verb only right after a pronoun or a name: "we lost", not "the fraud ever perpetrated".
  const verb = inner.slice(1, 8).find((t, k) => doc.sets.finiteVerbs.has(t.lower) || t.lower === 'be' || (/ed$/.test(t.lower) && !t.capital && (doc.sets.pronouns.has(inner[k]!.lower) || inner[k]!.capital)));
  // "that … the airport be operated": a subjunctive clause is a fragment of the writer's sentence.
  if (!verb || verb.lower === 'be') return false;
  if (doc.sets.clauseSubjects.has(first.lower) && inner.length >= 3) return true;
  return first.capital && inner.length >= 4 && !inner.every((t) => t.capital);
}

/** The second half of a split quotation: “…”, the jury said, “considering …”. */
function continuesSplitQuote(doc: TextDocument, quote: QuotedSpan, sentence: number): boolean {
  const before = doc.text.slice(Math.max(doc.sentences[sentence]!.start, quote.start - 60), quote.start);
  // “ and « close German and Danish quotations, » French ones; Russian sets the comment off with dashes: «…», — сказал он, — «…».
  return /(?:[”"’'“»«]\s*,|,\s*[”"’'])[^,“”"«»]{1,45},\s*(?:[—–]\s*)?$/.test(before);
}

/** An utterance set off by a colon, or by a comma after its report ("boasted, “That …”", "told CBS, “We …”"). */
function setOffAsUtterance(doc: TextDocument, quote: QuotedSpan, reportEnds: ReadonlySet<number>): boolean {
  const comma = tokenAt(doc, quote.start) - 1;
  const previous = doc.tokens[comma];
  if (previous?.text === ':') return true;
  if (previous?.text !== ',') return false;
  // The report's verb with at most its addressee or a time between it and the comma.
  for (let k = comma; k >= comma - 3 && k >= 0; k -= 1) if (reportEnds.has(k)) return true;
  return false;
}

function followedByComma(doc: TextDocument, quote: QuotedSpan): boolean {
  return /^\s*,/.test(doc.text.slice(quote.end, quote.end + 3));
}

/** A name, title or word used as a word: capitalised words, or after "the word", "titled", "as a". */
function looksLikeName(doc: TextDocument, quote: QuotedSpan, inner: readonly Token[], before: readonly Token[]): boolean {
  const cues = doc.lexicon.titleCues;
  if (before.slice(0, 2).some((t) => cues.includes(t.lower))) return true;
  if (before[0]?.lower === 'as' || before[1]?.lower === 'as' && ['a', 'an', 'the'].includes(before[0]?.lower ?? '')) return true;
  if (doc.text[quote.start - 1] === '(') return true;
  if (/^\s*,\s*as\b[^,.;]{0,60}\b(?:is|are|was|were)\s+(?:called|known|termed|dubbed)\b/i.test(doc.text.slice(quote.end, quote.end + 90))) return true;
  const significant = inner.filter((t) => t.lower.length > 3 || t.capital);
  // A German noun is capitalised whatever it is, so one capitalised word names nothing.
  if (inner.length === 1 && doc.lexicon.capitalisedNouns) return false;
  return significant.length > 0 && significant.every((t) => t.capital) && !(inner.length === 1 && sentenceStartsAt(doc, quote));
}

function sentenceStartsAt(doc: TextDocument, quote: QuotedSpan): boolean {
  return doc.sentences[sentenceAt(doc, quote.start)]!.start === quote.start;
}
