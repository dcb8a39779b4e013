import { isQuoteMark } from '../document';
import { phraseAfter } from '../source-phrase';
import type { CueRule } from './context';
import { sourceOf } from './cue';
import { pickEntry } from './verb-group';

/**
 * "Said the senator: “…”", "Exclaimed Stram.", "Asked Palmer of an official, “…”": a past form of a
 * verb of saying opens its sentence, and its subject, a name or a described person, follows it and
 * ends the clause or introduces the words.
 */
export const invertedCue: CueRule = (cx, i) => {
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
};
