/**
 * The report model: what the badge (`PageStatus`), the popup (`PageSummary`) and the Markdown
 * report know of a page, made the same way from the content script's findings and from the CLI's.
 * Pure (no DOM, no browser API): a finding's texts come from a `FindingTexts` reader, which reads
 * them from the page's blocks in the content script and from the analysed text in the CLI.
 */
import type { Finding, FindingKind, LanguageCode, QuoteClass, SourceType } from '../analysis/types';
import { countFindings, type Counts } from './counts';
import { excerpt } from './excerpt';
import { scareTerms, sourcesByType, type CreditedSources, type TermCount } from './term-counts';

/** A finding as the popup lists it: enough to show and to ask the page to reveal it. */
export interface FindingSummary {
  id: number;
  kind: FindingKind;
  class?: QuoteClass;
  sourceType?: SourceType;
  text: string;
  sourceText?: string;
  /** An excerpt of what an attribution credits (excerpt.ts), where the analyzer found it. */
  contentText?: string;
  sentence: string;
}

/**
 * What the badge needs to know of a page, sent whenever it changes. Without the findings: on a page
 * with 100,000 of them, sending the list after every change would stall the page for a third of a
 * second; the popup asks for a summary (`get-summary`) when it is open.
 */
export interface PageStatus {
  url: string;
  title: string;
  counts: Counts;
  paused: boolean;
  /** The languages whose rules read the page, in order of first use; empty until it is read (and while paused). */
  languages: LanguageCode[];
}

/** The popup lists this many findings at most, and says how many it left out. */
export const MAX_LISTED_FINDINGS = 300;

/**
 * The popup's view of a page. The tallies cover every finding, the list only what the popup shows:
 * listing 134,000 findings (a 5 MB article) would stall the page for as long as it took.
 */
export interface PageSummary extends PageStatus {
  /** In page order: the first MAX_LISTED_FINDINGS, or every one when asked (`allFindings`, for "Copy report"). */
  findings: FindingSummary[];
  /** How many findings the page has, listed or not. */
  findingTotal: number;
  /** The scare-quoted terms, most frequent first. */
  scareTerms: TermCount[];
  sources: CreditedSources;
}

/** A finding of a page with its id there: the content script's placed findings are such; the CLI numbers the analyzer's. */
export interface PageFinding {
  readonly id: number;
  readonly finding: Finding;
}

/** How a finding reads where it was found. Asked only of the findings a summary lists or tallies by text. */
export interface FindingTexts<F extends PageFinding> {
  /** The finding's own words. */
  text(item: F): string;
  sentence(item: F): string;
  /** The phrase an attribution credits, null when it has none. */
  source(item: F): string | null;
  /** What an attribution credits, whole (the summary keeps an excerpt), null when the analyzer found none. */
  content(item: F): string | null;
}

/** Everything of the page but its findings. */
export interface PageAbout {
  url: string;
  title: string;
  paused: boolean;
  languages: readonly LanguageCode[];
}

export function pageStatus(findings: readonly PageFinding[], about: PageAbout): PageStatus {
  return { url: about.url, title: about.title, counts: countFindings(findings), paused: about.paused, languages: [...about.languages] };
}

/** The status with the tallies of every finding and the first MAX_LISTED_FINDINGS of them (or all, `listAll`). */
export function pageSummary<F extends PageFinding>(
  findings: readonly F[],
  texts: FindingTexts<F>,
  about: PageAbout,
  listAll: boolean,
): PageSummary {
  const scareQuoted: string[] = [];
  const credited: Array<{ sourceType: SourceType; text: string }> = [];
  for (const item of findings) {
    const { finding } = item;
    if (finding.kind === 'quote' && finding.class === 'scare') scareQuoted.push(texts.text(item));
    else if (finding.kind === 'attribution') {
      const source = texts.source(item);
      if (source !== null) credited.push({ sourceType: finding.sourceType, text: source });
    }
  }
  const listed = listAll ? findings : findings.slice(0, MAX_LISTED_FINDINGS);
  return {
    ...pageStatus(findings, about),
    findings: listed.map((item) => findingSummary(item, texts)),
    findingTotal: findings.length,
    scareTerms: scareTerms(scareQuoted),
    sources: sourcesByType(credited),
  };
}

export function findingSummary<F extends PageFinding>(item: F, texts: FindingTexts<F>): FindingSummary {
  const { finding } = item;
  const summary: FindingSummary = { id: item.id, kind: finding.kind, text: texts.text(item), sentence: texts.sentence(item) };
  if (finding.kind === 'quote') summary.class = finding.class;
  if (finding.kind === 'attribution') {
    summary.sourceType = finding.sourceType;
    const source = texts.source(item);
    if (source !== null) summary.sourceText = source;
    // An excerpt, not the whole: "Copy report" asks for every finding, and a content may be a paragraph.
    const content = texts.content(item);
    if (content !== null) summary.contentText = excerpt(content);
  }
  return summary;
}

/** The analyzer's findings of one text (what the CLI read), numbered in order: ids are their places in the list. */
export function numbered(findings: readonly Finding[]): PageFinding[] {
  return findings.map((finding, id) => ({ id, finding }));
}

/** How findings read in the text the analyzer was given: their offsets index it. */
export function textReader(text: string): FindingTexts<PageFinding> {
  return {
    text: ({ finding }) => finding.text,
    sentence: ({ finding }) => text.slice(finding.sentence.start, finding.sentence.end),
    source: ({ finding }) => (finding.kind === 'attribution' && finding.source ? finding.source.text : null),
    content: ({ finding }) => (finding.kind === 'attribution' && finding.content ? text.slice(finding.content.start, finding.content.end) : null),
  };
}
