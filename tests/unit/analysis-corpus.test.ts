/**
 * The analyzer against the labelled corpus, as `npm run eval` scores it. The floors sit a little under
 * the scores the rules reach today, so that a rule that breaks fails here; the targets are
 * what `npm run eval` reports.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis';
import { loadEvalCorpus, type EvalCorpus, type Variant } from '../../scripts/eval/corpus';
import { brownCorpusDir, sharedDir } from '../../scripts/eval/paths';
import { accuracy, addScores, compareFindings, emptyScores, rates, scoreComparison, type Labelled, type Scores } from '../../scripts/eval/score';

const shared = sharedDir();
const present = existsSync(shared);
if (!present) console.warn(`analysis-corpus tests skipped: no labelled corpus at ${shared}`);

function scoreVariant(corpus: EvalCorpus, variant: Variant): Scores {
  return corpus[variant].reduce(
    (total, { text, gold }) => addScores(total, scoreComparison(compareFindings(gold, analyze(text) as Labelled[]))),
    emptyScores(),
  );
}

describe.skipIf(!present)('analyze on the labelled corpus', () => {
  let corpus: EvalCorpus;
  beforeAll(async () => {
    corpus = await loadEvalCorpus(shared, brownCorpusDir());
  });

  test.each(['curly', 'straight'] as const)('%s quotes: every score at or above its floor', (variant) => {
    const scores = scoreVariant(corpus, variant);
    const f1 = (counts: Scores['kinds']['quote']) => rates(counts).f1 ?? 0;
    expect(f1(scores.kinds.quote)).toBeGreaterThanOrEqual(0.98);
    expect(f1(scores.classes.scare)).toBeGreaterThanOrEqual(0.85);
    expect(f1(scores.classes.partial)).toBeGreaterThanOrEqual(0.93);
    expect(f1(scores.classes.direct)).toBeGreaterThanOrEqual(0.95);
    expect(f1(scores.classes.title)).toBeGreaterThanOrEqual(0.9);
    expect(f1(scores.kinds.attribution)).toBeGreaterThanOrEqual(0.9);
    expect(f1(scores.kinds.hedge)).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(scores.sourceType) ?? 0).toBeGreaterThanOrEqual(0.88);
    expect(accuracy(scores.sourceSpan) ?? 0).toBeGreaterThanOrEqual(0.85);
  });
});
