/**
 * Attribution cues: reporting verbs in every tense and voice, prepositional cues ("according to"),
 * clausal cues ("it is believed that"), reporting nouns ("his estimate that") and attributing adverbs
 * ("reportedly"), each with the phrase it credits.
 */
import { adverbCue } from './cues/adverb';
import { basicVerbCue, fixedClauseCue, postpositionalCue } from './cues/basic';
import { clausalCue } from './cues/clausal';
import { cueIndexFor, sentenceContext, type CueContext } from './cues/context';
import { sourceOf, type Cue } from './cues/cue';
import { expressionCue } from './cues/expression';
import { inReportingFrame, passiveFrame, proposalFollows, quotationNext, strongFrame } from './cues/frames';
import { nounCue, statementCue } from './cues/nominal';
import { prepositionalCue } from './cues/prepositional';
import { stanceCue } from './cues/stance';
import { byAgent, coordinatedSubject, invertedSource, namesSomeone, openingClauseSubject, participleSubject } from './cues/subjects';
import { isFinite, isParticiple, looksLikeSubjectBefore, pickEntry, verbGroup } from './cues/verb-group';
import { isQuoteMark, type TextDocument } from './document';
import type { ReportingVerb } from './lexicon';
import { isPronounPhrase, phraseAfter, phraseSpan, subjectBefore } from './source-phrase';
import { tokenize } from './text-units';
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
    fixedClauseCue(cx, i) ??
    prepositionalCue(cx, i) ??
    postpositionalCue(cx, i) ??
    adverbCue(cx, i) ??
    basicVerbCue(cx, i)
  );
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
