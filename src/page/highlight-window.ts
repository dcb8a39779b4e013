/**
 * On a page with thousands of findings only those near the screen are registered as highlights:
 * Chromium redraws every registered range whenever any highlight changes (measured here: 5,000
 * ranges cost ~50 ms a frame, 50,000 ~470 ms), so the page would stutter at every change.
 */
import type { PlacedFinding } from './placed-findings';
import { ELEMENT_NODE } from './markup-rules';

/** Up to this many findings, all are registered (every real page seen so far has a few hundred). */
export const REGISTER_ALL_LIMIT = 2000;

/** Screens above and below the visible one whose findings are registered too, so scrolling finds them there. */
const MARGIN_SCREENS = 1;

interface Box {
  top: number;
  bottom: number;
}

/** Whether a finding's block lies within MARGIN_SCREENS of the visible screen (boxes looked up once per container). */
export function nearScreenTest(viewportHeight: number): (placed: PlacedFinding) => boolean {
  const box = boxReader();
  const top = -MARGIN_SCREENS * viewportHeight;
  const bottom = (1 + MARGIN_SCREENS) * viewportHeight;
  return (placed) => {
    const found = box(placed);
    return found !== null && found.bottom >= top && found.top <= bottom;
  };
}

function boxReader(): (placed: PlacedFinding) => Box | null {
  const boxes = new Map<Node, Box | null>();
  return (placed) => {
    const container = placed.span.block.container;
    let box = boxes.get(container);
    if (box === undefined) {
      box = container.nodeType === ELEMENT_NODE && container.isConnected ? (container as Element).getBoundingClientRect() : null;
      boxes.set(container, box);
    }
    return box;
  };
}

/**
 * The findings (given in document order) whose block lies within MARGIN_SCREENS of the visible
 * screen. A binary search by the blocks' boxes: it takes blocks to go down the page in document
 * order, as an article's paragraphs do; a block placed out of order is missed until it is near
 * the blocks around it in the document.
 */
export function nearScreen(findings: readonly PlacedFinding[], viewportHeight: number): PlacedFinding[] {
  const boxOf = boxReader();
  const top = -MARGIN_SCREENS * viewportHeight;
  const bottom = (1 + MARGIN_SCREENS) * viewportHeight;
  // The first finding whose block ends below `top` (blocks with no box count as above it).
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const box = boxOf(findings[middle]!);
    if (box === null || box.bottom < top) low = middle + 1;
    else high = middle;
  }
  const near: PlacedFinding[] = [];
  for (let i = low; i < findings.length; i++) {
    const box = boxOf(findings[i]!);
    if (box !== null && box.top > bottom) break;
    if (box !== null && box.bottom >= top) near.push(findings[i]!);
  }
  return near;
}
