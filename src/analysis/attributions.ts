/**
 * The cue stage, the third of the analysis: units (document.ts) → quotations (quote-marks.ts) →
 * cues (here) → relations (relations.ts: cue, source, content) → findings (quote-classes.ts,
 * analyze.ts). It finds the attribution cues (said, according to, it is believed that, his
 * estimate that, reportedly…), each with the phrase it credits, by the rules under cues/.
 *
 * Every sentence is read token by token. A token that can begin a cue (the lexicon's trigger words,
 * outside quotations) is offered to its language's rules in the order below; the first that finds
 * its construction there gives the cue, and reading goes on after it (and after a source that
 * follows it). Where no English rule finds one, a run-in subhead may (headline.ts). Three passes
 * over the document follow: pronoun sources take the type of what they refer to, subheads take the
 * source of the report after them, and beliefs nested in a report are dropped.
 */
import { adverbCue } from './cues/adverb';
import { basicVerbCue, fixedClauseCue, postpositionalCue } from './cues/basic';
import { clausalCue } from './cues/clausal';
import { creditLineCues } from './cues/credit-line';
import { cueIndexFor, sentenceContext, type CueRule } from './cues/context';
import { dashInciseCue, gluedInciseCue } from './cues/incise-basic';
import { creditSourcesBefore } from './cues/source-before-basic';
import type { Cue } from './cues/cue';
import { describingCue } from './cues/describing';
import { expressionCue } from './cues/expression';
import { findingCue } from './cues/finding';
import { headlineCue } from './cues/headline';
import { invertedCue } from './cues/inverted';
import { nounCue, statementCue } from './cues/nominal';
import { openingPassiveCue } from './cues/passive';
import { prepositionalCue } from './cues/prepositional';
import { stanceCue } from './cues/stance';
import { verbCue } from './cues/verb';
import type { TextDocument } from './document';
import { isPronounPhrase, phraseSpan } from './source-phrase';
import { tokenize } from './text-units';
import type { Span } from './types';

export type { Cue, CueForm } from './cues/cue';

/** The `english` clause rules, in the order they are tried. */
const ENGLISH_RULES: readonly CueRule[] = [
  prepositionalCue, //   according to Kyodo; citing officials; per the agency
  adverbCue, //          reportedly
  clausalCue, //         it is widely believed that; it was learned
  expressionCue, //      expressed concern; raised doubts
  statementCue, //       The statement was made that
  stanceCue, //          The President is deeply concerned over; was critical of
  invertedCue, //        Said the senator: “…”
  openingPassiveCue, //  Asked about the plan, the minister said
  verbCue, //            he said; “…,” she added; was quoted as saying; the progress reported by the committee
  describingCue, //      dismissed Estonia as “…”; likened them to a “…”
  findingCue, //         the poll found that; an analysis of filings shows
  nounCue, //            his estimate that; Jefferson's dictum that
];

/** The `basic` clause rules (German, French, Spanish, Russian), in the order they are tried. */
const BASIC_RULES: readonly CueRule[] = [
  gluedInciseCue, //     écrit-il; précise-t-on
  fixedClauseCue, //     es heißt; on dit
  prepositionalCue, //   laut Ministerium; selon l'AFP
  postpositionalCue, //  dem Bericht zufolge
  adverbCue, //          angeblich
  basicVerbCue, //       sagte er; a-t-il ajouté; заявил министр
];

/** The `basic` rules read inside quotation marks: the writer's incise ("«…, écrit-il. …»", "«…, — признается он. — …»"). */
const BASIC_INCISE_RULES: readonly CueRule[] = [gluedInciseCue, dashInciseCue];

export function findCues(doc: TextDocument): Cue[] {
  const index = cueIndexFor(doc.lexicon);
  const english = doc.lexicon.clauseRules === 'english';
  const rules = english ? ENGLISH_RULES : BASIC_RULES;
  const cues: Cue[] = [];
  const headlines = new Set<Cue>();
  doc.sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.firstToken === sentence.endToken) return;
    const cx = sentenceContext(doc, index, sentenceIndex);
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      const token = doc.tokens[i]!;
      const quoted = doc.tokenQuote[i]! >= 0;
      if (!token.word || !index.triggers.has(token.lower) || (quoted && english)) continue;
      // Inside quotation marks only an incise of the writer's is a cue ("«…, écrit-il. …»").
      const tried = quoted ? BASIC_INCISE_RULES : rules;
      let cue: Cue | undefined;
      for (let r = 0; r < tried.length && !cue; r += 1) cue = tried[r]!(cx, i);
      const headline = cue || !english ? undefined : headlineCue(cx, i);
      if (headline) {
        headlines.add(headline.cue);
        cues.push(headline.cue);
        // The subhead's other words ("Denies charges") are its topic, not cues of their own.
        i = headline.body - 1;
        continue;
      }
      if (!cue) continue;
      cues.push(cue);
      // Words of a source that follows its cue ("according to Western estimates") are not cues.
      i = Math.max(cue.end, cue.source && cue.source.first >= cue.end ? cue.source.end : 0) - 1;
    }
  });
  const signed = creditLineCues(doc);
  if (signed.length > 0) cues.push(...signed.filter((cue) => !cues.some((other) => other.first < cue.end && cue.first < other.end)));
  cues.sort((a, b) => a.first - b.first);
  resolvePronouns(doc, cues);
  if (!english) creditSourcesBefore(cues);
  creditHeadlines(doc, cues, headlines);
  return dropNestedBeliefs(doc, cues);
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
  const start = cue.within?.cue?.start ?? doc.tokens[cue.first]!.start;
  const end = cue.within?.cue?.end ?? doc.tokens[cue.end - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function cueSource(doc: TextDocument, cue: Cue): Span | undefined {
  const inside = cue.within?.source;
  if (inside) return { ...inside, text: doc.text.slice(inside.start, inside.end) };
  return cue.source ? phraseSpan(doc, cue.source) : undefined;
}
