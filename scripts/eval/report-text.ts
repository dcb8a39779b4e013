/** The printed scores: totals per kind and quote class, source accuracies, and one row per document. */
import type { Part } from './corpus';
import { CLASSES, KINDS, accuracy, rates, type Accuracy, type Counts, type Scores } from './score';

export interface DocumentScores {
  doc: string;
  part: Part;
  scores: Scores;
}

/** The headline figures, one row each, for the tuning and the check part side by side with their gap. */
export function splitReport(title: string, tuning: Scores, check: Scores): string {
  const f1 = (counts: Counts) => rates(counts).f1;
  const figures: Array<[string, (scores: Scores) => number | null]> = [
    ['quote span F1', (s) => f1(s.kinds.quote)],
    ['quote class accuracy', (s) => accuracy(s.quoteClass)],
    ['scare precision', (s) => rates(s.classes.scare).precision],
    ['scare recall', (s) => rates(s.classes.scare).recall],
    ['scare F1', (s) => f1(s.classes.scare)],
    ['partial F1', (s) => f1(s.classes.partial)],
    ['direct F1', (s) => f1(s.classes.direct)],
    ['title F1', (s) => f1(s.classes.title)],
    ['cue precision', (s) => rates(s.kinds.attribution).precision],
    ['cue recall', (s) => rates(s.kinds.attribution).recall],
    ['cue F1', (s) => f1(s.kinds.attribution)],
    ['sourceType accuracy', (s) => accuracy(s.sourceType)],
    ['source span accuracy', (s) => accuracy(s.sourceSpan)],
    ['hedge F1', (s) => f1(s.kinds.hedge)],
  ];
  const lines = [`== ${title}: tuning and check parts ==`, `${''.padEnd(22)}${['tuning', 'check', 'gap'].map((h) => h.padStart(9)).join('')}`];
  for (const [label, figure] of figures) {
    const [a, b] = [figure(tuning), figure(check)];
    const gap = a === null || b === null ? null : a - b;
    lines.push(`${label.padEnd(22)}${[a, b, gap].map((value) => decimal(value, 3).padStart(9)).join('')}`);
  }
  return `${lines.join('\n')}\n`;
}

const KIND_LABEL = { quote: 'quote span', attribution: 'attribution cue', hedge: 'hedge' } as const;

export function scoreReport(title: string, overall: Scores, documents: readonly DocumentScores[]): string {
  const lines = [`== ${title} (${documents.length} documents) ==`, `${''.padEnd(18)}${row(['P', 'R', 'F1', 'tp', 'fp', 'fn'])}`];
  for (const kind of KINDS) {
    lines.push(`${KIND_LABEL[kind].padEnd(18)}${countsRow(overall.kinds[kind])}`);
    if (kind === 'quote') for (const quoteClass of CLASSES) lines.push(`  ${quoteClass.padEnd(16)}${countsRow(overall.classes[quoteClass])}`);
  }
  lines.push(
    `quote class accuracy  ${decimal(accuracy(overall.quoteClass), 3)} (${overall.quoteClass.correct}/${overall.quoteClass.total} matched quotes)`,
    `sourceType accuracy   ${accuracyCell(overall.sourceType)}`,
    `source span accuracy  ${accuracyCell(overall.sourceSpan)}`,
    '',
    `${'document'.padEnd(18)}${['quote P/R/F1', 'attribution P/R/F1', 'hedge P/R/F1', 'sourceType', 'source span'].map((h) => h.padEnd(20)).join('')}`,
  );
  for (const { doc, part, scores } of documents) {
    const perKind = KINDS.map((kind) => compactRates(scores.kinds[kind]).padEnd(20)).join('');
    const sources = [scores.sourceType, scores.sourceSpan].map((value) => `${value.correct}/${value.total}`.padEnd(20)).join('');
    lines.push(`${(part === 'check' ? `${doc} (check)` : doc).padEnd(18)}${perKind}${sources}`.trimEnd());
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
