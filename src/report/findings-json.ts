/**
 * The JSON document of docs/annotation.md, `{"findings":[…]}`, on one line. Fields that
 * say what was read (the CLI's `file`; the popup's `url`, `title` and page `text`) come first.
 * Pure, so the CLI's `--json` and the popup's "Download JSON" write the same format.
 */
import type { Finding } from '../analysis/types';

/**
 * A page's findings in the analyzer's own form, for "Download JSON": their offsets index `text`,
 * the page text as read (its blocks joined by a blank line), which the CLI reads from the same HTML.
 */
export interface PageFindings {
  url: string;
  title: string;
  text: string;
  findings: Finding[];
}

export function findingsJson(findings: readonly Finding[], about: Readonly<Record<string, string>> = {}): string {
  return `${JSON.stringify({ ...about, findings })}\n`;
}
