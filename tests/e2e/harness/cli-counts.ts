/** The counts `quotelight scan --json` gives for files, in the popup's count names. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { Finding } from '../../../src/analysis/types';
import { COUNT_NAMES, type Counts } from '../../../src/shared/messages';
import { REPO_ROOT } from './pages';

export function countsOf(findings: readonly Finding[]): Counts {
  const counts = Object.fromEntries(COUNT_NAMES.map((name) => [name, 0])) as Counts;
  for (const finding of findings) {
    if (finding.kind === 'quote') counts[finding.class] += 1;
    else if (finding.kind === 'hedge') counts.hedge += 1;
    else {
      counts.attribution += 1;
      counts[`attribution-${finding.sourceType}`] += 1;
    }
  }
  return counts;
}

/** One CLI run for all files; with several inputs each JSON line names its file. */
export async function cliCounts(files: readonly string[]): Promise<Map<string, Counts>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(REPO_ROOT, 'bin/quotelight.js'), 'scan', '--json', ...files],
    { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 },
  );
  const result = new Map<string, Counts>();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const parsed = JSON.parse(line) as { file?: string; findings: Finding[] };
    result.set(parsed.file ?? files[0] ?? '', countsOf(parsed.findings));
  }
  return result;
}
