// `npm run bench:page`: the built extension in headless Chromium on every page of ../shared/pages and
// a generated 5 MB article, against mark.js highlighting the same ranges; then the cost of a rescan
// after 50 paragraphs are appended, and the CLI over 1,000 files. Medians of RUNS loads; figures from
// one run are compared as ratios, since this machine is shared and noisy.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const RUNS = 5;
const ROOT = resolve(import.meta.dirname, '..');
const PAGES = resolve(ROOT, '../shared/pages');
const EXTENSION = join(ROOT, 'dist/chrome');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MARK_JS = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const SENTENCES = [
  'The minister said the so-called “reform” would be delayed, according to officials.',
  '“We will not accept these terms,” the spokesman told reporters on Tuesday.',
  'Critics reportedly dismissed the “experts” as partisan, sources said.',
  'The report, which the agency published last week, found no evidence of fraud.',
  'An alleged “invasion” was cited by the government as the reason for the measures.',
];

function generatedArticle(bytes) {
  const paragraphs = [];
  let size = 0;
  for (let k = 0; size < bytes; k += 1) {
    const paragraph = `<p>${SENTENCES[k % SENTENCES.length]} ${SENTENCES[(k + 2) % SENTENCES.length]} Paragraph ${k}.</p>\n`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated article</title></head><body><article><h1>Generated article</h1>\n${paragraphs.join('')}</article></body></html>`;
}

function serve(files) {
  const server = createServer((request, response) => {
    const body = files.get(new URL(request.url, 'http://x').pathname);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};

function runCli(args) {
  return new Promise((done, fail) => {
    const child = spawn('bash', ['-c', 'time node bin/quotelight.js "$@" > /dev/null', 'quotelight', ...args], {
      cwd: ROOT,
      env: { ...process.env, TIMEFORMAT: '%R %U %S' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', () => {
      const [real, user, system] = stderr.trim().split('\n').at(-1).split(' ').map(Number);
      done({ real, cpu: user + system });
    });
  });
}

async function cliFindings(html) {
  const dir = mkdtempSync(join(tmpdir(), 'quotelight-bench-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, html);
  const output = await new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/quotelight.js', 'scan', '--json', file], { cwd: ROOT });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', () => done(stdout));
  });
  rmSync(dir, { recursive: true, force: true });
  return JSON.parse(output).findings.map((finding) => finding.text);
}

/** Collects long tasks from the start, in the page's own world. */
const LONGTASKS = `window.__longtasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longtasks.push([entry.startTime, entry.duration]); })
  .observe({ type: 'longtask', buffered: true });`;

async function heapUsed(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}

async function extensionRun(context, url) {
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('quotelight:scan-end').length > 0, undefined, { timeout: 120_000 });
  await page.waitForTimeout(100); // let long-task entries arrive
  const result = await page.evaluate(() => {
    const start = performance.getEntriesByName('quotelight:scan-start')[0].startTime;
    const end = performance.getEntriesByName('quotelight:scan-end')[0].startTime;
    const longest = window.__longtasks
      .filter(([at, duration]) => at + duration >= start && at <= end)
      .reduce((most, [, duration]) => Math.max(most, duration), 0);
    return { scan: end - start, longest };
  });
  return { ...result, heap: await heapUsed(page), page };
}

async function markJsRun(context, url, texts) {
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const heap = await heapUsed(page);
  await page.addScriptTag({ content: MARK_JS });
  const result = await page.evaluate((wanted) => {
    // mark.js's own text model: every text node's content, concatenated, outside script/style/title/head.
    let value = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script,style,title,head') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) value += node.textContent;
    const ranges = [];
    let from = 0;
    for (const text of wanted) {
      const pattern = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g');
      pattern.lastIndex = from;
      const match = pattern.exec(value);
      if (!match) continue;
      ranges.push({ start: match.index, length: match[0].length });
      from = match.index + match[0].length;
    }
    const start = performance.now();
    new window.Mark(document.body).markRanges(ranges);
    return { scan: performance.now() - start, ranges: ranges.length };
  }, texts);
  await page.close();
  return { ...result, heap };
}

async function rescanCost(context, url) {
  const { page } = await extensionRun(context, url);
  const cost = await page.evaluate(async () => {
    const before = performance.getEntriesByName('quotelight:rescan-end').length;
    const host = document.querySelector('article') ?? document.body;
    const appended = performance.now();
    for (let k = 0; k < 50; k += 1) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Officials said the “deal” was, reportedly, close. “We are ready,” the minister told reporters (${k}).`;
      host.append(paragraph);
    }
    while (performance.getEntriesByName('quotelight:rescan-end').length === before) await new Promise((r) => setTimeout(r, 5));
    const end = performance.getEntriesByName('quotelight:rescan-end').at(-1).startTime;
    const longest = window.__longtasks.filter(([at]) => at >= appended).reduce((most, [, d]) => Math.max(most, d), 0);
    return { wall: end - appended, longest };
  });
  await page.close();
  return cost;
}

async function main() {
  if (!existsSync(PAGES)) throw new Error(`no ${PAGES}: bench:page reads the saved pages from ../shared/pages`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('no dist/chrome: run npm run build');
  const files = new Map();
  // BENCH_PAGES=yahoo-2,cnn limits the run to those pages (the generated article is "generated-5mb").
  const only = process.env.BENCH_PAGES?.split(',').map((name) => `/${name}.html`);
  for (const name of readdirSync(PAGES).filter((file) => file.endsWith('.html')).sort()) files.set(`/${name}`, readFileSync(join(PAGES, name), 'utf8'));
  files.set('/generated-5mb.html', generatedArticle(5_000_000));
  for (const path of files.keys()) if (only && !only.includes(path)) files.delete(path);
  const server = await serve(files);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profiles = [mkdtempSync(join(tmpdir(), 'quotelight-bench-ext-')), mkdtempSync(join(tmpdir(), 'quotelight-bench-ref-'))];
  const withExtension = await chromium.launchPersistentContext(profiles[0], {
    executablePath: CHROMIUM, headless: true,
    args: [...FLAGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  const reference = await chromium.launchPersistentContext(profiles[1], { executablePath: CHROMIUM, headless: true, args: FLAGS });
  if (!withExtension.serviceWorkers().length) await withExtension.waitForEvent('serviceworker', { timeout: 15_000 });
  // The saved pages name hosts that cannot be reached here: refuse them at once rather than wait for DNS.
  for (const context of [withExtension, reference]) {
    await context.route((url) => url.protocol.startsWith('http') && url.origin !== origin, (route) => route.abort());
  }

  console.log(`Chromium ${withExtension.browser()?.version() ?? ''}; median of ${RUNS} loads per page; times in ms; heap: JS heap with the extension minus without`);
  console.log('page                   HTML KB  findings  quotelight  longest task  mark.js  quotelight/mark.js  heap MB');
  for (const [path, html] of files) {
    const texts = await cliFindings(html);
    const ours = [];
    const theirs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const measured = await extensionRun(withExtension, origin + path);
      await measured.page.close();
      const baseline = await markJsRun(reference, origin + path, texts);
      ours.push({ ...measured, heap: measured.heap - baseline.heap });
      theirs.push(baseline);
    }
    const scan = median(ours.map((r) => r.scan));
    const mark = median(theirs.map((r) => r.scan));
    console.log(
      `${path.slice(1).padEnd(22)} ${(html.length / 1024).toFixed(0).padStart(7)} ${String(texts.length).padStart(9)} ${scan.toFixed(1).padStart(11)} ` +
        `${median(ours.map((r) => r.longest)).toFixed(0).padStart(13)} ${mark.toFixed(1).padStart(8)} ${(scan / mark).toFixed(2).padStart(19)} ` +
        `${(median(ours.map((r) => r.heap)) / 1e6).toFixed(1).padStart(8)}`,
    );
  }

  console.log('\nrescan after appending 50 paragraphs (wall time from the append to quotelight:rescan-end, including the idle wait)');
  for (const path of ['/nytimes-1.html', '/yahoo-2.html', '/generated-5mb.html'].filter((p) => files.has(p))) {
    const costs = [];
    for (let run = 0; run < RUNS; run += 1) costs.push(await rescanCost(withExtension, origin + path));
    console.log(`${path.slice(1).padEnd(22)} ${median(costs.map((c) => c.wall)).toFixed(1).padStart(8)} ms, longest task ${median(costs.map((c) => c.longest)).toFixed(0)} ms`);
  }
  await withExtension.close();
  await reference.close();
  server.close();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });

  const dir = mkdtempSync(join(tmpdir(), 'quotelight-batch-'));
  const paths = [];
  for (let k = 0; k < 1000; k += 1) {
    const path = join(dir, `article-${k}.txt`);
    writeFileSync(path, Array.from({ length: 12 }, (_, i) => SENTENCES[(k + i) % SENTENCES.length]).join(' ') + '\n');
    paths.push(path);
  }
  const { real, cpu } = await runCli(['scan', '--json', ...paths]);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\nCLI: 1,000 files in ${real.toFixed(2)} s = ${(1000 / real).toFixed(0)} files/s; CPU ${cpu.toFixed(2)} s = ${(cpu / real).toFixed(2)} cores busy on average`);
}

main().catch((error) => {
  console.error(`bench:page: ${error.message}`);
  process.exitCode = 1;
});
