// FullPass on its own: a page model over a jsdom page, the painter recording what it is given, slices run by hand.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { FullPass, type FullPassParts } from '../../src/page/full-pass';
import { NearScreenPainter } from '../../src/page/near-screen-painter';
import { PageModel } from '../../src/page/page-model';
import type { Painter } from '../../src/page/painter';
import type { PlacedFinding } from '../../src/page/placed-findings';
import { fakeAnalyze } from './helpers/fake-analyzer';
import { manualSlices } from './helpers/manual-slices';

const paragraphs = (count: number, quotes = 1) => Array.from({ length: count }, (_, k) =>
  `<p id="p${k}">Paragraph ${k}: ${Array.from({ length: quotes }, (_, q) => `“q${k}-${q}”`).join(' ')}.</p>`).join('');

const windows: JSDOM[] = [];
afterEach(() => {
  for (const dom of windows.splice(0)) dom.window.close();
});

function setUp(body: string, options: { analyze?: typeof fakeAnalyze } = {}) {
  const dom = new JSDOM(`<!doctype html><body><article>${body}</article></body>`, { pretendToBeVisual: true });
  windows.push(dom);
  // A clock that runs fast: every slice is out of time after its first step.
  let now = 0;
  const window = { innerHeight: 800, innerWidth: 1200, performance: { now: () => (now += 1000) } };
  const model = new PageModel(options.analyze ?? fakeAnalyze);
  const shownBatches: PlacedFinding[][] = [];
  const shown = new Set<PlacedFinding>();
  const inner: Painter = {
    changesDom: false,
    show: (findings) => {
      shownBatches.push([...findings]);
      for (const placed of findings) shown.add(placed);
    },
    hide: (findings) => findings.forEach((placed) => shown.delete(placed)),
    hideAll: () => shown.clear(),
    rangeOf: () => null,
    flash: () => {},
    showContent: () => {},
  };
  const enabled = (findings: readonly PlacedFinding[]) => findings.filter((placed) => placed.finding.kind === 'quote');
  // jsdom lays nothing out: every block's box is empty at the top, so every finding is near the screen.
  const painter = new NearScreenPainter(inner, { innerHeight: 800, requestAnimationFrame: () => 0 }, { all: () => model.findings(), enabled }, (listener) => listener);
  const slices = manualSlices();
  const observed: string[] = [];
  const errors: unknown[] = [];
  let doneWith: Node[] | null = null;
  const parts: FullPassParts = {
    window, document: dom.window.document, model, painter, slices: slices.slices,
    observer: { collectPageChanges: () => void observed.push('collect'), discardOwnChanges: () => void observed.push('discard') },
    enabled,
    guard: (listener) => listener,
    onError: (error) => void errors.push(error),
    onDone: (changed) => (doneWith = changed),
  };
  const pass = new FullPass(parts);
  const shownTexts = () => shownBatches.flat().map((placed) => placed.finding.text);
  return { pass, model, painter, slices, shown, shownBatches, shownTexts, observed, errors, doneWith: () => doneWith, document: dom.window.document };
}

describe('FullPass', () => {
  it('reads the page a slice at a time, shows the enabled findings of each, then hands over the changes held back', async () => {
    const page = setUp(paragraphs(30));
    let settled = false;
    void page.pass.done.then(() => (settled = true));
    page.pass.start();
    expect(page.slices.pending).toBe(1);
    page.pass.holdBack([page.document.getElementById('p3')!]);
    while (page.slices.runOne()) { /* the rest of the pass */ }
    await Promise.resolve();
    expect(settled).toBe(true);
    expect(page.model.scanning).toBe(false);
    expect(page.shownTexts()).toEqual(Array.from({ length: 30 }, (_, k) => `“q${k}-0”`));
    expect(page.doneWith()).toEqual([page.document.getElementById('p3')]);
    // Each slice keeps the page's own changes apart from those its painting made.
    expect(page.observed.join(' ')).toMatch(/^(collect discard ?)+$/);
  });

  it('shows in batches that double, not one redraw per slice', () => {
    const page = setUp(paragraphs(200));
    page.pass.start();
    while (page.slices.runOne()) { /* the pass */ }
    const sizes = page.shownBatches.map((batch) => batch.length).filter((size) => size > 0);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(200);
    for (let i = 1; i < sizes.length - 1; i++) expect(sizes[i]).toBeGreaterThan(sizes.slice(0, i).reduce((a, b) => a + b, 0));
    expect(sizes.length).toBeLessThan(12);
  });

  it('stops at once when given up, settles, and never reports done', async () => {
    const page = setUp(paragraphs(30));
    let settled = false;
    void page.pass.done.then(() => (settled = true));
    page.pass.start();
    page.pass.cancel();
    expect(page.slices.pending).toBe(0);
    await Promise.resolve();
    expect(settled).toBe(true);
    expect(page.doneWith()).toBeNull();
  });

  it('gives up a run whose analysis throws and goes on with the rest of the page', () => {
    const analyze: typeof fakeAnalyze = (text) => {
      if (text.includes('q7-0')) throw new Error('analyzer bug');
      return fakeAnalyze(text);
    };
    // Long paragraphs: the page is analysed in several runs, of which one fails.
    const page = setUp(paragraphs(30, 30), { analyze });
    page.pass.start();
    while (page.slices.runOne()) { /* the pass */ }
    // The run holding the paragraph, and the next one when the paragraph ends its run (the next reads it as context).
    expect(page.errors.length).toBeGreaterThanOrEqual(1);
    expect(page.errors.length).toBeLessThanOrEqual(2);
    expect(page.doneWith()).toEqual([]);
    expect(page.shownTexts()).not.toContain('“q7-0”');
    expect(page.shownTexts()).toContain('“q29-0”');
  });

  it('past the limit, has the painter show only what is near the screen, and shows what each later step finds', () => {
    const page = setUp(paragraphs(120, 20));
    page.pass.start();
    let steps = 0;
    while (page.slices.runOne()) steps++;
    expect(page.painter.windowed).toBe(true);
    // All near the screen here (jsdom lays nothing out), so all end up shown, the last ones as they are found.
    expect(page.shown.size).toBe(120 * 20);
    expect(page.shownBatches.at(-1)!.map((placed) => placed.finding.text)).toContain('“q119-19”');
    expect(steps).toBeGreaterThan(1);
  });
});
