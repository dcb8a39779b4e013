/** `quotelight scan`: read and analyse every input (on worker threads when there are several), print in input order. */
import { availableParallelism } from 'node:os';
import type { CliCommand } from './args';
import { formatFindings } from './format-text';
import { jsonLine } from './format-json';
import { markdownReport, REPORT_SEPARATOR } from './format-markdown';
import { inputRef, readStdin } from './inputs';
import { ProgressBar } from './progress';
import { scan, type ScanJob, type ScanResult } from './scan';
import { countFindings, type Counts } from '../report/counts';
import { numbered } from '../report/summary';
import { summaryTable } from './summary';
import { WorkerPool } from './worker-pool';

type ScanCommand = Extract<CliCommand, { command: 'scan' }>;

/** Resolves to the exit status: 1 when any input could not be read, else 0. */
export async function runScan(command: ScanCommand): Promise<number> {
  const stdin = command.inputs.includes('-') ? await readStdin() : '';
  const jobs: ScanJob[] = command.inputs.map((arg) => ({
    input: inputRef(arg, stdin), only: command.only, lang: command.lang, wholePage: command.wholePage,
  }));
  const several = jobs.length > 1;
  // scripts/build-node.mjs bundles the worker beside this file as dist/node/scan-worker.js.
  const pool = several
    ? new WorkerPool<ScanJob, ScanResult>(new URL('./scan-worker.js', import.meta.url), Math.min(jobs.length, availableParallelism()))
    : undefined;
  const progress = several && process.stderr.isTTY ? new ProgressBar(process.stderr, jobs.length) : undefined;
  const pending = jobs.map((job) => (pool ? pool.run(job) : scan(job)));
  // The loop below reports a failure itself; this branch only keeps the bar moving.
  for (const result of pending) result.then(() => progress?.tick(), () => undefined);

  const colour = command.format === 'text' && process.stdout.isTTY === true && !process.env['NO_COLOR'];
  const rows: Array<{ name: string; counts: Counts }> = [];
  let reports = 0;
  let exitCode = 0;
  try {
    for (const result of pending) {
      const outcome = await result;
      progress?.clear();
      if (!outcome.ok) {
        process.stderr.write(`quotelight: ${outcome.message}\n`);
        exitCode = 1;
      } else if (command.format === 'json') {
        process.stdout.write(jsonLine(outcome.findings, several ? outcome.name : undefined));
      } else if (command.format === 'md') {
        process.stdout.write((reports++ > 0 ? REPORT_SEPARATOR : '') + markdownReport(outcome.name, outcome.page, outcome.findings));
      } else {
        const header = several ? `==> ${outcome.name} <==\n` : '';
        process.stdout.write(header + formatFindings(outcome.page.text, outcome.findings, colour));
        rows.push({ name: outcome.name, counts: countFindings(numbered(outcome.findings)) });
      }
      progress?.draw();
    }
  } finally {
    progress?.clear();
    await pool?.close();
  }
  if (rows.length > 0) process.stdout.write(`\n${summaryTable(rows)}`);
  return exitCode;
}
