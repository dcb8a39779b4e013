/**
 * The `basic` clause rules (German, French, Spanish, Russian; see ClauseRules in lexicon/types.ts):
 * fixed clauses, postpositions and the listed verb forms in a reporting frame. Prepositions and
 * adverbs are shared with English (prepositional.ts, adverb.ts).
 */
import { isQuoteMark } from '../document';
import type { ReportingVerb } from '../lexicon';
import { phraseAfter, subjectBefore, type SourcePhrase } from '../source-phrase';
import type { Token } from '../text-units';
import type { CueContext, CueRule } from './context';
import { sourceOf, type Cue } from './cue';
import { gluedParts } from './incise-basic';
import { pickEntry } from './verb-group';

/**
 * "es heißt", "on dit", "как известно": one of `clausalPhrases`, a fixed clause that credits nobody,
 * unless it says where the words come from ("heißt es aus dem Ministerium", "heißt es darin"). After
 * quoted words ("„…“, hieß es") it goes on crediting the body the text named before.
 */
export const fixedClauseCue: CueRule = (cx, i) => {
  const { tokens, endToken: sentenceEnd, sentence } = cx;
  const words = cx.index.clausalPhrases.find((phrase) => phrase.every((word, k) => i + k < sentenceEnd && tokens[i + k]!.lower === word));
  if (!words || negated(cx, i)) return undefined;
  const cue = { first: i, end: i + words.length, form: 'clausal' as const, reportsWords: true, sentence };
  const origin = originAfter(cx, cue.end);
  if (origin) return { ...cue, ...sourceOf(cx, origin) };
  const previous = tokens[i - 1];
  const afterQuotation = i > cx.firstToken && (isQuoteMark(previous) || (previous?.text === ',' && isQuoteMark(tokens[i - 2])));
  return { ...cue, sourceType: 'none', ...(afterQuotation ? { sourceBefore: true } : {}) };
};

/** "aus der Direktion", "im Beitrag", "darin": where an impersonal report says its words come from, a few words on. */
function originAfter(cx: CueContext, from: number): SourcePhrase | undefined {
  const origins = cx.lexicon.reportOrigins;
  if (!origins) return undefined;
  for (let k = from; k < cx.endToken && k < from + 4; k += 1) {
    const token = cx.tokens[k]!;
    if (!token.word) return undefined;
    if (origins.adverbs.includes(token.lower)) return { first: k, end: k + 1 };
    if (origins.prepositions.includes(token.lower)) return phraseAfter(cx.doc, k + 1, cx.endToken);
  }
  return undefined;
}

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
  let start = i;
  while (start - 1 >= firstToken && isAuxiliaryOrAdverb(cx, tokens[start - 1]!)) start -= 1;
  // An auxiliary with a glued pronoun ("a-t-il") is an incise, itself a reporting frame.
  const gluedAt = tokens.slice(start, i).findIndex((word) => gluedParts(word.text, word.start, cx.lexicon.inciseSubjects ?? []));
  if (entry.frame !== 'speech' && gluedAt < 0 && !basicFrame(cx, entry, i, end)) return undefined;
  // "a été évoqué", "wurde genannt": a passive of a verb with other senses names a topic, not a report.
  if (entry.frame === 'framed' && tokens.slice(start, i).some((word) => cx.words.beForms.has(word.lower))) return undefined;
  const reportsWords = entry.frame !== 'belief';
  // "», a-t-il ajouté": the subject pronoun is glued to the auxiliary; the cue is the whole group.
  if (gluedAt >= 0) return gluedGroupCue(cx, start + gluedAt, end, reportsWords);
  const cue = { first: i, end, form: 'verb' as const, reportsWords, sentence };
  // "dont la mort a été annoncée par Laurent Fabius": a passive credits its agent, or nobody.
  const auxiliaryAfter = cx.lexicon.auxiliaryLast === true && end < endToken && cx.words.beForms.has(tokens[end]!.lower);
  if (auxiliaryAfter || tokens.slice(start, i).some((word) => cx.words.beForms.has(word.lower))) return { ...cue, form: 'passive', ...sourceOf(cx, agentAfter(cx, end)) };
  const before = start > firstToken ? tokens[start - 1] : undefined;
  if (negated(cx, start)) return undefined;
  // "Кудрин, которого цитирует ТАСС, заявил": where a channel reports a speaker, only the channel's cue counts.
  if (before?.text === ',' && reportSetOffBefore(cx, start - 1)) return undefined;
  // "se les reprocha": an impersonal verb credits nobody.
  if (cx.lexicon.proDrop?.impersonal.includes(before?.lower ?? '')) return { ...cue, sourceType: 'none' };
  const inverted = !before || !before.word;
  const after = sourceAfter(cx, end);
  const source = (inverted ? after : undefined) ?? subjectBefore(doc, start, firstToken) ?? after;
  // Any other verb has a subject, which the text wrote before when not here.
  return source ? { ...cue, ...sourceOf(cx, source) } : { ...cue, sourceType: 'named', sourceBefore: true };
};

/**
 * "a-t-il ajouté" (source "il"), "a-t-on appris de sources proches du dossier" (source the phrase
 * after "de": who "on" learned it from).
 */
function gluedGroupCue(cx: CueContext, auxiliary: number, end: number, reportsWords: boolean): Cue {
  const token = cx.tokens[auxiliary]!;
  const { pronoun } = gluedParts(token.text, token.start, cx.lexicon.inciseSubjects ?? [])!;
  const cue = { first: auxiliary, end, form: 'verb' as const, reportsWords, sentence: cx.sentence };
  let k = end;
  while (k < cx.endToken && cx.words.interveningAdverbs.has(cx.tokens[k]!.lower)) k += 1;
  const from = pronoun.lower === 'on' && k < cx.endToken && cx.words.innerPrepositions.has(cx.tokens[k]!.lower) ? phraseAfter(cx.doc, k + 1, cx.endToken) : undefined;
  if (from) return { ...cue, ...sourceOf(cx, from) };
  return { ...cue, sourceType: pronoun.lower === 'on' ? 'vague' : 'named', within: { source: pronoun } };
}

/**
 * The phrase after a verb that can be its inverted subject: past adverbs and time words ("a déclaré
 * jeudi le ministre", "sagte auch der Nationalrat") and an addressee before a determiner ("raconte à
 * l'AFP son avocat"); never a clause ("précisant que …") or a quotation.
 */
function sourceAfter(cx: CueContext, from: number): SourcePhrase | undefined {
  const { tokens, endToken, words } = cx;
  let k = from;
  while (k < endToken && words.interveningAdverbs.has(tokens[k]!.lower)) k += 1;
  if (k < endToken && words.phraseBreakers.has(tokens[k]!.lower) && !words.interveningAdverbs.has(tokens[k]!.lower)) {
    let d = k + 1;
    while (d < endToken && d <= k + 4 && tokens[d]!.word && !words.determiners.has(tokens[d]!.lower)) d += 1;
    if (d < endToken && d <= k + 4 && words.determiners.has(tokens[d]!.lower) && !isComplementizer(cx, tokens[k])) k = d;
  }
  const first = tokens[k];
  if (!first?.word || isComplementizer(cx, first) || words.phraseBreakers.has(first.lower)) return undefined;
  const phrase = phraseAfter(cx.doc, k, endToken);
  // Without articles nothing marks where the subject ends ("комментировали СМИ итоги саммита"): a
  // generic head ends it.
  if (phrase && cx.lexicon.articles.length === 0) {
    for (let h = phrase.first; h < phrase.end; h += 1) if (words.vagueHeads.has(tokens[h]!.lower)) return { first: phrase.first, end: h + 1 };
  }
  return phrase;
}

/**
 * "Кудрин, которого цитирует ТАСС, заявил", "Путин, как сообщало ТАСС, заявил": between a name and
 * the verb, a clause set off by commas that holds a report of its own.
 */
function reportSetOffBefore(cx: CueContext, comma: number): boolean {
  let report = false;
  for (let k = comma - 1; k > cx.firstToken && k >= comma - 8; k -= 1) {
    const token = cx.tokens[k]!;
    if (token.text === ',') return report && cx.tokens[k - 1]!.word && cx.tokens[k - 1]!.capital;
    if (!token.word) return false;
    if (cx.index.verbs.has(token.lower)) report = true;
  }
  return false;
}

/** A short phrase after the verb that ends the sentence: a capitalised name or a generic head first, then only words, brackets and dates. */
function postposedSubject(cx: CueContext, from: number): boolean {
  const first = cx.tokens[from];
  if (!first?.word || !(first.capital || cx.words.vagueHeads.has(first.lower) || cx.words.determiners.has(first.lower))) return false;
  for (let k = from; k < cx.endToken; k += 1) {
    const token = cx.tokens[k]!;
    if (k - from > 8 || isComplementizer(cx, token) || token.text === ',' || token.text === ':' || isQuoteMark(token)) return false;
  }
  return true;
}

/** "ничего не говорится", "n'a pas dit", "no dijo": a negated report reports nothing. */
function negated(cx: CueContext, first: number): boolean {
  for (let k = first - 1; k >= cx.firstToken && k >= first - 2; k -= 1) {
    const token = cx.tokens[k]!;
    if (!token.word) return false;
    if (cx.words.negations.has(token.lower) || cx.words.negations.has(token.lower.replace(/['’].*$/, ''))) return true;
  }
  return false;
}

/** The agent of a passive: the phrase after "par", "von", "por" within a few words of the verb. */
function agentAfter(cx: CueContext, from: number): SourcePhrase | undefined {
  const agents = cx.lexicon.agentPrepositions ?? [];
  for (let k = from; k < cx.endToken && k < from + 4; k += 1) {
    const token = cx.tokens[k]!;
    if (!token.word) return undefined;
    if (agents.includes(token.lower)) return phraseAfter(cx.doc, k + 1, cx.endToken);
  }
  return undefined;
}

/** An auxiliary, modal or listed adverb of the verb group ("hat … gesagt", "a-t-il ajouté"). */
function isAuxiliaryOrAdverb(cx: CueContext, token: Token): boolean {
  const { words } = cx;
  return token.word && (words.haveForms.has(token.lower) || words.beForms.has(token.lower) || words.modals.has(token.lower) || words.interveningAdverbs.has(token.lower));
}

/** A separated particle closing the clause: "teilte am Donnerstag mit, der Entwurf …". */
function particleClosesClause(cx: CueContext, entry: ReportingVerb, from: number): boolean {
  const { doc, tokens } = cx;
  let k = from;
  // Quoted words may stand inside the clause ("ruft zum «politischen Widerstand» … auf").
  while (k < cx.endToken && (tokens[k]!.word || doc.tokenQuote[k]! >= 0)) k += 1;
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
  // "…, пишет Die Tageszeitung (17.04).", "…, — заявил министр.": a postposed report after the
  // reported clause, its subject running to the sentence end.
  if (entry.frame === 'framed' && start > firstToken + 2 && (before?.text === ',' || before?.text === '—') && postposedSubject(cx, end)) return true;
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
