import type { CueRule } from './context';
import { sourceOf } from './cue';
import { byAgent } from './subjects';
import { isAdverb } from './verb-group';

/**
 * "it is (widely) believed (that)", "it's known that", "it was learned", "It was alleged by the
 * prosecution that": "it", a form of "be" (after modals and "have") and one of `clausalParticiples`.
 * The cue runs to "that"; it credits nobody, or the agent after "by", which then ends the cue.
 */
export const clausalCue: CueRule = (cx, i) => {
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
  const reportsWords = words.speechParticiples.has(participle.lower);
  // "It was alleged by the prosecution that": the cue is "It was alleged", the agent its source.
  if (agent) return { first: i, end: k + 1, form: 'clausal', reportsWords, ...sourceOf(cx, agent), sentence };
  return { first: i, end, form: 'clausal', reportsWords, sourceType: 'none', sentence };
};
