import { subjectBefore } from '../source-phrase';
import type { CueRule } from './context';
import { sourceOf } from './cue';
import { isFinite, looksLikeSubjectBefore, verbGroup } from './verb-group';

/**
 * Calling, describing and judging: "Gingrich dismissed Estonia as being in the “suburbs …”", "Trump
 * likened the refugees to a “vicious snake”", "Critics referred to her as “…”". One of
 * `describingVerbs` credits the quotation that follows its object, within a few words, to its
 * subject; without one it reports nothing.
 */
export const describingCue: CueRule = (cx, i) => {
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
};
