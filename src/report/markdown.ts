/**
 * The Markdown report of a page (issue 6, "Copy report"): title, URL, counts, sourcing profile and
 * every finding with its sentence, an attribution with its source and its claim. Pure (no DOM, no browser API), so the popup and, with
 * `--format md`, the CLI write the same report. Page-derived text is escaped, so a page cannot
 * inject links, images or HTML into the report.
 */
import type { Counts } from './counts';
import { sourcingProfile } from './sourcing-profile';
import type { FindingSummary } from './summary';

export interface ReportInput {
  title: string;
  /** Empty when the text has no address (the CLI's standard input). */
  url: string;
  counts: Counts;
  findings: readonly FindingSummary[];
}

const COUNT_ROWS: ReadonlyArray<[keyof Counts, string]> = [
  ['scare', 'Scare quotes'],
  ['partial', 'Partial quotes'],
  ['direct', 'Direct quotes'],
  ['title', 'Titles and names'],
  ['attribution', 'Attributions'],
  ['attribution-named', '— named source'],
  ['attribution-vague', '— vague source'],
  ['attribution-none', '— no source'],
  ['hedge', 'Distancing words'],
];

/** Backslash-escape what Markdown would read as markup; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~-]/g, '\\$&').trim();
}

function kindOf(finding: FindingSummary): string {
  if (finding.kind === 'quote') {
    return { scare: 'Scare quote', partial: 'Partial quote', direct: 'Direct quote', title: 'Title or name' }[finding.class ?? 'direct'];
  }
  if (finding.kind === 'attribution') return `Attribution, ${finding.sourceType === 'named' ? 'named' : finding.sourceType === 'vague' ? 'vague' : 'no'} source`;
  return 'Distancing word';
}

export function formatReportMarkdown(report: ReportInput): string {
  const { total, percent } = sourcingProfile(report.counts);
  const lines = [
    `# ${escapeMarkdown(report.title) || 'Untitled page'}`,
    '',
    // Text the CLI read from standard input comes from no address.
    ...(report.url ? [`<${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`, ''] : []),
    '## Counts',
    '',
    '| kind | count |',
    '|---|---:|',
    ...COUNT_ROWS.map(([name, label]) => `| ${label} | ${report.counts[name]} |`),
    '',
    '## Sourcing profile',
    '',
    total === 0
      ? 'No attributions.'
      : `${total} attributions: ${percent.named}% named, ${percent.vague}% vague, ${percent.none}% no source.`,
    '',
    '## Findings',
    '',
  ];
  if (report.findings.length === 0) lines.push('Nothing found.');
  report.findings.forEach((finding, i) => {
    lines.push(`${i + 1}. **${kindOf(finding)}**: ${escapeMarkdown(finding.text)}${credits(finding)}`);
    lines.push(`   > ${escapeMarkdown(finding.sentence)}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Who an attribution credits with what, on the finding's own line: a line of its own after the
 * sentence's quote would be read as more of the quote (Markdown's lazy continuation).
 */
function credits(finding: FindingSummary): string {
  const parts = [
    ...(finding.sourceText ? [`source: ${escapeMarkdown(finding.sourceText)}`] : []),
    ...(finding.contentText ? [`claim: ${escapeMarkdown(finding.contentText)}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
