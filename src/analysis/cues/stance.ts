import { subjectBefore } from '../source-phrase';
import type { CueRule } from './context';
import { sourceOf } from './cue';
import { isAdverb, isAdverbOrAuxiliary } from './verb-group';

/**
 * "The President is deeply concerned over", "He was critical of", "has been of the opinion that": one
 * of `stancePredicates` after a form of "be" credits a view to the subject of "be". A lone adjective
 * needs a complement after it ("concerned over"; not "the parties concerned").
 */
export const stanceCue: CueRule = (cx, i) => {
  const { doc, tokens, firstToken, endToken, sentence } = cx;
  const be = cx.words.beForms;
  const words = cx.index.stances.find((phrase) => phrase.every((word, k) => i + k < endToken && tokens[i + k]!.lower === word));
  if (!words) return undefined;
  const end = i + words.length;
  if (words.length === 1 && !(end < endToken && (cx.words.stanceComplements.has(tokens[end]!.lower) || cx.words.subjectPronouns.has(tokens[end]!.lower)))) return undefined;
  let verb = i - 1;
  while (verb >= firstToken && isAdverb(cx, tokens[verb]!) && !be.has(tokens[verb]!.lower)) verb -= 1;
  if (verb < firstToken || !be.has(tokens[verb]!.lower)) return undefined;
  let subjectEnd = verb;
  while (subjectEnd - 1 >= firstToken && tokens[subjectEnd - 1]!.word && isAdverbOrAuxiliary(cx, tokens[subjectEnd - 1]!)) subjectEnd -= 1;
  const subject = subjectBefore(doc, subjectEnd, firstToken);
  // "It is worrying", "There are optimistic signs", "Nobody was convinced": no one holds the view;
  // the writer's own "I am convinced" is not an attribution either.
  const head = tokens[subject?.first ?? 0]!.lower;
  const { impersonalSubjects, negativeSubjects, writerPronouns } = cx.words;
  if (!subject || impersonalSubjects.has(head) || negativeSubjects.has(head) || (writerPronouns.has(head) && subject.end - subject.first === 1)) return undefined;
  // Like a passive's "was told", the cue takes a finite "be" it follows straight on ("was critical of").
  return { first: verb === i - 1 && cx.words.finiteBe.has(tokens[verb]!.lower) ? verb : i, end, form: 'verb', reportsWords: false, ...sourceOf(cx, subject), sentence };
};
