/**
 * The `basic` clause rules (German, French, Spanish, Russian; see ClauseRules in lexicon/types.ts):
 * fixed clauses, postpositions and the listed verb forms in a reporting frame. Prepositions and
 * adverbs are shared with English (prepositional.ts, adverb.ts).
 */
import { isQuoteMark } from '../document';
import type { ReportingVerb } from '../lexicon';
import { phraseAfter, subjectBefore } from '../source-phrase';
import type { Token } from '../text-units';
import type { CueContext, CueRule } from './context';
import { sourceOf } from './cue';
import { pickEntry } from './verb-group';

/** "es heißt", "on dit", "как известно": one of `clausalPhrases`, a fixed clause that credits nobody. */
export const fixedClauseCue: CueRule = (cx, i) => {
  const { tokens, endToken: sentenceEnd, sentence } = cx;
  const words = cx.index.clausalPhrases.find((phrase) => phrase.every((word, k) => i + k < sentenceEnd && tokens[i + k]!.lower === word));
  return words ? { first: i, end: i + words.length, form: 'clausal', reportsWords: true, sourceType: 'none', sentence } : undefined;
};

/** "dem Bericht zufolge": one of `postpositionalCues`, after its source. */
export const postpositionalCue: CueRule = (cx, i) => {
  if (!cx.words.postpositionalCues.has(cx.tokens[i]!.lower)) return undefined;
  const source = subjectBefore(cx.doc, i, cx.firstToken);
  return source ? { first: i, end: i + 1, form: 'preposition', reportsWords: true, ...sourceOf(cx, source), sentence: cx.sentence } : undefined;
};

/**
 * "Die Ministerin hat gesagt, dass …", "„…“, sagte er", "«…», a-t-il ajouté", "«…», — заявил министр":
 * a listed verb form in a reporting frame (basicFrame; a `speech` verb needs none). Its source is the
 * phrase after it when the verb follows a quotation or opens the clause, else the phrase before it.
 */
export const basicVerbCue: CueRule = (cx, i) => {
  const { doc, tokens, firstToken, endToken, sentence } = cx;
  const token = tokens[i]!;
  const entries = cx.index.verbs.get(token.lower);
  // Capitalised inside a sentence: a name, or (German) the noun made from the verb ("das Versprechen").
  if (!entries || (token.capital && i !== firstToken)) return undefined;
  const previous = i > firstToken ? tokens[i - 1] : undefined;
  // "la cuenta", "le dit": after an article the form is a noun or an adjective; so it is before a
  // postposition, which governs a noun ("Berichten zufolge").
  if (previous && cx.words.articles.has(previous.lower)) return undefined;
  if (i + 1 < endToken && cx.words.postpositionalCues.has(tokens[i + 1]!.lower)) return undefined;
  const entry = pickEntry(entries, tokens, i);
  if (!entry) return undefined;
  let end = i + 1;
  if (end < endToken && entry.particles?.includes(tokens[end]!.lower)) end += 1;
  else if (entry.particleRequired && !particleClosesClause(cx, entry, end)) return undefined;
  if (entry.frame !== 'speech' && !basicFrame(cx, entry, i, end)) return undefined;

  let start = i;
  while (start - 1 >= firstToken && isAuxiliaryOrAdverb(cx, tokens[start - 1]!)) start -= 1;
  // "a été évoqué", "wurde genannt": a passive of a verb with other senses names a topic, not a report.
  if (entry.frame === 'framed' && tokens.slice(start, i).some((word) => cx.words.beForms.has(word.lower))) return undefined;
  // "», a-t-il ajouté": the subject pronoun is glued to the auxiliary, so no span of its own can be given.
  const glued = tokens.slice(start, i).find((word) => /-(?:t-)?(?:il|elle|ils|elles|on)$/.test(word.lower));
  if (glued) return { first: i, end, form: 'verb', reportsWords: entry.frame !== 'belief', sourceType: glued.lower.endsWith('-on') ? 'vague' : 'named', sentence };
  const before = start > firstToken ? tokens[start - 1] : undefined;
  const inverted = !before || !before.word;
  const source = (inverted ? phraseAfter(doc, end, endToken) : undefined) ?? subjectBefore(doc, start, firstToken) ?? phraseAfter(doc, end, endToken);
  return { first: i, end, form: 'verb', reportsWords: entry.frame !== 'belief', ...sourceOf(cx, source), sentence };
};

/** An auxiliary, modal or listed adverb of the verb group ("hat … gesagt", "a-t-il ajouté"). */
function isAuxiliaryOrAdverb(cx: CueContext, token: Token): boolean {
  const { words } = cx;
  return token.word && (words.haveForms.has(token.lower) || words.beForms.has(token.lower) || words.modals.has(token.lower) || words.interveningAdverbs.has(token.lower));
}

/** A separated particle closing the clause: "teilte am Donnerstag mit, der Entwurf …". */
function particleClosesClause(cx: CueContext, entry: ReportingVerb, from: number): boolean {
  const { doc, tokens } = cx;
  let k = from;
  while (k < cx.endToken && tokens[k]!.word && doc.tokenQuote[k]! < 0) k += 1;
  return k > from && entry.particles!.includes(tokens[k - 1]!.lower);
}

/** Whether a word introduces reported content: "dass", "que", "qu'il", "что". */
function isComplementizer(cx: CueContext, token: Token | undefined): boolean {
  if (!token?.word) return false;
  return cx.words.complementizers.has(token.lower) || cx.lexicon.complementizers.some((word) => /['’]$/.test(word) && token.lower.startsWith(word));
}

/**
 * The reporting frame of a verb with other senses under `basic` rules: a complementizer, colon or
 * quotation after it (a few words on, past commas); a quotation before it; for a `framed` verb also
 * a comma right after it (German reported speech: "meinte, die Zahlen seien …").
 */
function basicFrame(cx: CueContext, entry: ReportingVerb, i: number, end: number): boolean {
  const { tokens, firstToken, endToken } = cx;
  let start = i;
  while (start - 1 >= firstToken && tokens[start - 1]!.word && isAuxiliaryOrAdverb(cx, tokens[start - 1]!)) start -= 1;
  const before = tokens[start - 1];
  if (start > firstToken && (isQuoteMark(before) || (before && !before.word && isQuoteMark(tokens[start - 2])))) return true;
  const next = end < endToken ? tokens[end] : undefined;
  if (!next) return false;
  if (next.text === ':' || isQuoteMark(next)) return true;
  if (entry.frame === 'framed' && next.text === ',') return true;
  for (let k = end; k < endToken && k < end + 8; k += 1) {
    const token = tokens[k]!;
    if (isComplementizer(cx, token)) return true;
    if (entry.frame === 'framed' && isQuoteMark(token)) return true;
    if (!token.word && token.text !== ',') return false;
  }
  return false;
}
