/** Nouns that report: "his estimate that", "The statement was made that". */
import { phraseAfter, subjectBefore } from '../source-phrase';
import type { CueRule } from './context';
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
  return undefined;
};

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
