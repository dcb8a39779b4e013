/** `--format md`: the popup's "Copy report" for each input, from the same formatter (src/shared/report-markdown.ts). */
import type { Finding } from '../analysis/types';
import { excerpt } from '../shared/excerpt';
import type { Counts, FindingSummary } from '../shared/messages';
import { formatReportMarkdown } from '../shared/report-markdown';
import type { PageText } from './html-text';
import { countFindings } from './summary';

/** Between two inputs' reports: a rule, with the blank line before it that keeps it from underlining the line above as a heading. */
export const REPORT_SEPARATOR = '\n---\n\n';

/** The report of one input: named by its page title, else by the input as given on the command line. */
export function markdownReport(name: string, page: PageText, findings: readonly Finding[]): string {
  return formatReportMarkdown({
    title: page.title ?? (name === '-' ? 'Standard input' : name),
    url: page.url ?? '',
    counts: popupCounts(findings),
    findings: findings.map((finding, id) => summaryOf(page.text, finding, id)),
  });
}

function popupCounts(findings: readonly Finding[]): Counts {
  const counts = countFindings(findings);
  return {
    scare: counts.scare,
    partial: counts.partial,
    direct: counts.direct,
    title: counts.title,
    attribution: counts.attribution,
    'attribution-named': counts.named,
    'attribution-vague': counts.vague,
    'attribution-none': counts.none,
    hedge: counts.hedge,
  };
}

/** As the content script summarises a finding for the popup (src/content/page-summary.ts). */
function summaryOf(text: string, finding: Finding, id: number): FindingSummary {
  const summary: FindingSummary = { id, kind: finding.kind, text: finding.text, sentence: text.slice(finding.sentence.start, finding.sentence.end) };
  if (finding.kind === 'quote') summary.class = finding.class;
  if (finding.kind === 'attribution') {
    summary.sourceType = finding.sourceType;
    if (finding.source) summary.sourceText = finding.source.text;
    if (finding.content) summary.contentText = excerpt(text.slice(finding.content.start, finding.content.end));
  }
  return summary;
}
