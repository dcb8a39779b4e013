// The bench's table and its targets (issues 4 and 16), each met or not.
import { GENERATED, median } from './pages.mjs';

const LARGEST_SAVED = 'yahoo-2';
const SMALL_SAVED = 'ars-1';
const GENERATED_NAME = GENERATED.slice(1, -'.html'.length);

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : value === Infinity ? '>timeout' : 'n/a');
const pad = (text, width) => String(text).padStart(width);

function worst(rows, value) {
  return rows.reduce((most, row) => (most === null || value(row) > value(most) ? row : most), null);
}

function verdict(ok) {
  return ok ? 'met    ' : 'NOT MET';
}

export function printReport({ browsers, cli, runs, generatedRuns, load, minutes }) {
  console.log(`bench:page: median of ${runs} loads per page (${generatedRuns} on the 5 MB article); times in ms from quotelight:scan-start`
    + ' (dated from the content script\'s start) to quotelight:scan-end, in a new tab, and again when that tab reloads the page (its renderer has run'
    + ' Quotelight before, as when a reader goes on to a site\'s next article); first hl: from DOMContentLoaded to the first finding handed to the painter;'
    + ' mark.js: markRanges over the same finding texts in the same browser; word list: the highlighter a reader would otherwise install, a word-list'
    + ' regular expression marked by mark.js markRegExp over document.body after load (script, style, noscript, textarea excluded), forced layout included;'
    + ' longest task: PerformanceObserver longtask (Chromium only), the page\'s own parsing and layout included; own work: the content script\'s longest'
    + ' stretch of work (its quotelight:long-work measures; 0 when none reached 20 ms); frame gap: the longest gap between animation frames (both browsers);'
    + ' heap: the page\'s JS heap with the extension (after the reload\'s pass, on the 5 MB article after the first) minus without (Chromium only).');
  console.log(`load average ${load[0].map((v) => v.toFixed(1)).join(' ')} at start, ${load[1].map((v) => v.toFixed(1)).join(' ')} at end (2 cores); ${minutes.toFixed(1)} min`);
  for (const browser of browsers) {
    console.log(`\n${browser.name} ${browser.version}`);
    console.log('page                 HTML KB  findings  quotelight  reloaded  first hl  mark.js  mark.js/quotelight  word list  word list/quotelight  longest task  own work  frame gap  ranges  heap MB');
    for (const row of browser.rows) {
      console.log(`${row.page.padEnd(20)} ${pad(row.kb.toFixed(0), 7)} ${pad(row.findings, 9)} ${pad(fixed(row.scan), 11)} ${pad(fixed(row.again), 9)} ${pad(fixed(row.firstHighlight, 0), 9)} ${pad(fixed(row.markJs), 8)} `
        + `${pad(fixed(row.markJs / row.scan, 2), 19)} ${pad(fixed(row.peer), 10)} ${pad(fixed(row.peer / row.scan, 2), 21)} ${pad(fixed(row.longTask, 0), 13)} ${pad(fixed(row.ownWork, 0), 9)} ${pad(fixed(row.frameGap, 0), 10)} ${pad(fixed(row.ranges, 0), 7)} ${pad(fixed(row.heap), 8)}`);
    }
    console.log('rescan after appending 50 paragraphs: own work (rescan-start to rescan-end), wall time from the append (idle wait included), longest task (the page\'s relayout included), longest own work');
    for (const rescan of browser.rescans) {
      console.log(`${rescan.page.padEnd(20)} ${pad(rescan.kb.toFixed(0), 7)} KB ${pad(fixed(rescan.work), 8)} ms ${pad(fixed(rescan.wall), 8)} ms wall ${pad(fixed(rescan.longTask, 0), 6)} ms task ${pad(fixed(rescan.ownWork, 0), 6)} ms own`);
    }
  }

  console.log('\ntargets');
  for (const browser of browsers) {
    const saved = browser.rows.filter((row) => row.page !== GENERATED_NAME);
    const slowest = worst(saved, (row) => row.scan);
    const leastAhead = worst(saved, (row) => -(row.markJs / row.scan));
    const longest = worst(browser.rows, (row) => (Number.isFinite(row.longTask) ? row.longTask : row.frameGap));
    const taskOf = (row) => (Number.isFinite(row.longTask) ? row.longTask : row.frameGap);
    const taskName = browser.rows.some((row) => Number.isFinite(row.longTask)) ? 'longest task' : 'longest frame gap';
    const largest = browser.rescans.find((r) => r.page === LARGEST_SAVED);
    const small = browser.rescans.find((r) => r.page === SMALL_SAVED);
    const huge = browser.rescans.find((r) => r.page === GENERATED_NAME);
    const heap = browser.rows.find((row) => row.page === LARGEST_SAVED)?.heap;
    console.log(`${browser.name}:`);
    const limit = browser.name === 'firefox' ? 80 : 50;
    if (slowest) console.log(`  ${verdict(slowest.scan <= limit)} every saved page highlighted in ≤ ${limit} ms: slowest ${slowest.page} ${fixed(slowest.scan)} ms; over ${limit} ms: ${saved.filter((r) => r.scan > limit).map((r) => r.page).join(', ') || 'none'}`);
    const latest = worst(saved, (row) => row.firstHighlight);
    if (latest) console.log(`  ${verdict(latest.firstHighlight <= 100)} first highlight ≤ 100 ms after DOMContentLoaded on every saved page: latest ${latest.page} ${fixed(latest.firstHighlight, 0)} ms; median over the pages ${fixed(median(saved.map((r) => r.firstHighlight)), 0)} ms`);
    const behindPeer = worst(saved, (row) => -(row.peer / row.scan));
    if (behindPeer) console.log(`  ${verdict(behindPeer.peer / behindPeer.scan >= 1)} at least as fast as the word-list peer on every saved page: least ${behindPeer.page} ${fixed(behindPeer.peer / behindPeer.scan, 2)}×; under 1×: ${saved.filter((r) => r.peer / r.scan < 1).map((r) => r.page).join(', ') || 'none'}`);
    const generated = browser.rows.find((row) => row.page === GENERATED_NAME);
    if (generated) console.log(`  ${verdict(generated.peer / generated.scan >= 3)} ≥ 3× faster than the word-list peer on the 5 MB article: ${fixed(generated.peer / generated.scan, 2)}× (${fixed(generated.peer, 0)} ms against ${fixed(generated.scan, 0)} ms)`);
    const slowestAgain = worst(saved, (row) => row.again);
    if (slowestAgain) console.log(`  ${verdict(slowestAgain.again <= 50)} the same, each page reloaded in its tab: slowest ${slowestAgain.page} ${fixed(slowestAgain.again)} ms; ≤ 50 ms on ${saved.filter((r) => r.again <= 50).length} of ${saved.length}; over: ${saved.filter((r) => !(r.again <= 50)).map((r) => r.page).join(', ') || 'none'}`);
    if (leastAhead) console.log(`  ${verdict(leastAhead.markJs / leastAhead.scan >= 3)} ≥ 3× faster than mark.js on every saved page: least ${leastAhead.page} ${fixed(leastAhead.markJs / leastAhead.scan, 2)}×; under 3×: ${saved.filter((r) => r.markJs / r.scan < 3).map((r) => r.page).join(', ') || 'none'}`);
    if (longest) console.log(`  ${verdict(taskOf(longest) <= 50)} no task > 50 ms on any page (${taskName}, the page's own included): worst ${longest.page} ${fixed(taskOf(longest), 0)} ms; over 50 ms: ${browser.rows.filter((r) => taskOf(r) > 50).map((r) => r.page).join(', ') || 'none'}`);
    const busiest = worst([...browser.rows, ...browser.rescans.map((r) => ({ ...r, page: `${r.page} rescan` }))], (row) => row.ownWork);
    if (busiest) console.log(`  ${verdict(busiest.ownWork <= 50)} none of Quotelight's own work > 50 ms at a time, first passes and rescans: longest ${busiest.page} ${fixed(busiest.ownWork, 0)} ms`);
    if (largest) console.log(`  ${verdict(largest.work <= 10)} rescan after 50 paragraphs on the largest saved page (${LARGEST_SAVED}) ≤ 10 ms: ${fixed(largest.work)} ms`);
    if (small && huge) console.log(`  ${verdict(huge.work <= 2 * Math.max(small.work, 5))} rescan not growing with page size: ${fixed(small.work)} ms on ${SMALL_SAVED} (${small.kb.toFixed(0)} KB), ${fixed(huge.work)} ms on the 5 MB article (ratio ${fixed(huge.work / small.work, 2)})`);
    if (heap !== undefined) console.log(`  ${Number.isFinite(heap) ? verdict(heap <= 10) : 'n/a    '} content-script heap ≤ 10 MB on the largest saved page: ${fixed(heap)} MB`);
  }
  const perCore = cli.perCore.map((share) => `${(share * 100).toFixed(0)}%`).join(', ');
  console.log(`CLI: ${cli.files} files in ${cli.seconds.toFixed(2)} s = ${(cli.files / cli.seconds).toFixed(0)} files/s; its CPU ${cli.cpu.toFixed(2)} s = ${(cli.cpu / cli.seconds).toFixed(2)} cores busy on average; each core's load meanwhile (all processes): ${perCore}`);
}
