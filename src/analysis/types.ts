/** The finding kinds and fields of docs/annotation.md, plus the explanation and sentence range the UI shows. */

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
  /** What is credited: the reported words or proposition (ANNOTATION.md section 2), where the analyzer finds it. */
  content?: Range;
}

export interface HedgeFinding extends FindingBase {
  kind: 'hedge';
}

export type Finding = QuoteFinding | AttributionFinding | HedgeFinding;

export type { LanguageCode } from './lexicon';
import type { LanguageCode } from './lexicon';

export interface AnalyzeOptions {
  /**
   * Language of the text, or 'auto' (the default): told from its function words, paragraph by
   * paragraph, so a page mixing languages is read with the right lexicon in each part.
   */
  lang?: LanguageCode | 'auto';
  /** With 'auto': the language the page declares (`<html lang>`, Content-Language), which wins unless the words clearly disagree. */
  hint?: string;
  /** Report only these kinds (all when absent). */
  only?: readonly FindingKind[];
}

/** What `analyzeWithLanguage` returns: the findings, and which languages' rules produced them. */
export interface LanguageAnalysis {
  /** The language of most of the text. */
  lang: LanguageCode;
  /** Every language used, in order of first use. */
  languages: LanguageCode[];
  findings: Finding[];
}
