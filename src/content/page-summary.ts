/** The page's findings as the badge (`PageStatus`) and the popup (`PageSummary`) see them. */
import type { LanguageCode } from '../analysis/types';
import type { PlacedFinding } from '../page/placed-findings';
import { COUNT_NAMES, type CountName, type Counts, type FindingSummary, type PageStatus, type PageSummary } from '../shared/messages';

export function pageStatus(
  findings: readonly PlacedFinding[],
  page: { url: string; title: string },
  paused: boolean,
  languages: readonly LanguageCode[] = [],
): PageStatus {
  const counts = Object.fromEntries(COUNT_NAMES.map((name) => [name, 0])) as Counts;
  for (const placed of findings) {
    for (const name of countNamesOf(placed)) counts[name]++;
  }
  return { url: page.url, title: page.title, counts, paused, languages: [...languages] };
}

export function summarize(
  findings: readonly PlacedFinding[],
  page: { url: string; title: string },
  paused: boolean,
  languages: readonly LanguageCode[] = [],
): PageSummary {
  return { ...pageStatus(findings, page, paused, languages), findings: findings.map(findingSummaryOf) };
}

/** `attribution` counts every attribution, so it equals named + vague + none. */
function countNamesOf({ finding }: PlacedFinding): CountName[] {
  switch (finding.kind) {
    case 'quote':
      return [finding.class];
    case 'attribution':
      return ['attribution', `attribution-${finding.sourceType}`];
    case 'hedge':
      return ['hedge'];
  }
}

function findingSummaryOf(placed: PlacedFinding): FindingSummary {
  const { finding, span, source } = placed;
  const summary: FindingSummary = {
    id: placed.id,
    kind: finding.kind,
    text: span.block.text.slice(span.start, span.end),
    sentence: placed.sentence,
  };
  if (finding.kind === 'quote') summary.class = finding.class;
  if (finding.kind === 'attribution') {
    summary.sourceType = finding.sourceType;
    if (source) summary.sourceText = source.block.text.slice(source.start, source.end);
  }
  return summary;
}
