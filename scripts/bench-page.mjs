// `npm run bench:page`: the built extension in headless Chromium and Firefox ESR on every page of
// tests/fixtures/saved-pages and a generated 5 MB article, against two references in the same browser: mark.js
// highlighting the same ranges, and a word-list highlighter (one regular expression marked by mark.js), and each page again on reloading its tab; the cost of a rescan after 50 paragraphs
// are appended, on a small page, the largest saved page and the 5 MB one; and the CLI over 1,000
// files. Medians of BENCH_RUNS loads (5; 2 on the 5 MB article, whose pass takes seconds); figures
// from one run are compared as ratios, since this machine is shared and noisy.
// BENCH_PAGES=yahoo-2,generated-5mb and BENCH_BROWSERS=chromium filter.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { BROWSER_PATHS, launchChromium, launchFirefox } from './bench-page/browsers.mjs';
import { cliBatch, cliFindings } from './bench-page/cli.mjs';
import { appendAndTime, markJs, passFigures, scanDone, wordListPeer } from './bench-page/in-page.mjs';
import { benchPages, GENERATED, median, serve } from './bench-page/pages.mjs';
import { printReport } from './bench-page/report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES = join(ROOT, 'tests/fixtures/saved-pages');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GENERATED_RUNS = Math.min(RUNS, 2);
/** mark.js over the 5 MB article's tens of thousands of ranges may not finish: it gets this long, once. */
const MARK_JS_TIMEOUT_MS = 120_000;
const MARK_JS = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
/** Rescans are timed on a small saved page, the largest one and the 5 MB article. */
const RESCAN_PAGES = ['/ars-1.html', '/yahoo-2.html', GENERATED];

/** The generated article's quotations, distancing words and cues, for mark.js (the CLI would take minutes over 5 MB). */
function generatedTexts(html) {
  return [...html.matchAll(/“[^”]*”|\b(?:so-called|alleged|reportedly|according to|said|told|cited)\b/g)].map((match) => match[0]);
}

async function timeout(promise, ms) {
  let timer;
  const expired = new Promise((done) => (timer = setTimeout(() => done(null), ms)));
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function benchBrowser(launch, files, origin, texts) {
  const withExtension = await launch(join(ROOT, launch === launchChromium ? 'dist/chrome' : 'dist/firefox'), origin);
  const reference = await launch(null, origin);
  const rows = [];
  try {
    for (const [path, html] of files) {
      const runs = path === GENERATED ? GENERATED_RUNS : RUNS;
      const ours = [];
      const again = [];
      const theirs = [];
      const peers = [];
      for (let run = 0; run < runs; run += 1) {
        const page = await withExtension.open(origin + path);
        await page.waitFor(scanDone);
        await new Promise((done) => setTimeout(done, 150));
        const figures = await page.evaluate(passFigures);
        if (path !== GENERATED) {
          // The same page again in the same tab: its renderer has run Quotelight (and the
          // browser's one-time set-up) before, as when a reader goes on to a site's next article.
          // Before the heap is read: the full collection that reading forces drops compiled code.
          await page.reload();
          await page.waitFor(scanDone);
          again.push((await page.evaluate(passFigures)).scan);
        }
        ours.push({ ...figures, heap: await page.heap() });
        await page.close();
        if (path === GENERATED && run > 0) continue;
        const plain = await reference.open(origin + path);
        const heap = await plain.heap();
        await plain.addScript(MARK_JS);
        const marked = await timeout(plain.evaluate(markJs, texts.get(path)), MARK_JS_TIMEOUT_MS);
        theirs.push({ scan: marked?.scan ?? Infinity, ranges: marked?.ranges ?? NaN, heap });
        await plain.close();
        const peerPage = await reference.open(origin + path);
        await peerPage.addScript(MARK_JS);
        const peer = await timeout(peerPage.evaluate(wordListPeer), MARK_JS_TIMEOUT_MS);
        peers.push(peer?.scan ?? Infinity);
        await peerPage.close();
      }
      const heapBase = median(theirs.map((r) => r.heap));
      rows.push({
        browser: withExtension.name, page: path.slice(1, -'.html'.length), kb: html.length / 1024, runs,
        findings: texts.get(path).length, scan: median(ours.map((r) => r.scan)), again: median(again), longTask: median(ours.map((r) => r.longTask)),
        ownWork: median(ours.map((r) => r.ownWork)), firstHighlight: median(ours.map((r) => r.firstHighlight)), peer: median(peers),
        frameGap: median(ours.map((r) => r.frameGap)), ranges: median(ours.map((r) => r.ranges)),
        markJs: median(theirs.map((r) => r.scan)), heap: (median(ours.map((r) => r.heap)) - heapBase) / 1e6,
      });
      console.error(`  ${withExtension.name} ${path}: ${rows.at(-1).scan.toFixed(1)} ms vs mark.js ${rows.at(-1).markJs.toFixed(1)} ms, word list ${rows.at(-1).peer.toFixed(1)} ms`);
    }
    const rescans = [];
    for (const path of RESCAN_PAGES.filter((p) => files.has(p))) {
      const costs = [];
      for (let run = 0; run < (path === GENERATED ? GENERATED_RUNS : RUNS); run += 1) {
        const page = await withExtension.open(origin + path);
        await page.waitFor(scanDone);
        costs.push(await page.evaluate(appendAndTime));
        await page.close();
      }
      rescans.push({
        browser: withExtension.name, page: path.slice(1, -'.html'.length), kb: files.get(path).length / 1024,
        work: median(costs.map((c) => c.work)), wall: median(costs.map((c) => c.wall)), longTask: median(costs.map((c) => c.longTask)),
        ownWork: median(costs.map((c) => c.ownWork)),
      });
      console.error(`  ${withExtension.name} rescan ${path}: ${rescans.at(-1).work.toFixed(1)} ms`);
    }
    return { name: withExtension.name, version: withExtension.version, rows, rescans };
  } finally {
    await withExtension.close();
    await reference.close();
  }
}

async function main() {
  for (const dist of ['dist/chrome', 'dist/firefox']) if (!existsSync(join(ROOT, dist, 'manifest.json'))) throw new Error(`no ${dist}: run npm run build`);
  const only = process.env.BENCH_PAGES?.split(',');
  const wanted = process.env.BENCH_BROWSERS?.split(',') ?? ['chromium', 'firefox'];
  const files = benchPages(PAGES, only);
  const load = loadavg();
  const started = Date.now();

  const saved = [...files.keys()].filter((path) => path !== GENERATED);
  const byFile = await cliFindings(ROOT, saved.map((path) => join(PAGES, path.slice(1))));
  const texts = new Map(saved.map((path) => [path, byFile.get(join(PAGES, path.slice(1))) ?? []]));
  if (files.has(GENERATED)) texts.set(GENERATED, generatedTexts(files.get(GENERATED)));

  const server = await serve(files);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browsers = [];
  try {
    for (const [name, launch] of [['chromium', launchChromium], ['firefox', launchFirefox]]) {
      if (!wanted.includes(name)) continue;
      if (!existsSync(BROWSER_PATHS[name])) {
        console.error(`bench:page: no ${name} at ${BROWSER_PATHS[name]}, skipped`);
        continue;
      }
      console.error(`${name}…`);
      browsers.push(await benchBrowser(launch, files, origin, texts));
    }
  } finally {
    server.close();
  }
  console.error('CLI over 1,000 files…');
  const cli = await cliBatch(ROOT);
  printReport({ browsers, cli, runs: RUNS, generatedRuns: GENERATED_RUNS, load: [load, loadavg()], minutes: (Date.now() - started) / 60000 });
}

main().catch((error) => {
  console.error(`bench:page: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
