/**
 * When the tooltip shows: the pointer resting on a highlight (hit-tested from the caret position
 * under the pointer, then checked against the highlight's own boxes, since the caret snaps to the
 * nearest character even in a margin), keyboard focus moving onto an element inside a finding, or
 * the caret moved onto one with the keyboard (caret browsing). Escape and scrolling hide it.
 */
import type { PlacedFinding } from './placed-findings';
import type { Tooltip, TooltipContent } from './tooltip';

export interface ShownFinding {
  finding: PlacedFinding;
  /** The range showing it on the page. */
  range: Range;
}

export interface FindingLocator {
  /** The innermost shown finding whose range holds this DOM position. */
  findingAt(node: Node, offset: number): ShownFinding | null;
  /** The innermost shown finding over (part of) this element. */
  findingOver(element: Element): ShownFinding | null;
  contentOf(finding: PlacedFinding): TooltipContent;
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** How far outside a highlight's box the pointer may be and still count as on it. */
const HIT_SLOP_PX = 1;

export function watchTooltipTriggers(
  window: Window,
  tooltip: Tooltip,
  locator: FindingLocator,
  signal: AbortSignal,
  guard: <A extends unknown[]>(listener: (...args: A) => void) => (...args: A) => void,
): void {
  const { document } = window;
  let frame = 0;
  let pointer: { x: number; y: number } | null = null;
  let keyboardMovedLast = false;

  const show = (hit: ShownFinding, anchor: DOMRect) => {
    tooltip.show(locator.contentOf(hit.finding), anchor);
  };

  const hitTestPointer = guard(() => {
    frame = 0;
    if (!pointer) return;
    // On the tooltip (to press its button) it stays.
    if (tooltip.covers(pointer.x, pointer.y)) return;
    const caret = caretAt(document as unknown as CaretDocument, pointer.x, pointer.y);
    const hit = caret && locator.findingAt(caret.node, caret.offset);
    const box = hit && boxUnder(hit.range, pointer.x, pointer.y);
    if (hit && box) show(hit, box);
    else tooltip.hide();
  });

  const options = { capture: true, passive: true, signal };
  window.addEventListener('pointermove', guard((event: PointerEvent) => {
    keyboardMovedLast = false;
    pointer = { x: event.clientX, y: event.clientY };
    // One hit test per frame however fast the pointer moves.
    if (!frame) frame = window.requestAnimationFrame(hitTestPointer);
  }), options);
  document.addEventListener('pointerleave', guard(() => tooltip.hide()), options);
  window.addEventListener('scroll', guard(() => tooltip.hide()), options);
  window.addEventListener('keydown', guard((event: KeyboardEvent) => {
    keyboardMovedLast = true;
    if (event.key === 'Escape') tooltip.hide();
  }), options);
  document.addEventListener('focusin', guard((event: FocusEvent) => {
    const target = event.target;
    if (!target || (target as Node).nodeType !== 1) return;
    const hit = locator.findingOver(target as Element);
    if (hit) show(hit, (target as Element).getBoundingClientRect());
    else tooltip.hide();
  }), options);
  document.addEventListener('selectionchange', guard(() => {
    if (!keyboardMovedLast) return;
    const selection = document.getSelection();
    if (!selection?.isCollapsed || !selection.focusNode) return;
    const hit = locator.findingAt(selection.focusNode, selection.focusOffset);
    if (hit) show(hit, hit.range.getBoundingClientRect());
    else tooltip.hide();
  }), options);
  signal.addEventListener('abort', () => {
    if (frame) window.cancelAnimationFrame(frame);
  });
}

/** The DOM position under a viewport point: the standard call, or WebKit/Blink's older one. */
function caretAt(document: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof document.caretRangeFromPoint === 'function') {
    const range = document.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function boxUnder(range: Range, x: number, y: number): DOMRect | null {
  for (const box of range.getClientRects()) {
    if (x >= box.left - HIT_SLOP_PX && x <= box.right + HIT_SLOP_PX && y >= box.top - HIT_SLOP_PX && y <= box.bottom + HIT_SLOP_PX) return box;
  }
  return null;
}
