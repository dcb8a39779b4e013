/**
 * Sources of verb cues that do not stand right before their verb: the agent of a passive ("by the
 * committee"), the subject after an inverted verb ("…”, said Ratcliff"), the subject of the sentence
 * a participle clause or a coordinated verb belongs to.
 */
import { isQuoteMark } from '../document';
import { phraseAfter, subjectBefore, type SourcePhrase } from '../source-phrase';
import type { Token } from '../text-units';
import type { CueContext } from './context';

/** The agent of a passive: "by X" within a few words, past a quotation ("described as “fair” by the committee"). */
export function byAgent(cx: CueContext, from: number): SourcePhrase | undefined {
  const { doc, tokens, endToken: sentenceEnd } = cx;
  let words = 0;
  for (let k = from; k < sentenceEnd && words < 3; k += 1) {
    if (doc.tokenQuote[k]! >= 0) continue;
    if (tokens[k]!.lower === 'by') return phraseAfter(doc, k + 1, sentenceEnd);
    if (!tokens[k]!.word && !isQuoteMark(tokens[k])) return undefined;
    if (tokens[k]!.word) words += 1;
  }
  return undefined;
}

/** "…”, said Ratcliff." / "…, reported this group": the source follows the verb. */
export function invertedSource(cx: CueContext, groupStart: number, end: number): SourcePhrase | undefined {
  const { doc, tokens, firstToken, endToken } = cx;
  const before = tokens[groupStart - 1];
  if (groupStart === firstToken || !before) return undefined;
  if (!isQuoteMark(before) && !(before.text === ',' && isQuoteMark(tokens[groupStart - 2]))) return undefined;
  const next = tokens[end];
  const { subjectPronouns, invertedPronouns, determiners } = cx.words;
  if (!next?.word || next.lower === 'that' || subjectPronouns.has(next.lower) && !invertedPronouns.has(next.lower)) return undefined;
  if (!next.capital && !determiners.has(next.lower) && !invertedPronouns.has(next.lower) && !roleBeforeName(cx, end)) return undefined;
  return phraseAfter(doc, end, endToken);
}

/** "said council leader Priya Raman", "said party spokeswoman Jane Doe": a lower-case role of one to three words before a name. */
function roleBeforeName(cx: CueContext, from: number): boolean {
  const { tokens, words, endToken } = cx;
  for (let k = from; k < endToken && k < from + 4; k += 1) {
    const token = tokens[k]!;
    if (!token.word) return false;
    if (token.capital) return k > from;
    if (words.phraseBreakers.has(token.lower) || words.prepositions.has(token.lower) || words.timeWords.has(token.lower) || words.finiteVerbs.has(token.lower)) return false;
  }
  return false;
}

/** "…”, Hughes said, pointing out …": a participle clause reports for the subject of its sentence. */
export function participleSubject(cx: CueContext, subjectEnd: number): SourcePhrase | undefined {
  const { doc, tokens, firstToken } = cx;
  const previous = tokens[subjectEnd - 1];
  if (previous?.text !== ',') return subjectBefore(doc, subjectEnd, firstToken);
  for (let k = subjectEnd - 2; k >= firstToken; k -= 1) {
    const verb = tokens[k]!;
    if (verb.word && !verb.capital && cx.index.verbs.has(verb.lower) && doc.tokenQuote[k]! < 0) {
      return invertedSource(cx, k, k + 1) ?? subjectBefore(doc, k, firstToken);
    }
  }
  return undefined;
}

/** "Khrushchev pulled out his pockets and said": the subject of the first verb. */
export function coordinatedSubject(cx: CueContext, subjectEnd: number): SourcePhrase | undefined {
  const { tokens, firstToken } = cx;
  const previous = tokens[subjectEnd - 1];
  if (previous?.lower !== 'and' && previous?.lower !== 'but') return undefined;
  const first = tokens[firstToken];
  if (!first?.word || !(first.capital || cx.words.determiners.has(first.lower))) return undefined;
  const phrase = phraseAfter(cx.doc, firstToken, subjectEnd);
  return phrase && phrase.end < subjectEnd - 1 ? phrase : undefined;
}

/** "Noting that …, Mr. Hawksley said", "While emphasizing that …, Pelham said": the subject follows the clause. */
export function openingClauseSubject(cx: CueContext, token: Token, subjectEnd: number, end: number): SourcePhrase | undefined {
  const { tokens, firstToken, endToken } = cx;
  if (!token.lower.endsWith('ing')) return undefined;
  const opener = tokens[subjectEnd - 1];
  if (subjectEnd !== firstToken && !(subjectEnd - 1 === firstToken && cx.words.participleOpeners.has(opener?.lower ?? ''))) return undefined;
  for (let k = end; k < endToken; k += 1) {
    if (tokens[k]!.text === ',') return phraseAfter(cx.doc, k + 1, endToken);
  }
  return undefined;
}

/**
 * Someone who can propose: a personal pronoun, a name ("President Kennedy"), or a short phrase with
 * an article ("the governor", "a Houston teacher"); not "Their plan for rotation of leaders".
 */
export function namesSomeone(cx: CueContext, phrase: SourcePhrase): boolean {
  const sets = cx.words;
  const words = cx.tokens.slice(phrase.first, phrase.end).filter((token) => token.word);
  if (words.length === 1 && sets.personalPronouns.has(words[0]!.lower)) return true;
  if (words.length <= 4 && sets.articles.has(words[0]!.lower)) return true;
  return words.some((token) => token.capital && !sets.determiners.has(token.lower) && !sets.vagueDeterminers.has(token.lower) && !sets.clauseSubjects.has(token.lower));
}
