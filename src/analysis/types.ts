/** The finding kinds and fields of ../shared/spec/ANNOTATION.md, plus the explanation and sentence range the UI shows. */

export type FindingKind = 'quote' | 'attribution' | 'hedge';
export type QuoteClass = 'scare' | 'partial' | 'direct' | 'title';
export type SourceType = 'named' | 'vague' | 'none';

/** A stretch of the analysed text: `end` is exclusive, offsets are UTF-16 code units, `text === input.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Range {
  start: number;
  end: number;
}

interface FindingBase extends Span {
  /** One plain-English sentence saying why this was marked (the tooltip text). */
  explanation: string;
  /** The sentence the finding stands in. */
  sentence: Range;
}

export interface QuoteFinding extends FindingBase {
  kind: 'quote';
  class: QuoteClass;
}

export interface AttributionFinding extends FindingBase {
  kind: 'attribution';
  source?: Span;
  sourceType: SourceType;
}

export interface HedgeFinding extends FindingBase {
  kind: 'hedge';
}

export type Finding = QuoteFinding | AttributionFinding | HedgeFinding;

export interface AnalyzeOptions {
  /** Language of the text; only English lexicons exist so far. */
  lang?: 'en';
  /** Report only these kinds (all when absent). */
  only?: readonly FindingKind[];
}
