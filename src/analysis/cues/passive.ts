/**
 * Passive reports: "was quoted as saying", "is said to be", "was rumored", "the progress reported by
 * the committee" ("it is believed that" is clausal.ts's). verbCue (verb.ts) hands the full passive
 * and the reduced relative over once it has read the verb group; an opening "Asked about …" is a rule
 * of its own.
 */
import { subjectBefore } from '../source-phrase';
import type { CueContext, CueRule } from './context';
import { sourceOf, type Cue } from './cue';
import { passiveFrame } from './frames';
import { byAgent } from './subjects';
import { isParticiple, type VerbReading } from './verb-group';

/**
 * "Asked about the plan, the minister said …", "Told to leave, he …": a sentence opening on one of
 * `openingPassives` before a question word reports a question put to the subject. Who asked goes
 * unsaid: an agentless passive.
 */
export const openingPassiveCue: CueRule = (cx, i) => {
  const { tokens, words } = cx;
  const token = tokens[i]!;
  if (i !== cx.firstToken || !words.openingPassives.has(token.lower) || !words.questionOpeners.has(tokens[i + 1]?.lower ?? '')) return undefined;
  if (!cx.index.verbs.has(token.lower) && !words.clausalParticiples.has(token.lower)) return undefined;
  return { first: i, end: i + 1, form: 'passive', reportsWords: true, sourceType: 'none', sentence: cx.sentence };
};

/**
 * "had been charged by the committee", "Hughes is quoted as saying", "was described as “…”", "was
 * rumored": a passive verb group reports with its agent, with "as", or in a passive frame (passiveFrame).
 * The cue is the whole group; the source is the agent, or the subject of "quoted as saying".
 */
export function passiveCue(cx: CueContext, verb: VerbReading): Cue | undefined {
  const { tokens, firstToken, sentence } = cx;
  const { lemma, token, reportsWords } = verb;
  const { groupStart, subjectEnd, modal } = verb.group;
  let end = verb.end;
  // "might be called", "can be expected": a possibility, not a report.
  if (modal || tokens[end]?.lower === 'with') return undefined;
  let framed = false;
  if (tokens[end]?.lower === 'as' && cx.words.asVerbs.has(lemma)) {
    end += 1;
    framed = true;
    if (tokens[end]?.lower === 'saying') end += 1;
  }
  // "Hughes is quoted as saying": the subject said it.
  const speaker = tokens[end - 1]?.lower === 'saying' ? subjectBefore(cx.doc, groupStart, firstToken) : undefined;
  const agent = speaker ?? byAgent(cx, end);
  if (!agent && !framed && !passiveFrame(cx, lemma, token.lower, end, subjectEnd)) return undefined;
  return { first: groupStart, end, form: 'passive', reportsWords, ...sourceOf(cx, agent), sentence };
}

/**
 * A reduced relative: "the progress reported by the committee" (with its agent), "Kansas, regarded
 * as tops" (after a comma, before "as"). A participle with no "be" before it.
 */
export function reducedPassiveCue(cx: CueContext, verb: VerbReading): Cue | undefined {
  const { tokens, sentence } = cx;
  const { i, end, token, previous, lemma, reportsWords } = verb;
  if (!isParticiple(cx, token.lower)) return undefined;
  if (tokens[end]?.lower === 'by' && (previous?.text === ',' || (previous?.word && !previous.capital))) {
    const agent = byAgent(cx, end);
    if (agent) return { first: i, end, form: 'passive', reportsWords, ...sourceOf(cx, agent), sentence };
  }
  if (previous?.text === ',' && tokens[end]?.lower === 'as' && cx.words.asVerbs.has(lemma)) {
    return { first: i, end: end + 1, form: 'passive', reportsWords: false, sourceType: 'none', sentence };
  }
  return undefined;
}
