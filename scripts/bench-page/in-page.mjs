// Functions run inside the pages (serialised by the browser drivers): keep them self-contained.

/** Installed before any page script: long tasks (Chromium) and gaps between frames (both browsers). */
export const PROBES = `(() => {
  window.__benchLongTasks = [];
  window.__benchFrames = [];
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const frame = (time) => { window.__benchFrames.push(performance.now()); if (window.__benchFrames.length < 100000) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

export function scanDone() {
  return performance.getEntriesByName('quotelight:scan-end').length > 0;
}

/**
 * The full pass's time, and between its start and end (+100 ms) the longest task and frame gap, and
 * the longest stretch of the content script's own work (its `quotelight:long-work` measures, 20 ms and
 * over); and when the first highlight came.
 */
export function passFigures() {
  const start = performance.getEntriesByName('quotelight:scan-start')[0].startTime;
  const end = performance.getEntriesByName('quotelight:scan-end')[0].startTime;
  const within = (at, duration) => at + duration >= start && at <= end + 100;
  const longTasks = window.__benchLongTasks.filter(([at, duration]) => within(at, duration));
  const frames = window.__benchFrames.filter((at) => at >= start && at <= end + 100);
  let gap = 0;
  for (let i = 1; i < frames.length; i += 1) gap = Math.max(gap, frames[i] - frames[i - 1]);
  const ownWork = performance.getEntriesByName('quotelight:long-work')
    .filter((entry) => within(entry.startTime, entry.duration)).reduce((most, entry) => Math.max(most, entry.duration), 0);
  // From DOMContentLoaded to the first finding handed to the painter (drawn at the next frame).
  const first = performance.getEntriesByName('quotelight:first-highlight')[0];
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    scan: end - start,
    ownWork,
    longTask: PerformanceObserver.supportedEntryTypes?.includes('longtask') ? longTasks.reduce((most, [, d]) => Math.max(most, d), 0) : NaN,
    frameGap: gap,
    ranges: typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) : NaN,
    firstHighlight: first && navigation ? first.startTime - navigation.domContentLoadedEventStart : NaN,
  };
}

/**
 * Append 50 paragraphs where the article's text is (the parent of its last paragraph), and time the
 * rescan: its own work (rescan-start to rescan-end) and the wall time from the append.
 */
export async function appendAndTime() {
  const text = (element) => [...element.querySelectorAll('p')].reduce((n, p) => n + p.textContent.length, 0);
  const roots = [...document.querySelectorAll('article, main, [role=main]')].sort((a, b) => text(b) - text(a));
  const paragraphs = [...(roots[0] ?? document.body).querySelectorAll('p')];
  const host = paragraphs.at(-1)?.parentElement ?? roots[0] ?? document.body;
  const before = performance.getEntriesByName('quotelight:rescan-end').length;
  const appended = performance.now();
  for (let k = 0; k < 50; k += 1) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `Officials said the “deal” was, reportedly, close. “We are ready,” the minister told reporters (${k}).`;
    host.append(paragraph);
  }
  for (let i = 0; i < 1000 && performance.getEntriesByName('quotelight:rescan-end').length === before; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const ends = performance.getEntriesByName('quotelight:rescan-end');
  if (ends.length === before) return { work: NaN, wall: NaN, longTask: NaN };
  const end = ends.at(-1).startTime;
  const start = performance.getEntriesByName('quotelight:rescan-start').filter((mark) => mark.startTime >= appended)[0]?.startTime ?? appended;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const longTask = PerformanceObserver.supportedEntryTypes?.includes('longtask')
    ? window.__benchLongTasks.filter(([at, d]) => at + d >= appended).reduce((most, [, d]) => Math.max(most, d), 0)
    : NaN;
  const ownWork = performance.getEntriesByName('quotelight:long-work')
    .filter((entry) => entry.startTime + entry.duration >= appended).reduce((most, entry) => Math.max(most, entry.duration), 0);
  return { work: end - start, wall: end - appended, longTask, ownWork };
}

/** mark.js (already on the page) highlighting the given texts, found in its own text model in order. */
export function markJs(wanted) {
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
}

/**
 * The highlighter a reader would otherwise install: a word list as one regular expression, marked by
 * mark.js (already on the page) over the whole body after load, with the layout that forces.
 */
export function wordListPeer() {
  const words = /“[^”\n]{1,60}”|"[^"\n]{1,60}"|\b(?:according to|said|says|told|reported|reportedly|claimed|claims|allegedly|alleged|so-called|sources say|sources said|it is believed)\b/gi;
  let ranges = 0;
  const start = performance.now();
  new window.Mark(document.body).markRegExp(words, { exclude: ['script', 'style', 'noscript', 'textarea'], each: () => (ranges += 1) });
  void document.body.offsetHeight;
  return { scan: performance.now() - start, ranges };
}
