/**
 * How findings are shown on the page. Two ways: the CSS Custom Highlight API, which leaves the
 * DOM alone, and <mark> elements where that API is missing (jsdom, older browsers).
 */
import type { BlockSpan, PlacedFinding } from './placed-findings';
import { blockRange } from './text-blocks';

export interface Painter {
  /** Whether showing changes the page's DOM (then it must be undone before a block is read again). */
  readonly changesDom: boolean;
  /** Show these findings, each with its source phrase when it has one; already shown ones stay. */
  show(findings: readonly PlacedFinding[]): void;
  hide(findings: readonly PlacedFinding[]): void;
  /** Remove every highlight and leave the page as it was (pause, teardown, extension gone). */
  hideAll(): void;
  /** A range over what shows the finding's own span, for hit-testing and scrolling; null when not shown. */
  rangeOf(finding: PlacedFinding): Range | null;
  /** Draw attention to a shown finding for a moment (the popup's "reveal"). */
  flash(finding: PlacedFinding): void;
  /**
   * Light up what a shown attribution credits (its content), while its tooltip is open, and
   * nothing else's; null puts it out. Hiding the finding puts it out too.
   */
  showContent(finding: PlacedFinding | null): void;
}

/** How long a revealed finding flashes. */
export const FLASH_MS = 1600;

/**
 * A live DOM Range over a block span, or null when nothing of it is readable or the text changed
 * under the map since it was read (a Range would throw on an offset past the node's end).
 */
export function domRangeOf(document: Document, span: BlockSpan): Range | null {
  const positions = blockRange(span.block, span.start, span.end);
  if (!positions) return null;
  if (positions.startOffset > positions.startNode.length || positions.endOffset > positions.endNode.length) return null;
  const range = document.createRange();
  range.setStart(positions.startNode, positions.startOffset);
  range.setEnd(positions.endNode, positions.endOffset);
  return range.collapsed ? null : range;
}
