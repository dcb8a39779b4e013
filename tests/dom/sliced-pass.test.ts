import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCAN_END_MARK, startContentScript, type PageWindow } from '../../src/content/content-script';
import { nearScreen } from '../../src/page/highlight-window';
import { idleScheduler, idleSlices } from '../../src/page/idle-scheduler';
import { PageModel } from '../../src/page/page-model';
import type { PlacedFinding } from '../../src/page/placed-findings';
import { fakeAnalyze } from './helpers/fake-analyzer';
import { fakeBrowser } from '../helpers/fake-browser';
import { FakeHighlight } from './helpers/fake-highlights';
import { manualSchedule } from './helpers/manual-schedule';
import { manualSlices } from './helpers/manual-slices';

/** Paragraphs each with one scare quote, “q0” … “qN”. */
const paragraphs = (count: number, from = 0) =>
  Array.from({ length: count }, (_, k) => `<p id="p${from + k}">Paragraph ${from + k} of the story, with a “q${from + k}” in it.</p>`).join('\n');

/** The quoted words in each analysed text. */
function quotedIn(texts: readonly string[]) {
  return texts.map((text) => [...text.matchAll(/“(q\d+)”/g)].map((match) => match[1]!));
}

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

/** Puts one element on the first screen (jsdom has no layout: every box is empty, so off screen). */
function placeOnScreen(element: Element) {
  element.getBoundingClientRect = () => ({ top: 100, bottom: 140, left: 0, right: 600, height: 40, width: 600, x: 0, y: 100 } as DOMRect);
}

async function startSliced(body: string, onScreen: string) {
  const dom = new JSDOM(`<!doctype html><html lang="en"><head><title>News</title></head><body><article>${body}</article></body></html>`, {
    url: 'https://news.example/article', pretendToBeVisual: true,
  });
  const window = dom.window as unknown as PageWindow & { CSS: unknown; Highlight: unknown };
  const registry = new Map<string, FakeHighlight>();
  window.CSS = { highlights: registry };
  window.Highlight = FakeHighlight;
  placeOnScreen(window.document.getElementById(onScreen)!);
  // A clock that runs fast: every slice is out of time after its first step.
  let now = 0;
  window.performance.now = () => (now += 1000);
  const marks: string[] = [];
  window.performance.mark = ((name: string) => void marks.push(name)) as unknown as Performance['mark'];
  const analysed: string[] = [];
  const analyze = vi.fn((text: string) => {
    analysed.push(text);
    return fakeAnalyze(text);
  });
  const extension = fakeBrowser({ settings: { articleOnly: false } });
  const slices = manualSlices();
  const rescans = manualSchedule();
  const script = startContentScript({
    window, ...extension.api, analyze, schedule: rescans.schedule, slices: slices.slices,
  });
  running.push(() => {
    script.stop();
    dom.window.close();
  });
  let settled = false;
  void script.ready.then(() => (settled = true));
  // The settings are read (fake storage answers at once), then the first slice runs.
  for (let i = 0; i < 20 && slices.pending === 0 && !settled; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  const shown = () => [...registry.get('quotelight-scare') ?? []].map((range) => range.toString());
  return { window, slices, rescans, shown, marks, analysed, isSettled: () => settled, ready: script.ready, extension };
}

describe('the full pass in slices', () => {
  it('shows the first screen’s run first, then the rest in document order, analysing each block once', async () => {
    const page = await startSliced(paragraphs(120), 'p100');
    // The first slice (run at once) read the page; nothing is analysed or shown yet.
    expect(page.shown()).toEqual([]);
    expect(page.isSettled()).toBe(false);
    const warmUp = page.analysed.length;
    // Slices read on until the run holding the block on the screen is read: it is shown before anything above that run.
    while (page.shown().length === 0) expect(page.slices.runOne()).toBe(true);
    const first = page.shown();
    expect(first).toContain('“q100”');
    expect(first).not.toContain('“q0”');
    while (page.slices.runOne()) { /* the rest of the pass */ }
    await page.ready;
    expect(page.marks.at(-1)).toBe(SCAN_END_MARK);
    const all = page.shown();
    expect([...all].sort()).toEqual(Array.from({ length: 120 }, (_, k) => `“q${k}”`).sort());
    expect(new Set(all).size).toBe(all.length);
    // Each block was a target once; beyond that a run reads only one neighbour on each side.
    const seen = quotedIn(page.analysed.slice(warmUp)).flat();
    for (let k = 0; k < 120; k++) {
      const times = seen.filter((word) => word === `q${k}`).length;
      expect(times, `q${k}`).toBeGreaterThanOrEqual(1);
      expect(times, `q${k}`).toBeLessThanOrEqual(3);
    }
    expect(seen.length).toBeLessThan(120 + 2 * (page.analysed.length - warmUp) + 1);
  });

  it('holds a rescan back until the pass is done, then reads what changed', async () => {
    const page = await startSliced(paragraphs(10), 'p0');
    const added = page.window.document.createElement('p');
    added.textContent = 'Later, a “late” word.';
    page.window.document.querySelector('article')!.append(added);
    // The rescan's turn comes while the pass runs: it waits.
    await page.rescans.run();
    expect(page.marks.filter((mark) => mark.includes('rescan'))).toEqual([]);
    while (page.slices.runOne()) { /* the pass */ }
    await page.ready;
    expect(page.shown()).toContain('“late”');
    expect(page.marks.at(-1)).toBe('quotelight:rescan-end');
  });

  it('ends the pass (and settles ready) when stopped halfway', async () => {
    const page = await startSliced(paragraphs(40), 'p0');
    page.slices.runOne();
    running.shift()!();
    await page.ready;
    expect(page.marks).not.toContain(SCAN_END_MARK);
  });
});

describe('PageModel, a step at a time', () => {
  function setUpModel(body: string) {
    const { document } = new JSDOM(`<!doctype html><body><article>${body}</article></body>`).window;
    const analysed: string[] = [];
    const model = new PageModel((text) => {
      analysed.push(text);
      return fakeAnalyze(text);
    });
    return { document, model, analysed };
  }

  it('analyses the runs of blocks on the screen before the others, and every block as a target once', () => {
    const { document, model, analysed } = setUpModel(paragraphs(300));
    const onScreen = new Set(['p150', 'p151']);
    model.startScan(document, (block) => onScreen.has((block.container as Element).id));
    const steps: PlacedFinding[][] = [];
    while (model.scanning) steps.push(model.continueScan(() => false));
    const firstFound = steps.find((step) => step.length > 0)!.map((placed) => placed.finding.text);
    expect(firstFound).toContain('“q150”');
    expect(firstFound).not.toContain('“q0”');
    const texts = model.findings().map((placed) => placed.finding.text);
    expect(texts).toEqual(Array.from({ length: 300 }, (_, k) => `“q${k}”`));
    expect(new Set(model.findings().map((placed) => placed.id)).size).toBe(300);
    // Runs of a few thousand characters, not one call per block nor one for the page.
    expect(analysed.length).toBeGreaterThan(3);
    expect(analysed.length).toBeLessThan(60);
    const seen = quotedIn(analysed).flat();
    expect(seen.length).toBeLessThanOrEqual(300 + 2 * analysed.length);
  });

  it('finds on a sliced scan what one pass over the page finds', () => {
    const body = `<h1>The alleged “plan”</h1><p>Kyodo</p><p>said it was “off”.</p>${paragraphs(50)}<div>Tanaka said “no”. <p>inner</p> reportedly</div>`;
    const sliced = setUpModel(body);
    sliced.model.startScan(sliced.document, () => false);
    while (sliced.model.scanning) sliced.model.continueScan(() => false);
    const whole = setUpModel(body);
    whole.model.scanAll(whole.document);
    const describe = (placed: PlacedFinding) => `${placed.span.block.text.slice(placed.span.start, placed.span.end)} ${placed.source ? placed.source.block.text.slice(placed.source.start, placed.source.end) : ''}`;
    expect(sliced.model.findings().map(describe)).toEqual(whole.model.findings().map(describe));
  });
});

describe('nearScreen', () => {
  it('keeps the findings whose blocks are within a screen of the visible one', () => {
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    const findings = Array.from({ length: 100 }, (_, k) => {
      const element = document.createElement('p');
      document.body.append(element);
      element.getBoundingClientRect = () => ({ top: k * 100 - 2000, bottom: k * 100 - 1950 } as DOMRect);
      return { span: { block: { container: element } } } as unknown as PlacedFinding;
    });
    // Screen 500 px high: boxes from -500 to 1000 are near (blocks 15 to 30).
    const near = nearScreen(findings, 500).map((placed) => findings.indexOf(placed));
    expect(near).toEqual(Array.from({ length: 16 }, (_, k) => 15 + k));
  });
});

describe('idleSlices', () => {
  function fakeWindow(idle: boolean) {
    let now = 0;
    const idleCallbacks: Array<(deadline: { timeRemaining(): number }) => void> = [];
    const timers: Array<() => void> = [];
    const window = {
      performance: { now: () => now },
      setTimeout: (callback: () => void) => timers.push(callback),
      clearTimeout: () => {},
      ...(idle ? {
        requestIdleCallback: (callback: (deadline: { timeRemaining(): number }) => void) => idleCallbacks.push(callback),
        cancelIdleCallback: () => {},
      } : {}),
    };
    return { window, idleCallbacks, timers, advance: (ms: number) => (now += ms) };
  }

  /** How long a slice goes on (in fake milliseconds) when each step takes 1 ms. */
  function sliceLength(run: () => void, advance: (ms: number) => number, schedule: ReturnType<typeof idleSlices>) {
    let steps = 0;
    schedule((timeLeft) => {
      while (timeLeft() && steps < 1000) {
        advance(1);
        steps++;
      }
    });
    run();
    return steps;
  }

  it('works through what is left of an idle period, within bounds, and a short slice when idle time never comes', () => {
    const long = fakeWindow(true);
    expect(sliceLength(() => long.idleCallbacks.shift()!({ timeRemaining: () => 49 }), long.advance, idleSlices(long.window))).toBe(30);
    const short = fakeWindow(true);
    expect(sliceLength(() => short.idleCallbacks.shift()!({ timeRemaining: () => 0 }), short.advance, idleSlices(short.window))).toBe(6);
    const none = fakeWindow(false);
    expect(sliceLength(() => none.timers.shift()!(), none.advance, idleSlices(none.window))).toBe(30);
  });
});

describe('idleScheduler', () => {
  function fakeWindow() {
    let now = 0;
    const idle: Array<() => void> = [];
    const timers = new Map<number, { callback: () => void; ms: number }>();
    let nextTimer = 1;
    const window = {
      performance: { now: () => now },
      setTimeout: (callback: () => void, ms: number) => {
        timers.set(nextTimer, { callback, ms });
        return nextTimer++;
      },
      clearTimeout: (handle: number) => void timers.delete(handle),
      requestIdleCallback: (callback: () => void) => idle.push(callback),
      cancelIdleCallback: () => {},
    };
    const fireTimers = () => {
      const due = [...timers.values()];
      timers.clear();
      for (const timer of due) timer.callback();
    };
    return { window, idle, timers, fireTimers, advance: (ms: number) => (now += ms) };
  }

  it('runs at idle time, and a run soon after another only once 100 ms have passed since it', () => {
    const page = fakeWindow();
    const schedule = idleScheduler(page.window);
    const runs: string[] = [];
    schedule(() => runs.push('first'));
    expect(page.idle).toHaveLength(1);
    page.idle.shift()!();
    page.advance(30);
    schedule(() => runs.push('second'));
    // Too soon: a timer for the rest of the gap comes first, then idle time.
    expect(page.idle).toHaveLength(0);
    expect([...page.timers.values()].map((timer) => timer.ms)).toEqual([70]);
    page.fireTimers();
    expect(page.idle).toHaveLength(1);
    page.idle.shift()!();
    expect(runs).toEqual(['first', 'second']);
    page.advance(150);
    schedule(() => runs.push('third'));
    expect(page.timers.size).toBe(0);
    page.idle.shift()!();
    expect(runs).toEqual(['first', 'second', 'third']);
  });

  it('cancels a run still waiting out the gap', () => {
    const page = fakeWindow();
    const schedule = idleScheduler(page.window);
    const runs: string[] = [];
    schedule(() => runs.push('first'));
    page.idle.shift()!();
    const cancel = schedule(() => runs.push('cancelled'));
    cancel();
    page.fireTimers();
    expect(page.idle).toHaveLength(0);
    expect(runs).toEqual(['first']);
  });
});
