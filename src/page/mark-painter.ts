/**
 * Fallback mode, where `CSS.highlights` is missing: wrap each finding's text in
 * `<mark data-quotelight="NAME" data-quotelight-id="ID">`, splitting Text nodes at its edges
 * (mark.js's wrapRangeInMappedTextNode), and undo it exactly: every split and wrap is logged and
 * undone in reverse, merging split nodes back so the page keeps its own Text node objects.
 */
import { CONTENT_HIGHLIGHT, SOURCE_HIGHLIGHT, type PaintName } from './highlight-names';
import { FLASH_MS, type Painter } from './painter';
import type { BlockSpan, PlacedFinding } from './placed-findings';
import { lastIndexAtOrBefore, type TextBlock } from './text-blocks';

export const MARK_NAME_ATTRIBUTE = 'data-quotelight';
export const MARK_ID_ATTRIBUTE = 'data-quotelight-id';
export const MARK_FLASH_ATTRIBUTE = 'data-quotelight-flash';

type Operation =
  | { kind: 'split'; original: Text; left: Text; right: Text }
  | { kind: 'wrap'; mark: Element };

/** What painting one span (a finding's own, its source, or a piece of its content) did to the DOM, in order. */
interface PaintedSpan {
  finding: PlacedFinding;
  block: TextBlock;
  /** Global paint order: undoing in reverse order restores the DOM exactly. */
  order: number;
  operations: Operation[];
  marks: Element[];
  role: 'finding' | 'source' | 'content';
}

/** The current pieces of a page Text node we split: its offset → the node now holding text from there. */
interface Piece {
  offset: number;
  node: Text;
}

export class MarkPainter implements Painter {
  readonly changesDom = true;
  private paintCount = 0;
  private readonly paintedByBlock = new Map<TextBlock, PaintedSpan[]>();
  private readonly paintedByFinding = new Map<PlacedFinding, PaintedSpan[]>();
  private readonly pieces = new Map<Text, Piece[]>();
  /** The finding whose content is painted with it (see showContent). */
  private lit: PlacedFinding | null = null;

  constructor(private readonly window: { document: Document; setTimeout: (callback: () => void, ms: number) => unknown }) {}

  show(findings: readonly PlacedFinding[]): void {
    for (const finding of findings) {
      if (this.paintedByFinding.has(finding)) continue;
      this.paintedByFinding.set(finding, []);
      this.paintSpan(finding, finding.span, finding.highlight, 'finding');
      if (finding.source) this.paintSpan(finding, finding.source, SOURCE_HIGHLIGHT, 'source');
      if (finding === this.lit) for (const span of finding.content) this.paintSpan(finding, span, CONTENT_HIGHLIGHT, 'content');
    }
  }

  /**
   * Undo whole blocks: spans in one block can split each other's nodes, so only undoing all of a
   * block in reverse order is exact. The other findings of those blocks are painted again after.
   */
  hide(findings: readonly PlacedFinding[]): void {
    const blocks = new Set<TextBlock>();
    for (const finding of findings) {
      for (const painted of this.paintedByFinding.get(finding) ?? []) blocks.add(painted.block);
    }
    const undone = [...blocks].flatMap((block) => this.paintedByBlock.get(block) ?? []);
    this.undo(undone);
    const hidden = new Set(findings);
    if (this.lit && hidden.has(this.lit)) this.lit = null;
    const repaint = new Set(undone.map((painted) => painted.finding).filter((finding) => !hidden.has(finding)));
    for (const finding of [...hidden, ...repaint]) this.paintedByFinding.delete(finding);
    this.show([...repaint]);
  }

  hideAll(): void {
    this.undo([...this.paintedByBlock.values()].flat());
    this.paintedByFinding.clear();
    this.lit = null;
  }

  /**
   * The content is painted as part of its finding, so that undoing a block (which takes its
   * findings' marks with it) and painting its findings again keeps it; lighting or putting it
   * out paints that finding again.
   */
  showContent(finding: PlacedFinding | null): void {
    if (this.lit === finding) return;
    const previous = this.lit;
    this.lit = finding;
    if (previous) this.repaint(previous);
    if (finding) this.repaint(finding);
  }

  private repaint(finding: PlacedFinding): void {
    if (!this.paintedByFinding.has(finding)) return;
    const lit = this.lit;
    this.hide([finding]);
    this.lit = lit;
    this.show([finding]);
  }

  rangeOf(finding: PlacedFinding): Range | null {
    const marks = this.paintedByFinding.get(finding)?.find((painted) => painted.role === 'finding')?.marks;
    const first = marks?.[0];
    const last = marks?.[marks.length - 1];
    if (!first?.isConnected || !last?.isConnected) return null;
    const range = this.window.document.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    return range;
  }

  flash(finding: PlacedFinding): void {
    const marks = this.paintedByFinding.get(finding)?.find((painted) => painted.role === 'finding')?.marks ?? [];
    for (const mark of marks) mark.setAttribute(MARK_FLASH_ATTRIBUTE, '');
    this.window.setTimeout(() => {
      for (const mark of marks) mark.removeAttribute(MARK_FLASH_ATTRIBUTE);
    }, FLASH_MS);
  }

  private paintSpan(finding: PlacedFinding, span: BlockSpan, name: PaintName, role: PaintedSpan['role']): void {
    const painted: PaintedSpan = { finding, block: span.block, order: ++this.paintCount, operations: [], marks: [], role };
    const runs = span.block.runs;
    for (let i = Math.max(lastIndexAtOrBefore(runs, span.start, (run) => run.blockOffset), 0); i < runs.length; i++) {
      const run = runs[i]!;
      if (run.blockOffset >= span.end) break;
      const from = Math.max(span.start, run.blockOffset);
      const to = Math.min(span.end, run.blockOffset + run.length);
      if (from >= to) continue;
      const nodeStart = run.nodeOffset + (from - run.blockOffset);
      // The map was made before the page last changed this node: leave it alone.
      if (nodeStart + (to - from) > this.totalLength(run.node)) continue;
      this.wrap(run.node, nodeStart, nodeStart + (to - from), name, painted);
    }
    if (painted.operations.length === 0) return;
    this.paintedByFinding.get(finding)!.push(painted);
    const inBlock = this.paintedByBlock.get(span.block);
    if (inBlock) inBlock.push(painted);
    else this.paintedByBlock.set(span.block, [painted]);
  }

  /** Wrap characters `[start, end)` of a page Text node (as it was read), whatever pieces it is in now. */
  private wrap(original: Text, start: number, end: number, name: PaintName, painted: PaintedSpan): void {
    this.splitAt(original, start, painted);
    this.splitAt(original, end, painted);
    for (const piece of this.piecesOf(original)) {
      if (piece.offset < start || piece.offset >= end) continue;
      const parent = piece.node.parentNode;
      if (!parent) continue;
      const mark = this.window.document.createElement('mark');
      mark.setAttribute(MARK_NAME_ATTRIBUTE, name);
      mark.setAttribute(MARK_ID_ATTRIBUTE, String(painted.finding.id));
      parent.insertBefore(mark, piece.node);
      mark.appendChild(piece.node);
      painted.operations.push({ kind: 'wrap', mark });
      painted.marks.push(mark);
    }
  }

  private splitAt(original: Text, offset: number, painted: PaintedSpan): void {
    const pieces = this.piecesOf(original);
    const index = pieces.findIndex((piece) => piece.offset < offset && offset < piece.offset + piece.node.length);
    if (index < 0) return;
    const piece = pieces[index]!;
    const right = piece.node.splitText(offset - piece.offset);
    pieces.splice(index + 1, 0, { offset, node: right });
    this.pieces.set(original, pieces);
    painted.operations.push({ kind: 'split', original, left: piece.node, right });
  }

  private piecesOf(original: Text): Piece[] {
    return this.pieces.get(original) ?? [{ offset: 0, node: original }];
  }

  private totalLength(original: Text): number {
    return this.piecesOf(original).reduce((sum, piece) => sum + piece.node.length, 0);
  }

  private undo(spans: readonly PaintedSpan[]): void {
    for (const painted of [...spans].sort((a, b) => b.order - a.order)) {
      for (let i = painted.operations.length - 1; i >= 0; i--) this.undoOperation(painted.operations[i]!);
    }
    const undone = new Set(spans);
    for (const block of new Set(spans.map((painted) => painted.block))) {
      const rest = this.paintedByBlock.get(block)?.filter((painted) => !undone.has(painted)) ?? [];
      if (rest.length > 0) this.paintedByBlock.set(block, rest);
      else this.paintedByBlock.delete(block);
    }
  }

  private undoOperation(operation: Operation): void {
    if (operation.kind === 'wrap') {
      const { mark } = operation;
      const parent = mark.parentNode;
      if (!parent) return;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      return;
    }
    const { original, left, right } = operation;
    // If the page moved things in between, merging would garble its text: leave the split.
    if (right.previousSibling === left) {
      left.appendData(right.data);
      right.parentNode!.removeChild(right);
    }
    const pieces = this.piecesOf(original).filter((piece) => piece.node !== right);
    if (pieces.length > 1) this.pieces.set(original, pieces);
    else this.pieces.delete(original);
  }
}
