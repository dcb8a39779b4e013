/** Nouns that report: "his estimate that", "The statement was made that". */
import { phraseAfter, subjectBefore } from '../source-phrase';
import type { CueContext, CueRule } from './context';
import { sourceOf } from './cue';
import { byAgent } from './subjects';
import { isAdverbOrAuxiliary } from './verb-group';

/**
 * "his estimate that", "Jefferson's dictum that", "Statements by other legislators that", "Our comment
 * was that": one of `reportingNouns` that introduces its content ("that" after it, or after "was"),
 * owned by a possessive or a name's genitive, or with its agent after "by". The noun is the cue.
 */
export const nounCue: CueRule = (cx, i) => {
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
  // "revived allegations that …", "There is speculation that …": with no owner the noun credits nobody,
  // when what follows "that" is a clause of its own and not a relative clause ("the claims that he made were").
  if (that === i + 1 && cx.words.speechNouns.has(tokens[i]!.lower) && contentClauseAfter(cx, that + 1)) return { first: i, end: i + 1, form: 'noun', reportsWords: true, sourceType: 'none', sentence };
  return undefined;
};

/** A clause with its own subject after "that": a subject word, then no verb left without its object before the next verb. */
function contentClauseAfter(cx: CueContext, k: number): boolean {
  const { tokens, words, endToken } = cx;
  const first = tokens[k];
  if (!first?.word || k >= endToken) return false;
  if (!(words.subjectPronouns.has(first.lower) || words.determiners.has(first.lower) || words.vagueDeterminers.has(first.lower) || first.capital || /^\d/.test(first.text))) return false;
  // "the claims that he made were false": the relative clause ends at the main clause's verb.
  for (let j = k + 1; j < endToken && j < k + 5; j += 1) {
    const token = tokens[j]!;
    if (!token.word) return true;
    if ((words.beForms.has(token.lower) || words.modals.has(token.lower)) && j > k + 1 && !words.subjectPronouns.has(tokens[j - 1]!.lower) && /ed$|[^s]s$|made|said|told|gave|wrote/.test(tokens[j - 1]!.lower)) return false;
  }
  return true;
}

/**
 * "The statement was also made that …", "The excuse was offered …": one of `statementNouns` with an
 * agentless passive of `statementParticiples`; the cue runs from the noun to the participle.
 */
export const statementCue: CueRule = (cx, i) => {
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
};
