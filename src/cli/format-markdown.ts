/** `--format md`: the popup's "Copy report" for each input, from the same report model and formatter (src/report/). */
import type { Finding } from '../analysis/types';
import { formatReportMarkdown } from '../report/markdown';
import { numbered, pageSummary, textReader } from '../report/summary';
import type { PageText } from './html-text';

/** Between two inputs' reports: a rule, with the blank line before it that keeps it from underlining the line above as a heading. */
export const REPORT_SEPARATOR = '\n---\n\n';

/** The report of one input: named by its page title, else by the input as given on the command line. */
export function markdownReport(name: string, page: PageText, findings: readonly Finding[]): string {
  const about = { title: page.title ?? (name === '-' ? 'Standard input' : name), url: page.url ?? '', paused: false, languages: [] };
  return formatReportMarkdown(pageSummary(numbered(findings), textReader(page.text), about, true));
}
