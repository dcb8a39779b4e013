/** What the CLI says about files, to compare with the extension: its counts in the popup's count names, its Markdown reports. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { Finding } from '../../../src/analysis/types';
import { countFindings, type Counts } from '../../../src/report/counts';
import { numbered } from '../../../src/report/summary';
import { REPO_ROOT } from './pages';

/** The CLI's findings counted as the popup counts them. */
export function countsOf(findings: readonly Finding[]): Counts {
  return countFindings(numbered(findings));
}

/** One CLI run for all files (`options` such as `--whole-page` before them); with several inputs each JSON line names its file. */
export async function cliCounts(files: readonly string[], options: readonly string[] = []): Promise<Map<string, Counts>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(REPO_ROOT, 'bin/quotelight.js'), 'scan', '--json', ...options, ...files],
    { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 },
  );
  const result = new Map<string, Counts>();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const parsed = JSON.parse(line) as { file?: string; findings: Finding[] };
    result.set(parsed.file ?? files[0] ?? '', countsOf(parsed.findings));
  }
  return result;
}

/** One `quotelight scan --format md` run for all files: each file's Markdown report. */
export async function cliReports(files: readonly string[]): Promise<Map<string, string>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(REPO_ROOT, 'bin/quotelight.js'), 'scan', '--format', 'md', ...files],
    { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 },
  );
  // The formatter escapes every `-` of page text, so the separator cannot occur inside a report.
  const reports = stdout.split('\n---\n\n');
  if (reports.length !== files.length) throw new Error(`${reports.length} reports for ${files.length} files`);
  return new Map(files.map((file, i) => [file, reports[i]!]));
}

/** A report with its address line taken out: the browser read the page from the test server, the CLI from the file. */
export const withoutAddress = (report: string): string => report.replace(/^<[^>\n]*>\n\n/m, '');
