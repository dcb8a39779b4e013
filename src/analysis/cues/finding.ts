/**
 * "A Quinnipiac University poll released in August found that 74 percent …", "a USA TODAY analysis of
 * campaign filings shows Democratic groups outpacing …": a verb of finding or showing reports what a
 * study, poll, record or recording holds when one is its subject. With a person for subject "found
 * that" is knowing, not reporting (spec §2: factive verbs with a personal subject do not count).
 */
import { subjectBefore, type SourcePhrase } from '../source-phrase';
import type { CueContext, CueRule } from './context';
import { sourceOf } from './cue';
import { verbGroup } from './verb-group';

export const findingCue: CueRule = (cx, i) => {
  const { doc, tokens, words, firstToken, endToken, sentence } = cx;
  const token = tokens[i]!;
  if (!words.findingVerbs.has(token.lower) || token.capital || token.lower.endsWith('ing')) return undefined;
  const previous = i > firstToken ? tokens[i - 1] : undefined;
  if (previous && (previous.lower === 'to' || words.determiners.has(previous.lower))) return undefined;
  const group = verbGroup(cx, i);
  if (!group || group.passive) return undefined;
  const next = i + 1 < endToken ? tokens[i + 1] : undefined;
  // What was found: a that-clause, or a clause or count that begins at once ("shows Democratic groups outpacing", "found 31 incidents").
  const content = next?.word && (next.lower === 'that' || next.capital || /^\d/.test(next.text) || words.determiners.has(next.lower) || words.vagueDeterminers.has(next.lower) || words.pronouns.has(next.lower) || words.objectPronouns.has(next.lower));
  if (!content) return undefined;
  const subject = subjectBefore(doc, group.subjectEnd, firstToken);
  if (subject && holdsStudy(cx, subject.first, subject.end)) return { first: i, end: i + 1, form: 'verb', reportsWords: false, ...studySource(cx, subject), sentence };
  // A subject grown past what subjectBefore reads ("A USA TODAY analysis of super PACs that have raised
  // $1million or more since Jan. 1, 2015, shows"): the study noun heading it, with its modifiers.
  const head = studyBefore(cx, group.subjectEnd);
  if (head === undefined) return undefined;
  let first = head;
  while (first > firstToken && first > head - 4 && tokens[first - 1]!.word && (tokens[first - 1]!.capital || words.determiners.has(tokens[first - 1]!.lower) || /^\d/.test(tokens[first - 1]!.text) || !words.phraseBreakers.has(tokens[first - 1]!.lower) && tokens[first - 1]!.lower.length > 2 && !words.prepositions.has(tokens[first - 1]!.lower))) first -= 1;
  return { first: i, end: i + 1, form: 'verb', reportsWords: false, ...studySource(cx, { first, end: head + 1 }), sentence };
};

/** A study is as named as whoever it names: "A Quinnipiac University poll" is named, "a new poll" vague. */
function studySource(cx: CueContext, phrase: SourcePhrase): ReturnType<typeof sourceOf> {
  const source = sourceOf(cx, phrase);
  const names = cx.tokens.slice(phrase.first + 1, phrase.end).some((token) => token.word && token.capital);
  return names ? { ...source, sourceType: 'named' } : source;
}

function holdsStudy(cx: CueContext, first: number, end: number): boolean {
  for (let k = first; k < end; k += 1) if (cx.words.studyNouns.has(cx.tokens[k]!.lower)) return true;
  return false;
}

/** The first study noun of the sentence, within 20 tokens before the verb and after the last full stop or semicolon. */
function studyBefore(cx: CueContext, before: number): number | undefined {
  const { tokens, words, firstToken } = cx;
  let found: number | undefined;
  for (let k = before - 1; k >= firstToken && k >= before - 20; k -= 1) {
    if (tokens[k]!.text === ';') break;
    if (words.studyNouns.has(tokens[k]!.lower)) found = k;
  }
  return found;
}
