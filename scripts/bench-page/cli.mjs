// The CLI's side of the bench: the findings it reports for the saved pages (mark.js highlights the
// same texts), and its throughput over 1,000 files with its worker threads.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SENTENCES } from './pages.mjs';

function run(root, args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/quotelight.js', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 || code === 1 ? done({ stdout, pid: child.pid }) : fail(new Error(`quotelight ${args[0]} exited with ${code}`))));
  });
}

/** The finding texts of each file, in order, from one `quotelight scan --json` over all of them. */
export async function cliFindings(root, files) {
  const { stdout } = await run(root, ['scan', '--json', ...files]);
  const result = new Map();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const parsed = JSON.parse(line);
    result.set(parsed.file ?? files[0], parsed.findings.map((finding) => finding.text));
  }
  return result;
}

/** Jiffies of CPU per core from /proc/stat: [busy, total] each. */
function coreTimes() {
  try {
    return readFileSync('/proc/stat', 'utf8').split('\n').filter((line) => /^cpu\d/.test(line)).map((line) => {
      const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
      const busy = user + nice + system + irq + softirq + steal;
      return [busy, busy + idle + iowait];
    });
  } catch {
    return [];
  }
}

/** 1,000 article-sized text files through `quotelight scan`: files/s, the CLI's CPU, and each core's load meanwhile. */
export async function cliBatch(root, count = 1000) {
  const dir = mkdtempSync(join(tmpdir(), 'quotelight-batch-'));
  const paths = [];
  for (let k = 0; k < count; k += 1) {
    const path = join(dir, `article-${k}.txt`);
    writeFileSync(path, Array.from({ length: 12 }, (_, i) => SENTENCES[(k + i) % SENTENCES.length]).join(' ') + '\n');
    paths.push(path);
  }
  const cores = coreTimes();
  const started = performance.now();
  // Through bash's `time`, which counts the CLI's own CPU (all its threads) and nothing else.
  const timed = await new Promise((done, fail) => {
    const child = spawn('bash', ['-c', 'time node bin/quotelight.js scan --json "$@" > /dev/null', 'quotelight', ...paths], {
      cwd: root, env: { ...process.env, TIMEFORMAT: '%R %U %S' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', () => {
      const [real, user, system] = stderr.trim().split('\n').at(-1).split(' ').map(Number);
      done({ real, cpu: user + system });
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const after = coreTimes();
  rmSync(dir, { recursive: true, force: true });
  const perCore = after.map(([busy, total], i) => (busy - cores[i][0]) / Math.max(total - cores[i][1], 1));
  return { files: count, seconds: timed.real || seconds, cpu: timed.cpu, perCore };
}
