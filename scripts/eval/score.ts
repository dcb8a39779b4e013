/**
 * Scoring predicted findings against gold labels (pure functions). A prediction matches a gold
 * finding of the same kind with exactly the same start and end; everything else is counted from
 * the matched pairs.
 */
import type { AttributionFinding, FindingKind, HedgeFinding, QuoteClass, QuoteFinding, Range, SourceType } from '../../src/analysis/types';

type Label<F> = Omit<F, 'explanation' | 'sentence'>;
/** A finding as the corpus records it: what the analyzer reports, less the UI-only fields. */
export type Labelled = Label<QuoteFinding> | Label<AttributionFinding> | Label<HedgeFinding>;

export const KINDS: readonly FindingKind[] = ['quote', 'attribution', 'hedge'];
export const CLASSES: readonly QuoteClass[] = ['scare', 'partial', 'direct', 'title'];
export const SOURCE_TYPES: readonly SourceType[] = ['named', 'vague', 'none'];

export interface SpanMatch<T> {
  pairs: Array<{ gold: T; predicted: T }>;
  /** Gold findings nothing matched (false negatives), by start. */
  missed: T[];
  /** Predictions that match nothing (false positives), by start. */
  spurious: T[];
}

/** Pairs gold and predicted items with identical [start, end); each item is used at most once. */
export function matchSpans<T extends Range>(gold: readonly T[], predicted: readonly T[]): SpanMatch<T> {
  const unmatched = new Map<string, T[]>();
  for (const item of gold) {
    const key = `${item.start}:${item.end}`;
    unmatched.set(key, [...(unmatched.get(key) ?? []), item]);
  }
  const pairs: SpanMatch<T>['pairs'] = [];
  const spurious: T[] = [];
  for (const item of predicted) {
    const partner = unmatched.get(`${item.start}:${item.end}`)?.shift();
    if (partner) pairs.push({ gold: partner, predicted: item });
    else spurious.push(item);
  }
  const missed = [...unmatched.values()].flat();
  return { pairs, missed: byStart(missed), spurious: byStart(spurious) };
}

export type Comparison = Record<FindingKind, SpanMatch<Labelled>>;

/** Matches one document's predictions against its gold labels, kind by kind. */
export function compareFindings(gold: readonly Labelled[], predicted: readonly Labelled[]): Comparison {
  const ofKind = (list: readonly Labelled[], kind: FindingKind) => list.filter((finding) => finding.kind === kind);
  return {
    quote: matchSpans(ofKind(gold, 'quote'), ofKind(predicted, 'quote')),
    attribution: matchSpans(ofKind(gold, 'attribution'), ofKind(predicted, 'attribution')),
    hedge: matchSpans(ofKind(gold, 'hedge'), ofKind(predicted, 'hedge')),
  };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Accuracy {
  correct: number;
  total: number;
}

export interface Scores {
  kinds: Record<FindingKind, Counts>;
  /** A predicted quote of a class is a true positive when it matches a gold quote of the same class. */
  classes: Record<QuoteClass, Counts>;
  /** Over quotes matched by span: the same class. */
  quoteClass: Accuracy;
  /** Over attribution cues matched by span: the same sourceType. */
  sourceType: Accuracy;
  /** Over attribution cues matched by span: the same source span, or no source on either side. */
  sourceSpan: Accuracy;
}

export function scoreComparison(comparison: Comparison): Scores {
  const kinds = mapRecord(KINDS, (kind) => {
    const { pairs, missed, spurious } = comparison[kind];
    return { tp: pairs.length, fp: spurious.length, fn: missed.length };
  });
  const quotes = comparison.quote;
  const classes = mapRecord(CLASSES, (quoteClass) => {
    const isOfClass = (finding: Labelled) => finding.kind === 'quote' && finding.class === quoteClass;
    const tp = quotes.pairs.filter((pair) => isOfClass(pair.gold) && isOfClass(pair.predicted)).length;
    const gold = quotes.pairs.filter((pair) => isOfClass(pair.gold)).length + quotes.missed.filter(isOfClass).length;
    const predicted = quotes.pairs.filter((pair) => isOfClass(pair.predicted)).length + quotes.spurious.filter(isOfClass).length;
    return { tp, fp: predicted - tp, fn: gold - tp };
  });
  const cues = comparison.attribution.pairs;
  const sameClass = ({ gold, predicted }: { gold: Labelled; predicted: Labelled }) =>
    gold.kind === 'quote' && predicted.kind === 'quote' && gold.class === predicted.class;
  return {
    kinds,
    classes,
    quoteClass: { correct: quotes.pairs.filter(sameClass).length, total: quotes.pairs.length },
    sourceType: { correct: cues.filter(hasSameSourceType).length, total: cues.length },
    sourceSpan: { correct: cues.filter(hasSameSource).length, total: cues.length },
  };
}

export function hasSameSourceType({ gold, predicted }: { gold: Labelled; predicted: Labelled }): boolean {
  return gold.kind === 'attribution' && predicted.kind === 'attribution' && gold.sourceType === predicted.sourceType;
}

export function hasSameSource({ gold, predicted }: { gold: Labelled; predicted: Labelled }): boolean {
  if (gold.kind !== 'attribution' || predicted.kind !== 'attribution') return false;
  if (!gold.source || !predicted.source) return !gold.source && !predicted.source;
  return gold.source.start === predicted.source.start && gold.source.end === predicted.source.end;
}

export function addScores(a: Scores, b: Scores): Scores {
  const addCounts = (x: Counts, y: Counts): Counts => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });
  const addAccuracy = (x: Accuracy, y: Accuracy): Accuracy => ({ correct: x.correct + y.correct, total: x.total + y.total });
  return {
    kinds: mapRecord(KINDS, (kind) => addCounts(a.kinds[kind], b.kinds[kind])),
    classes: mapRecord(CLASSES, (quoteClass) => addCounts(a.classes[quoteClass], b.classes[quoteClass])),
    quoteClass: addAccuracy(a.quoteClass, b.quoteClass),
    sourceType: addAccuracy(a.sourceType, b.sourceType),
    sourceSpan: addAccuracy(a.sourceSpan, b.sourceSpan),
  };
}

export function emptyScores(): Scores {
  return scoreComparison(compareFindings([], []));
}

export interface Rates {
  /** null when there is nothing to divide by: no predictions (precision), no gold (recall), neither (F1). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function rates({ tp, fp, fn }: Counts): Rates {
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

export function accuracy({ correct, total }: Accuracy): number | null {
  return ratio(correct, total);
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function byStart<T extends Range>(items: T[]): T[] {
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

function mapRecord<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}
