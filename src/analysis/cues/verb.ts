/**
 * The reporting verb in its clause, the commonest cue: "he said", "Officials warned that …",
 * "“…,” the senator added", "…, media reported on Saturday", "Hughes said, pointing out …".
 */
import { isQuoteMark } from '../document';
import { subjectBefore } from '../source-phrase';
import type { CueContext, CueRule } from './context';
import { sourceOf, type Cue } from './cue';
import { inReportingFrame, proposalFollows, quotationNext, strongFrame } from './frames';
import { passiveCue, reducedPassiveCue } from './passive';
import { coordinatedSubject, invertedSource, namesSomeone, openingClauseSubject, participleSubject } from './subjects';
import { isFinite, isParticiple, looksLikeSubjectBefore, readVerb, type VerbReading } from './verb-group';

/**
 * A listed reporting verb form read as a verb (readVerb). A passive group goes to passiveCue, a
 * participle after a noun to reducedPassiveCue (passive.ts); any other form reports in a reporting
 * frame (activeCue).
 */
export const verbCue: CueRule = (cx, i) => {
  const verb = readVerb(cx, i);
  if (!verb) return undefined;
  if (verb.group.passive) return passiveCue(cx, verb);
  if (verb.passiveOnly) return undefined;
  return reducedPassiveCue(cx, verb) ?? activeCue(cx, verb);
};

/**
 * "Officials warned that …", "“…,” he added", "…, media reported on Saturday.", "President Kennedy
 * today proposed a mammoth new program": an active form in a reporting frame (frames.ts), crediting
 * its subject: the phrase before it, the one after an inverted verb, or the subject of the sentence
 * an -ing clause or a coordinated verb belongs to.
 */
function activeCue(cx: CueContext, verb: VerbReading): Cue | undefined {
  const { doc, tokens, words, firstToken, sentence } = cx;
  const { i, end, token, entry, lemma, reportsWords, previous } = verb;
  const { subjectEnd, modal } = verb.group;
  // "a series called “X”" names it; "Rayburn called the program “a fine thing”" reports.
  if (lemma === 'call' && isQuoteMark(tokens[end]) && previous?.word && !previous.capital && !words.pronouns.has(previous.lower)) return undefined;
  // "he will ask", "may recommend": what someone is yet to say is not reported.
  if (modal && !isParticiple(cx, token.lower) && !words.irregularPast.has(token.lower) && words.futureModals.has(tokens[subjectEnd]?.lower ?? '')) return undefined;
  // "at reports that", "the city and state that": a base or -s form after these is a noun.
  if (!isFinite(cx, token.lower) && previous && (words.prepositions.has(previous.lower) || previous.lower === 'and' || previous.lower === 'or')) return undefined;
  const strong = strongFrame(cx, entry, i, end);
  if (!strong && !isFinite(cx, token.lower) && !looksLikeSubjectBefore(cx, token, subjectEnd)) return undefined;
  const framed = strong || (!words.strongFrameVerbs.has(lemma) && !entry.strongOnly && inReportingFrame(cx, entry, lemma, i, end));
  const proposal = !framed && proposalFollows(cx, lemma, i, end);
  if (!framed && !proposal) return undefined;
  // "…, quipping, “…”": any reporting verb's -ing form in a strong frame; elsewhere only the common ones.
  if (token.lower.endsWith('ing') && !words.reportingGerunds.has(token.lower) && !quotationNext(cx, end)) return undefined;
  const subject = token.lower.endsWith('ing') && subjectEnd > firstToken
    ? participleSubject(cx, subjectEnd)
    : invertedSource(cx, subjectEnd, end) ?? subjectBefore(doc, subjectEnd, firstToken) ?? openingClauseSubject(cx, token, subjectEnd, end) ?? coordinatedSubject(cx, subjectEnd);
  if (subject && words.negativeSubjects.has(tokens[subject.first]!.lower)) return undefined;
  // "Their plan … promised a salutary blow": only a person or a body proposes or promises.
  if (proposal && !(subject && namesSomeone(cx, subject))) return undefined;
  // The writer's own "we suspect", "I think" is not an attribution.
  if (!reportsWords && subject && words.writerPronouns.has(tokens[subject.first]!.lower) && subject.end - subject.first === 1) return undefined;
  return { first: i, end, form: 'verb', reportsWords, ...sourceOf(cx, subject), sentence };
}
