/**
 * Attribution cues: reporting verbs in every tense and voice, prepositional cues ("according to"),
 * clausal cues ("it is believed that"), reporting nouns ("his estimate that") and attributing adverbs
 * ("reportedly"), each with the phrase it credits.
 */
import { cueIndexFor, sentenceContext, type CueContext } from './cues/context';
import { sourceOf, type Cue } from './cues/cue';
import { inReportingFrame, passiveFrame, proposalFollows, quotationNext, strongFrame } from './cues/frames';
import { byAgent, coordinatedSubject, invertedSource, namesSomeone, openingClauseSubject, participleSubject } from './cues/subjects';
import { isAdverb, isAdverbOrAuxiliary, isFinite, isParticiple, looksLikeSubjectBefore, pickEntry, verbGroup } from './cues/verb-group';
import { isQuoteMark, type TextDocument } from './document';
import type { ReportingVerb } from './lexicon';
import { isPronounPhrase, phraseAfter, phraseSpan, subjectBefore } from './source-phrase';
import { tokenize, type Token } from './text-units';
import type { Span } from './types';

export type { Cue, CueForm } from './cues/cue';

export function findCues(doc: TextDocument): Cue[] {
  const index = cueIndexFor(doc.lexicon);
  const cues: Cue[] = [];
  const headlines = new Set<Cue>();
  doc.sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.firstToken === sentence.endToken) return;
    const cx = sentenceContext(doc, index, sentenceIndex);
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      const token = doc.tokens[i]!;
      if (!token.word || !index.triggers.has(token.lower) || doc.tokenQuote[i]! >= 0) continue;
      const found = doc.lexicon.clauseRules === 'basic' ? basicCue(cx, i) :
        prepositionalCue(cx, i) ??
        adverbCue(cx, i) ??
        clausalCue(cx, i) ??
        expressionCue(cx, i) ??
        statementCue(cx, i) ??
        stanceCue(cx, i) ??
        invertedCue(cx, i) ??
        verbCue(cx, i) ??
        describingCue(cx, i) ??
        nounCue(cx, i);
      const headline = found || doc.lexicon.clauseRules === 'basic' ? undefined : headlineCue(cx, i);
      if (headline) {
        headlines.add(headline.cue);
        cues.push(headline.cue);
        // The subhead's other words ("Denies charges") are its topic, not cues of their own.
        i = headline.body - 1;
        continue;
      }
      const cue = found;
      if (!cue) continue;
      cues.push(cue);
      // Words of a source that follows its cue ("according to Western estimates") are not cues.
      i = Math.max(cue.end, cue.source && cue.source.first >= cue.end ? cue.source.end : 0) - 1;
    }
  });
  resolvePronouns(doc, cues);
  creditHeadlines(doc, cues, headlines);
  return dropNestedBeliefs(doc, cues);
}

/**
 * "Calls proposal modest He said his plan …": a run-in subhead, glued to the body as plain text
 * keeps it — a capitalised third-person verb, one to four lower-case words, then the body's first
 * word (a capitalised pronoun, article or preposition) or its opening quotation mark. Ordinary
 * sentences do not open on a bare "Calls" or "Asks", so the shape alone tells a subhead.
 */
function headlineCue(cx: CueContext, i: number): { cue: Cue; body: number } | undefined {
  const { doc, tokens, words: sets, firstToken, endToken, sentence } = cx;
  const token = tokens[i]!;
  const entry = i === firstToken && token.capital ? pickEntry(cx.index.verbs.get(token.lower) ?? [], tokens, i) : undefined;
  if (!entry || (entry.forms[0] !== token.lower && (entry.forms[1] !== token.lower || !token.lower.endsWith('s')))) return undefined;
  let end = i + 1;
  if (entry.particles?.includes(tokens[end]?.lower ?? '')) end += 1;
  let k = end;
  while (k < endToken && k < end + 4 && tokens[k]!.word && !tokens[k]!.capital) k += 1;
  const body = tokens[k];
  if (k === end || k >= endToken || !body) return undefined;
  const opensBody = body.word
    ? body.capital && (sets.clauseSubjects.has(body.lower) || sets.phraseBreakers.has(body.lower) || sets.vagueDeterminers.has(body.lower))
    : isQuoteMark(body) && doc.tokenQuote[k]! >= 0 && doc.quotes[doc.tokenQuote[k]!]!.start === body.start;
  if (!opensBody) return undefined;
  return { cue: { first: i, end, form: 'verb', reportsWords: entry.frame !== 'belief', sourceType: 'none', sentence }, body: k };
}

/** A subhead speaks for whoever the body credits next: the first cue with a source in its paragraph, within two sentences. */
function creditHeadlines(doc: TextDocument, cues: Cue[], headlines: ReadonlySet<Cue>): void {
  cues.forEach((cue, k) => {
    if (!headlines.has(cue)) return;
    const paragraph = doc.sentences[cue.sentence]!.paragraph;
    const next = cues.slice(k + 1).find((other) => other.source && !headlines.has(other));
    if (!next || next.sentence > cue.sentence + 2 || doc.sentences[next.sentence]!.paragraph !== paragraph) return;
    cue.source = next.source;
    cue.sourceType = next.sourceType;
  });
}

/** The cues of `basic` clause rules (see ClauseRules). */
function basicCue(cx: CueContext, i: number): Cue | undefined {
  return (
    clausalPhraseCue(cx, i) ??
    prepositionalCue(cx, i) ??
    postpositionalCue(cx, i) ??
    adverbCue(cx, i) ??
    basicVerbCue(cx, i)
  );
}

/** "es heißt", "on dit", "как известно": a fixed clause that credits nobody. */
function clausalPhraseCue(cx: CueContext, i: number): Cue | undefined {
  const { tokens, endToken: sentenceEnd, sentence } = cx;
  const words = cx.index.clausalPhrases.find((phrase) => phrase.every((word, k) => i + k < sentenceEnd && tokens[i + k]!.lower === word));
  return words ? { first: i, end: i + words.length, form: 'clausal', reportsWords: true, sourceType: 'none', sentence } : undefined;
}

/** "dem Bericht zufolge": the source stands before the cue. */
function postpositionalCue(cx: CueContext, i: number): Cue | undefined {
  if (!cx.words.postpositionalCues.has(cx.tokens[i]!.lower)) return undefined;
  const source = subjectBefore(cx.doc, i, cx.firstToken);
  return source ? { first: i, end: i + 1, form: 'preposition', reportsWords: true, ...sourceOf(cx, source), sentence: cx.sentence } : undefined;
}

/**
 * A listed verb form in a reporting frame. Its source is the phrase after it when the verb follows a
 * quotation or opens the clause ("„…“, sagte er", "«…», — заявил министр"), else the phrase before it.
 */
function basicVerbCue(cx: CueContext, i: number): Cue | undefined {
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
}

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

function prepositionalCue(cx: CueContext, i: number): Cue | undefined {
  const { doc, tokens, endToken: sentenceEnd, sentence } = cx;
  for (const words of cx.index.prepositions) {
    if (!words.every((word, k) => tokens[i + k]?.lower === word && i + k < sentenceEnd)) continue;
    const after = i + words.length;
    if (words.length === 1 && cx.words.ratePrepositions.has(words[0]!) && !perIntroducesSource(cx, tokens[after], tokens[after + 1])) continue;
    const source = phraseAfter(doc, after, sentenceEnd);
    if (!source && !cx.words.sourcelessPrepositions.has(words[0]!)) continue;
    return { first: i, end: after, form: 'preposition', reportsWords: true, ...sourceOf(cx, source), sentence };
  }
  return undefined;
}

/** "per the agency", not "per cent", "per day" or "$5 per share". */
function perIntroducesSource(cx: CueContext, next: Token | undefined, afterNext: Token | undefined): boolean {
  if (!next?.word) return false;
  if (next.lower === 'the') return afterNext?.word === true && !cx.words.rateUnits.has(afterNext.lower);
  return next.capital && !cx.words.rateLatin.has(next.lower);
}

function adverbCue(cx: CueContext, i: number): Cue | undefined {
  if (!cx.words.attributingAdverbs.has(cx.tokens[i]!.lower)) return undefined;
  return { first: i, end: i + 1, form: 'adverb', reportsWords: false, sourceType: 'none', sentence: cx.sentence };
}

/** "it is (widely) believed (that)", "it's known that", "it was learned". */
function clausalCue(cx: CueContext, i: number): Cue | undefined {
  const { tokens, words, sentence } = cx;
  const subject = tokens[i]!.lower;
  if (!words.clausalSubjects.has(subject) && !words.clausalContractions.has(subject)) return undefined;
  let k = i + 1;
  if (words.clausalSubjects.has(subject)) {
    while (k < i + 4 && tokens[k] && (words.modals.has(tokens[k]!.lower) || words.haveForms.has(tokens[k]!.lower))) k += 1;
    if (!tokens[k] || !words.beForms.has(tokens[k]!.lower)) return undefined;
    k += 1;
  }
  while (tokens[k] && isAdverb(cx, tokens[k]!) && k < i + 6) k += 1;
  const participle = tokens[k];
  if (!participle || !words.clausalParticiples.has(participle.lower)) return undefined;
  let end = k + 1;
  if (tokens[end]?.lower === 'to') return undefined; // "it is expected to rain": "it" is a thing
  const agent = byAgent(cx, end);
  if (agent) end = agent.end;
  if (tokens[end]?.lower === 'that') end += 1;
  const reportsWords = cx.words.speechParticiples.has(participle.lower);
  // "It was alleged by the prosecution that": the cue is "It was alleged", the agent its source.
  if (agent) return { first: i, end: k + 1, form: 'clausal', reportsWords, ...sourceOf(cx, agent), sentence };
  return { first: i, end, form: 'clausal', reportsWords, sourceType: 'none', sentence };
}

function verbCue(cx: CueContext, i: number): Cue | undefined {
  const { doc, tokens, words, firstToken, sentence } = cx;
  const token = tokens[i]!;
  const entries = cx.index.verbs.get(token.lower) ?? (words.clausalParticiples.has(token.lower) ? PASSIVE_ONLY : undefined);
  // A capitalised form is a name or a run-in subhead ("Bellows made the request", "Comment:"),
  // except an opening participle clause ("Noting that …, Mr. Hawksley said"; "Asked to elaborate, …").
  const opening = i === firstToken && (token.lower.endsWith('ing') || (cx.words.openingPassives.has(token.lower) && cx.words.questionOpeners.has(tokens[i + 1]?.lower ?? '')));
  if (!entries || (token.capital && !opening)) return undefined;
  // Who asked goes unsaid: an agentless passive.
  if (opening && cx.words.openingPassives.has(token.lower)) return { first: i, end: i + 1, form: 'passive', reportsWords: true, sourceType: 'none', sentence };
  const previous = i > firstToken ? tokens[i - 1] : undefined;
  // "the said property", "an alleged plot", "left little doubt": a determiner makes it an adjective or a noun.
  if (previous && (words.determiners.has(previous.lower) || cx.words.quantifiers.has(previous.lower) || /['’]s$/.test(previous.lower))) return undefined;
  if (token.lower === 'told' && previous?.lower === 'all') return undefined;
  // An infinitive ("rather than continue to insist") or a gerund after a preposition reports nothing yet.
  if (previous?.lower === 'to' && !isParticiple(cx, token.lower)) return undefined;
  if (token.lower.endsWith('ing') && previous && cx.words.prepositions.has(previous.lower)) return undefined;

  const group = verbGroup(cx, i);
  if (!group) return undefined;
  const { groupStart, subjectEnd, passive, modal } = group;

  let end = i + 1;
  const entry = pickEntry(entries, tokens, i);
  if (!entry) return undefined;
  if (entry.particles && entry.particles.includes(tokens[end]?.lower ?? '')) end += 1;
  else if (entry.particleRequired) return undefined;
  const lemma = entry.forms[0]!;
  const reportsWords = entry.frame !== 'belief';
  // "the qualities demanded of a politician", "protests of bankers"; but "Meek said of the victory".
  if (tokens[end]?.lower === 'of' && !cx.words.ofVerbs.has(lemma)) return undefined;
  // A verb whose reporting sense is one of many reports only in a strong frame, as a finite verb with
  // a subject ("her request that", "the record that" are nouns); its passives are other senses.
  if (entry.strongOnly && (passive || cx.words.possessives.has(previous?.lower ?? '') || !strongFrame(cx, entry, i, end) || !(isFinite(cx, token.lower) || looksLikeSubjectBefore(cx, token, subjectEnd)))) return undefined;

  if (passive) {
    // "might be called", "can be expected": a possibility, not a report.
    if (modal || tokens[end]?.lower === 'with') return undefined;
    let framed = false;
    if (tokens[end]?.lower === 'as' && cx.words.asVerbs.has(lemma)) {
      end += 1;
      framed = true;
      if (tokens[end]?.lower === 'saying') end += 1;
    }
    // "Hughes is quoted as saying": the subject said it.
    const speaker = tokens[end - 1]?.lower === 'saying' ? subjectBefore(doc, groupStart, firstToken) : undefined;
    const agent = speaker ?? byAgent(cx, end);
    if (!agent && !framed && !passiveFrame(cx, lemma, token.lower, end, subjectEnd)) return undefined;
    return { first: groupStart, end, form: 'passive', reportsWords, ...sourceOf(cx, agent), sentence };
  }
  if (entry === PASSIVE_ONLY[0]) return undefined;

  // A reduced relative with its agent: "the progress reported by the committee", "Kansas, regarded as tops".
  if (isParticiple(cx, token.lower) && tokens[end]?.lower === 'by' && (previous?.text === ',' || (previous?.word && !previous.capital))) {
    const agent = byAgent(cx, end);
    if (agent) return { first: i, end, form: 'passive', reportsWords, ...sourceOf(cx, agent), sentence };
  }
  if (isParticiple(cx, token.lower) && previous?.text === ',' && tokens[end]?.lower === 'as' && cx.words.asVerbs.has(lemma)) {
    return { first: i, end: end + 1, form: 'passive', reportsWords: false, sourceType: 'none', sentence };
  }

  // "a series called “X”" names it; "Rayburn called the program “a fine thing”" reports.
  if (lemma === 'call' && isQuoteMark(tokens[end]) && previous?.word && !previous.capital && !words.pronouns.has(previous.lower)) return undefined;
  // "he will ask", "may recommend": what someone is yet to say is not reported.
  if (modal && !isParticiple(cx, token.lower) && !cx.words.irregularPast.has(token.lower) && cx.words.futureModals.has(tokens[subjectEnd]?.lower ?? '')) return undefined;
  // "at reports that", "the city and state that": a base or -s form after these is a noun.
  if (!isFinite(cx, token.lower) && previous && (cx.words.prepositions.has(previous.lower) || previous.lower === 'and' || previous.lower === 'or')) return undefined;
  const strong = strongFrame(cx, entry, i, end);
  if (!strong && !isFinite(cx, token.lower) && !looksLikeSubjectBefore(cx, token, subjectEnd)) return undefined;
  const framed = strong || (!cx.words.strongFrameVerbs.has(lemma) && !entry.strongOnly && inReportingFrame(cx, entry, lemma, i, end));
  const proposal = !framed && proposalFollows(cx, lemma, i, end);
  if (!framed && !proposal) return undefined;
  // "…, quipping, “…”": any reporting verb's -ing form in a strong frame; elsewhere only the common ones.
  if (token.lower.endsWith('ing') && !cx.words.reportingGerunds.has(token.lower) && !quotationNext(cx, end)) return undefined;
  const subject = token.lower.endsWith('ing') && subjectEnd > firstToken
    ? participleSubject(cx, subjectEnd)
    : invertedSource(cx, subjectEnd, end) ?? subjectBefore(doc, subjectEnd, firstToken) ?? openingClauseSubject(cx, token, subjectEnd, end) ?? coordinatedSubject(cx, subjectEnd);
  if (subject && cx.words.negativeSubjects.has(tokens[subject.first]!.lower)) return undefined;
  // "Their plan … promised a salutary blow": only a person or a body proposes or promises.
  if (proposal && !(subject && namesSomeone(cx, subject))) return undefined;
  // The writer's own "we suspect", "I think" is not an attribution.
  if (!reportsWords && subject && words.writerPronouns.has(tokens[subject.first]!.lower) && subject.end - subject.first === 1) return undefined;
  return { first: i, end, form: 'verb', reportsWords, ...sourceOf(cx, subject), sentence };
}

/**
 * "Said the senator: “…”", "Exclaimed Stram.", "Asked Palmer of an official, “…”": a past form of a
 * verb of saying opens its sentence, and its subject, a name or a described person, follows it.
 */
function invertedCue(cx: CueContext, i: number): Cue | undefined {
  const { doc, tokens, firstToken, endToken, sentence } = cx;
  const token = tokens[i]!;
  if (i !== firstToken || !token.capital || !(token.lower.endsWith('ed') || cx.words.irregularPast.has(token.lower))) return undefined;
  const entry = pickEntry(cx.index.verbs.get(token.lower) ?? [], tokens, i);
  if (!entry || entry.frame === 'belief' || entry.particleRequired) return undefined;
  const next = tokens[i + 1];
  if (!next?.word || !(next.capital || cx.words.determiners.has(next.lower))) return undefined;
  const source = phraseAfter(doc, i + 1, endToken);
  if (!source) return undefined;
  // The subject ends the clause or introduces the words: "Exclaimed Stram." / "Said the senator: …".
  const after = tokens[source.end];
  if (after && source.end < endToken && !/^[.,:;!?]$/.test(after.text) && !isQuoteMark(after) && after.lower !== 'of') return undefined;
  return { first: i, end: i + 1, form: 'verb', reportsWords: true, ...sourceOf(cx, source), sentence };
}

/**
 * Calling, describing and judging: "Gingrich dismissed Estonia as being in the “suburbs …”", "Trump
 * likened the refugees to a “vicious snake”", "Critics referred to her as “…”". The verb credits the
 * quotation that follows its object, within a few words, to its subject; without one it reports nothing.
 */
function describingCue(cx: CueContext, i: number): Cue | undefined {
  const { doc, tokens, firstToken, endToken, sentence } = cx;
  const token = tokens[i]!;
  const entry = cx.index.describing.get(token.lower);
  if (!entry || token.capital) return undefined;
  let end = i + 1;
  if (entry.particles?.includes(tokens[end]?.lower ?? '')) end += 1;
  else if (entry.particleRequired) return undefined;
  const group = verbGroup(cx, i);
  if (!group || group.passive || cx.words.possessives.has(tokens[i - 1]?.lower ?? '') || cx.words.determiners.has(tokens[i - 1]?.lower ?? '')) return undefined;
  if (!isFinite(cx, token.lower) && !looksLikeSubjectBefore(cx, token, group.subjectEnd)) return undefined;
  let k = end;
  while (k < endToken && k < end + 8 && tokens[k]!.word && doc.tokenQuote[k]! < 0) k += 1;
  const opening = doc.tokenQuote[k] ?? -1;
  if (k >= endToken || opening < 0 || doc.quotes[opening]!.start !== tokens[k]!.start) return undefined;
  const subject = subjectBefore(doc, group.subjectEnd, firstToken);
  if (!subject || cx.words.negativeSubjects.has(tokens[subject.first]!.lower)) return undefined;
  return { first: i, end, form: 'verb', reportsWords: true, ...sourceOf(cx, subject), sentence };
}

/** Participles that report only in the passive: "is known to", "was rumored", "it was learned". */
const PASSIVE_ONLY: ReportingVerb[] = [{ forms: ['(passive)'], frame: 'belief' }];

/** "expressed concern", "raised doubts", "served notice": a verb and its object report a stance together. */
function expressionCue(cx: CueContext, i: number): Cue | undefined {
  const { doc, tokens, firstToken, endToken, sentence } = cx;
  const token = tokens[i]!;
  for (const expression of cx.lexicon.expressions) {
    if (!expression.verb.includes(token.lower)) continue;
    for (const object of expression.objects) {
      const words = object.split(' ');
      if (!words.every((word, k) => i + 1 + k < endToken && tokens[i + 1 + k]!.lower === word)) continue;
      const end = i + 1 + words.length;
      let subjectEnd = i;
      while (subjectEnd - 1 >= firstToken && tokens[subjectEnd - 1]!.word && isAdverbOrAuxiliary(cx, tokens[subjectEnd - 1]!)) subjectEnd -= 1;
      const subject = subjectBefore(doc, subjectEnd, firstToken);
      return { first: i, end, form: 'verb', reportsWords: true, ...sourceOf(cx, subject), sentence };
    }
  }
  return undefined;
}

/** "The statement was also made that …", "The excuse was offered …": a statement noun with an agentless passive. */
function statementCue(cx: CueContext, i: number): Cue | undefined {
  const { tokens, words, endToken, sentence } = cx;
  if (!words.statementNouns.has(tokens[i]!.lower)) return undefined;
  let k = i + 1;
  let sawBe = false;
  while (k < endToken && k < i + 6 && (isAdverbOrAuxiliary(cx, tokens[k]!) || tokens[k]!.lower === 'being')) {
    if (words.beForms.has(tokens[k]!.lower) || tokens[k]!.lower === 'being') sawBe = true;
    k += 1;
  }
  if (!sawBe || k >= endToken || !words.statementParticiples.has(tokens[k]!.lower)) return undefined;
  const agent = byAgent(cx, k + 1);
  return { first: i, end: k + 1, form: 'passive', reportsWords: true, ...sourceOf(cx, agent), sentence };
}

/** "The President is deeply concerned over", "He was critical of", "has been of the opinion that": a stance of the subject of "be". */
function stanceCue(cx: CueContext, i: number): Cue | undefined {
  const { doc, tokens, firstToken, endToken, sentence } = cx;
  const be = cx.words.beForms;
  const words = cx.index.stances.find((phrase) => phrase.every((word, k) => i + k < endToken && tokens[i + k]!.lower === word));
  if (!words) return undefined;
  const end = i + words.length;
  if (words.length === 1 && !(end < endToken && (cx.words.stanceComplements.has(tokens[end]!.lower) || cx.words.subjectPronouns.has(tokens[end]!.lower)))) return undefined;
  let verb = i - 1;
  while (verb >= firstToken && isAdverb(cx, tokens[verb]!) && !be.has(tokens[verb]!.lower)) verb -= 1;
  if (verb < firstToken || !be.has(tokens[verb]!.lower)) return undefined;
  let subjectEnd = verb;
  while (subjectEnd - 1 >= firstToken && tokens[subjectEnd - 1]!.word && isAdverbOrAuxiliary(cx, tokens[subjectEnd - 1]!)) subjectEnd -= 1;
  const subject = subjectBefore(doc, subjectEnd, firstToken);
  // "It is worrying", "There are optimistic signs", "Nobody was convinced": no one holds the view;
  // the writer's own "I am convinced" is not an attribution either.
  const head = tokens[subject?.first ?? 0]!.lower;
  const { impersonalSubjects, negativeSubjects, writerPronouns } = cx.words;
  if (!subject || impersonalSubjects.has(head) || negativeSubjects.has(head) || (writerPronouns.has(head) && subject.end - subject.first === 1)) return undefined;
  // Like a passive's "was told", the cue takes a finite "be" it follows straight on ("was critical of").
  return { first: verb === i - 1 && cx.words.finiteBe.has(tokens[verb]!.lower) ? verb : i, end, form: 'verb', reportsWords: false, ...sourceOf(cx, subject), sentence };
}

/** "his estimate that", "Jefferson's dictum that", "Statements by other legislators that". */
function nounCue(cx: CueContext, i: number): Cue | undefined {
  const { doc, tokens, firstToken, endToken, sentence } = cx;
  if (!cx.words.reportingNouns.has(tokens[i]!.lower)) return undefined;
  const previous = i > firstToken ? tokens[i - 1] : undefined;
  if (tokens[i + 1]?.lower === 'by') {
    const agent = phraseAfter(doc, i + 2, endToken);
    if (agent && tokens[agent.end]?.lower === 'that') return { first: i, end: i + 1, form: 'noun', reportsWords: true, ...sourceOf(cx, agent), sentence };
    return undefined;
  }
  // "Our comment was that …"
  const that = tokens[i + 1]?.lower === 'that' ? i + 1 : ['was', 'is'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'that' ? i + 2 : -1;
  if (that < 0 || !previous) return undefined;
  if (cx.words.ownerPossessives.has(previous.lower)) {
    return { first: i, end: i + 1, form: 'noun', reportsWords: true, ...sourceOf(cx, { first: i - 1, end: i }), sentence };
  }
  if (/['’]s$/.test(previous.lower) && previous.capital) {
    const owner = subjectBefore(doc, i, firstToken);
    return { first: i, end: i + 1, form: 'noun', reportsWords: true, ...(owner ? sourceOf(cx, owner) : { sourceType: 'named' as const }), sentence };
  }
  return undefined;
}

/**
 * A pronoun takes the type of what it refers to: a vague source just before it ("One diplomat
 * described … But he hastened to add"), otherwise someone named.
 */
function resolvePronouns(doc: TextDocument, cues: Cue[]): void {
  let lastVagueSentence = -Infinity;
  for (const cue of cues) {
    if (!cue.source) continue;
    if (isPronounPhrase(doc, cue.source)) {
      const vagueBefore = cue.sentence - lastVagueSentence <= 2 || pluralVagueSubjectBefore(doc, cue);
      cue.sourceType = vagueBefore ? 'vague' : 'named';
      if (cue.sourceType === 'vague') lastVagueSentence = cue.sentence;
    } else if (cue.sourceType === 'vague') {
      lastVagueSentence = cue.sentence;
    } else {
      lastVagueSentence = -Infinity;
    }
  }
}

/** "Officials met on Monday. They said …": "they" right after a sentence whose subject is a vague group. */
function pluralVagueSubjectBefore(doc: TextDocument, cue: Cue): boolean {
  if (doc.tokens[cue.source!.first]!.lower !== 'they') return false;
  const previous = doc.sentences[cue.sentence - 1];
  if (!previous || previous.paragraph !== doc.sentences[cue.sentence]!.paragraph) return false;
  // The sentence before may hold no cue word and so have no tokens yet: read its first words here.
  const words = tokenize(doc.text, previous.start, Math.min(previous.end, previous.start + 200));
  const first = words[0];
  if (!first?.word) return false;
  const head = words.find((word, k) => !word.word || doc.sets.phraseBreakers.has(word.lower) || (k > 0 && /(?:ed|et|ing)$/.test(word.lower)));
  const phrase = words.slice(0, head ? words.indexOf(head) : words.length);
  const last = phrase[phrase.length - 1];
  return last !== undefined && (doc.sets.vagueHeads.has(last.lower) || doc.sets.vagueDeterminers.has(first.lower));
}

/** "the jury said it believes …": a belief verb inside what a speech verb reports is not a cue of its own. */
function dropNestedBeliefs(doc: TextDocument, cues: Cue[]): Cue[] {
  return cues.filter((cue, k) => {
    const previous = cues[k - 1];
    if (!previous || previous.sentence !== cue.sentence || cue.form !== 'verb' || cue.reportsWords) return true;
    if (!previous.reportsWords || previous.form === 'preposition') return true;
    const between = cue.first - previous.end;
    const subject = cue.source ? doc.tokens[cue.source.first]!.lower : '';
    return !(between <= 3 && doc.sets.pronouns.has(subject));
  });
}

export function cueSpan(doc: TextDocument, cue: Cue): Span {
  const start = doc.tokens[cue.first]!.start;
  const end = doc.tokens[cue.end - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function cueSource(doc: TextDocument, cue: Cue): Span | undefined {
  return cue.source ? phraseSpan(doc, cue.source) : undefined;
}
