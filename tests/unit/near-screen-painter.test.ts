// NearScreenPainter on its own: a recording painter inside, findings whose blocks have boxes the test moves.
import { describe, expect, it } from 'vitest';
import { REGISTER_ALL_LIMIT } from '../../src/page/highlight-window';
import { NearScreenPainter } from '../../src/page/near-screen-painter';
import type { Painter } from '../../src/page/painter';
import type { PlacedFinding } from '../../src/page/placed-findings';

const SCREEN = 500;

/** `count` findings, each in a block 100 px below the one before; `scrollTo` moves them all. */
function page(count: number) {
  let scrollY = 0;
  const findings = Array.from({ length: count }, (_, id) => {
    const container = {
      nodeType: 1,
      isConnected: true,
      getBoundingClientRect: () => ({ top: id * 100 - scrollY, bottom: id * 100 + 50 - scrollY }),
      scrollIntoView: () => (scrollY = id * 100 - SCREEN / 2),
    };
    return { id, finding: { kind: 'quote', class: 'scare' }, span: { block: { container } } } as unknown as PlacedFinding;
  });
  return { findings, scrollTo: (y: number) => (scrollY = y) };
}

function recordingPainter(changesDom = false) {
  const shown = new Set<PlacedFinding>();
  const inner: Painter = {
    changesDom,
    show: (findings) => findings.forEach((placed) => shown.add(placed)),
    hide: (findings) => findings.forEach((placed) => shown.delete(placed)),
    hideAll: () => shown.clear(),
    rangeOf: (placed) => (shown.has(placed) ? ({} as Range) : null),
    flash: () => {},
    showContent: () => {},
  };
  return { inner, shown };
}

function setUp(count: number, { changesDom = false, disabled = new Set<number>() } = {}) {
  const { findings, scrollTo } = page(count);
  const { inner, shown } = recordingPainter(changesDom);
  const frames: Array<(time: number) => void> = [];
  const window = { innerHeight: SCREEN, requestAnimationFrame: (callback: (time: number) => void) => frames.push(callback) };
  const enabled = (list: readonly PlacedFinding[]) => list.filter((placed) => !disabled.has(placed.id));
  const painter = new NearScreenPainter(inner, window, { all: () => findings, enabled }, (listener) => listener);
  const shownIds = () => [...shown].map((placed) => placed.id).sort((a, b) => a - b);
  return { painter, findings, shownIds, scrollTo, frames };
}

/** With a 500 px screen and a screen's margin each way, blocks from -500 to 1000 px are near. */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('NearScreenPainter', () => {
  it('passes everything through until a pass finds more than the limit', () => {
    const { painter, findings, shownIds } = setUp(40);
    expect(painter.narrowPast(REGISTER_ALL_LIMIT)).toBe(false);
    painter.show(findings);
    expect(shownIds()).toEqual(range(0, 39));
    expect(painter.windowed).toBe(false);
    expect([...painter.showing()]).toHaveLength(40);
  });

  it('past the limit shows only the enabled findings near the screen, and only those it shows count as showing', () => {
    const { painter, findings, shownIds } = setUp(40, { disabled: new Set([3]) });
    painter.show(findings);
    expect(painter.narrowPast(REGISTER_ALL_LIMIT + 1)).toBe(true);
    expect(painter.windowed).toBe(true);
    expect(shownIds()).toEqual(range(0, 10).filter((id) => id !== 3));
    expect([...painter.showing()].map((placed) => placed.id).sort((a, b) => a - b)).toEqual(shownIds());
    // Shown later (a rescan's new findings): only those near the screen.
    painter.hide([findings[5]!]);
    painter.show([findings[5]!, findings[30]!]);
    expect(shownIds()).toEqual(range(0, 10).filter((id) => id !== 3));
    expect(painter.narrowPast(REGISTER_ALL_LIMIT + 2)).toBe(false);
  });

  it('never narrows with marks, which are drawn with the page as its text is', () => {
    const { painter } = setUp(40, { changesDom: true });
    expect(painter.narrowPast(REGISTER_ALL_LIMIT * 10)).toBe(false);
    expect(painter.windowed).toBe(false);
  });

  it('follows the screen once a frame at most, and stops following once reset', () => {
    const { painter, shownIds, scrollTo, frames } = setUp(40);
    painter.narrowPast(REGISTER_ALL_LIMIT + 1);
    scrollTo(2000);
    painter.follow();
    painter.follow();
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(shownIds()).toEqual(range(15, 30));
    painter.follow();
    painter.reset();
    scrollTo(0);
    frames.shift()!(0);
    expect(shownIds()).toEqual(range(15, 30));
  });

  it('brings a finding far from the screen near before it is revealed', () => {
    const { painter, findings, shownIds } = setUp(40);
    painter.narrowPast(REGISTER_ALL_LIMIT + 1);
    expect(painter.rangeOf(findings[35]!)).toBeNull();
    painter.bringNear(findings[35]!);
    expect(painter.rangeOf(findings[35]!)).not.toBeNull();
    expect(shownIds()).toContain(35);
    expect(shownIds()).not.toContain(0);
  });
});
