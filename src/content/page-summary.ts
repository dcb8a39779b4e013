/** The page's findings as the badge (`PageStatus`) and the popup (`PageSummary`) see them. */
import type { LanguageCode, SourceType } from '../analysis/types';
import type { BlockSpan, PlacedFinding } from '../page/placed-findings';
import {
  COUNT_NAMES, MAX_LISTED_FINDINGS, type CountName, type Counts, type FindingSummary, type PageStatus, type PageSummary,
} from '../shared/messages';
import { excerpt } from '../shared/excerpt';
import { scareTerms, sourcesByType } from './summary-stats';

export function pageStatus(
  findings: readonly PlacedFinding[],
  page: { url: string; title: string },
  paused: boolean,
  languages: readonly LanguageCode[] = [],
): PageStatus {
  const counts = Object.fromEntries(COUNT_NAMES.map((name) => [name, 0])) as Counts;
  // `attribution` counts every attribution, so it equals named + vague + none.
  for (const { finding } of findings) {
    if (finding.kind === 'quote') counts[finding.class]++;
    else if (finding.kind === 'hedge') counts.hedge++;
    else {
      counts.attribution++;
      counts[ATTRIBUTION_COUNTS[finding.sourceType]]++;
    }
  }
  return { url: page.url, title: page.title, counts, paused, languages: [...languages] };
}

/** The status with the tallies of every finding and the first MAX_LISTED_FINDINGS of them (or all), for the popup. */
export function summarize(allFindings: boolean, ...status: Parameters<typeof pageStatus>): PageSummary {
  const [findings] = status;
  const scareQuoted: string[] = [];
  const credited: Array<{ sourceType: SourceType; text: string }> = [];
  for (const { finding, span, source } of findings) {
    if (finding.kind === 'quote' && finding.class === 'scare') scareQuoted.push(textOf(span));
    else if (finding.kind === 'attribution' && source) credited.push({ sourceType: finding.sourceType, text: textOf(source) });
  }
  const listed = allFindings ? findings : findings.slice(0, MAX_LISTED_FINDINGS);
  return {
    ...pageStatus(...status),
    findings: listed.map(findingSummaryOf),
    findingTotal: findings.length,
    scareTerms: scareTerms(scareQuoted),
    sources: sourcesByType(credited),
  };
}

const textOf = (span: BlockSpan) => span.block.text.slice(span.start, span.end);

const ATTRIBUTION_COUNTS: Record<SourceType, CountName> = { named: 'attribution-named', vague: 'attribution-vague', none: 'attribution-none' };

/**
 * Stands for the list of findings, to tell whether it changed: a finding keeps its text and
 * sentence for as long as it keeps its id, so the ids in order are enough. Two hashes of them,
 * as a page may have 100,000 findings and this is worked out after every change.
 */
export function idsSignature(findings: readonly PlacedFinding[]): string {
  let a = 0;
  let b = 0;
  for (const { id } of findings) {
    a = (Math.imul(a, 31) + id) | 0;
    b = (Math.imul(b ^ id, 0x5bd1e995) + 0x27d4eb2d) | 0;
  }
  return `${findings.length}:${a}:${b}`;
}

function findingSummaryOf(placed: PlacedFinding): FindingSummary {
  const { finding, span, source, content } = placed;
  const summary: FindingSummary = {
    id: placed.id,
    kind: finding.kind,
    text: textOf(span),
    sentence: placed.sentence,
  };
  if (finding.kind === 'quote') summary.class = finding.class;
  if (finding.kind === 'attribution') {
    summary.sourceType = finding.sourceType;
    if (source) summary.sourceText = textOf(source);
    // An excerpt, not the whole: "Copy report" asks for every finding, and a content may be a paragraph.
    if (content.length > 0) summary.contentText = excerpt(content.map(textOf).join(' '));
  }
  return summary;
}
