/** The printed scores: totals per kind and quote class, source accuracies, and one row per document. */
import { CLASSES, KINDS, accuracy, rates, type Accuracy, type Counts, type Scores } from './score';

export interface DocumentScores {
  doc: string;
  scores: Scores;
}

const KIND_LABEL = { quote: 'quote span', attribution: 'attribution cue', hedge: 'hedge' } as const;

export function scoreReport(title: string, overall: Scores, documents: readonly DocumentScores[]): string {
  const lines = [`== ${title} (${documents.length} documents) ==`, `${''.padEnd(18)}${row(['P', 'R', 'F1', 'tp', 'fp', 'fn'])}`];
  for (const kind of KINDS) {
    lines.push(`${KIND_LABEL[kind].padEnd(18)}${countsRow(overall.kinds[kind])}`);
    if (kind === 'quote') for (const quoteClass of CLASSES) lines.push(`  ${quoteClass.padEnd(16)}${countsRow(overall.classes[quoteClass])}`);
  }
  lines.push(
    `sourceType accuracy   ${accuracyCell(overall.sourceType)}`,
    `source span accuracy  ${accuracyCell(overall.sourceSpan)}`,
    '',
    `${'document'.padEnd(18)}${['quote P/R/F1', 'attribution P/R/F1', 'hedge P/R/F1', 'sourceType', 'source span'].map((h) => h.padEnd(20)).join('')}`,
  );
  for (const { doc, scores } of documents) {
    const perKind = KINDS.map((kind) => compactRates(scores.kinds[kind]).padEnd(20)).join('');
    const sources = [scores.sourceType, scores.sourceSpan].map((value) => `${value.correct}/${value.total}`.padEnd(20)).join('');
    lines.push(`${doc.padEnd(18)}${perKind}${sources}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

function countsRow(counts: Counts): string {
  const { precision, recall, f1 } = rates(counts);
  return row([decimal(precision, 3), decimal(recall, 3), decimal(f1, 3), counts.tp, counts.fp, counts.fn]);
}

function row(cells: ReadonlyArray<string | number>): string {
  return cells.map((cell) => String(cell).padStart(7)).join('');
}

function compactRates(counts: Counts): string {
  const { precision, recall, f1 } = rates(counts);
  return [precision, recall, f1].map((value) => decimal(value, 2)).join('/');
}

function accuracyCell(value: Accuracy): string {
  return `${decimal(accuracy(value), 3)} (${value.correct}/${value.total} matched cues)`;
}

/** A dash where the rate is undefined (nothing predicted, or nothing to find). */
function decimal(value: number | null, digits: number): string {
  return value === null ? '–' : value.toFixed(digits);
}
