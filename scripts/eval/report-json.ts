/** `--json`: the same scores as the printed report, with the rates worked out, for scripts to compare runs. */
import { CLASSES, KINDS, accuracy, rates, type Accuracy, type Counts, type Scores } from './score';

export function scoresJson(scores: Scores) {
  const withRates = (counts: Counts) => ({ ...counts, ...rates(counts) });
  const withAccuracy = (value: Accuracy) => ({ ...value, accuracy: accuracy(value) });
  return {
    kinds: Object.fromEntries(KINDS.map((kind) => [kind, withRates(scores.kinds[kind])])),
    classes: Object.fromEntries(CLASSES.map((quoteClass) => [quoteClass, withRates(scores.classes[quoteClass])])),
    quoteClass: withAccuracy(scores.quoteClass),
    sourceType: withAccuracy(scores.sourceType),
    sourceSpan: withAccuracy(scores.sourceSpan),
  };
}
