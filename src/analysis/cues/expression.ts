import { subjectBefore } from '../source-phrase';
import type { CueRule } from './context';
import { sourceOf } from './cue';
import { isAdverbOrAuxiliary } from './verb-group';

/**
 * "expressed concern", "raised doubts", "served notice", "made it clear": a verb and its object, one
 * of the lexicon's `expressions`, report a stance together; the subject before them is the source.
 */
export const expressionCue: CueRule = (cx, i) => {
  const { doc, tokens, firstToken, endToken, sentence } = cx;
  const token = tokens[i]!;
  for (const expression of cx.lexicon.expressions) {
    if (!expression.verb.includes(token.lower)) continue;
    for (const object of expression.objects) {
      const words = object.split(' ');
      if (!words.every((word, k) => i + 1 + k < endToken && tokens[i + 1 + k]!.lower === word)) continue;
      const end = i + 1 + words.length;
      let subjectEnd = i;
      while (subjectEnd - 1 >= firstToken && tokens[subjectEnd - 1]!.word && isAdverbOrAuxiliary(cx, tokens[subjectEnd - 1]!)) subjectEnd -= 1;
      const subject = subjectBefore(doc, subjectEnd, firstToken);
      return { first: i, end, form: 'verb', reportsWords: true, ...sourceOf(cx, subject), sentence };
    }
  }
  return undefined;
};
