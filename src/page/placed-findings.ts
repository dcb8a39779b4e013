/**
 * Findings pinned to the page's blocks rather than to the text they were found in, so they keep
 * their place (and their id) when other parts of the page are read again.
 */
import type { Finding } from '../analysis/types';
import { highlightNameOf, type HighlightName } from './highlight-names';
import { BLOCK_SEPARATOR, lastIndexAtOrBefore, type TextBlock } from './text-blocks';

/** `[start, end)` in one block's text. */
export interface BlockSpan {
  block: TextBlock;
  start: number;
  end: number;
}

export interface PlacedFinding {
  /** Stable while the finding's block keeps its text; the popup refers to findings by it. */
  readonly id: number;
  /** As the analyzer returned it: its offsets are into the text that was analysed, not the page. */
  readonly finding: Finding;
  readonly highlight: HighlightName;
  span: BlockSpan;
  /** The credited source phrase of an attribution, possibly in a neighbouring block. */
  source: BlockSpan | null;
  /**
   * What an attribution credits to its source, a piece per block it covers: a quotation the cue
   * credits may run over several paragraphs. Empty when the analyzer found none.
   */
  content: BlockSpan[];
  readonly sentence: string;
}

export type AnalyzeText = (text: string) => Finding[];

/**
 * Analyse `blocks` as one text (joined as the page text joins them) and pin each finding that
 * starts in a block `isTarget` accepts; the other blocks only give context. In document order.
 */
export function analyzeBlocks(
  blocks: readonly TextBlock[],
  analyze: AnalyzeText,
  isTarget: (block: TextBlock) => boolean,
  nextId: () => number,
): PlacedFinding[] {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  const text = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const pinned: Array<{ finding: Finding; span: BlockSpan; source: BlockSpan | null; content: BlockSpan[]; index: number }> = [];
  for (const finding of analyze(text)) {
    const located = locate(blocks, starts, finding.start, finding.end);
    if (!located || !isTarget(located.span.block)) continue;
    const attribution = finding.kind === 'attribution' ? finding : null;
    const source = attribution?.source ? locate(blocks, starts, attribution.source.start, attribution.source.end)?.span ?? null : null;
    const content = attribution?.content ? locateAll(blocks, starts, attribution.content.start, attribution.content.end) : [];
    pinned.push({ finding, span: located.span, source, content, index: located.index });
  }
  pinned.sort((a, b) => a.index - b.index || a.span.start - b.span.start || b.span.end - a.span.end);
  return pinned.map(({ finding, span, source, content }) => ({
    id: nextId(),
    finding,
    highlight: highlightNameOf(finding),
    span,
    source,
    content,
    sentence: text.slice(finding.sentence.start, finding.sentence.end),
  }));
}

/** Each block's part of an offset range, in order; the separators between blocks are in none. */
function locateAll(blocks: readonly TextBlock[], starts: readonly number[], start: number, end: number): BlockSpan[] {
  const spans: BlockSpan[] = [];
  for (let index = Math.max(lastIndexAtOrBefore(starts, start, (value) => value), 0); index < blocks.length && starts[index]! < end; index++) {
    const block = blocks[index]!;
    const from = Math.max(start - starts[index]!, 0);
    const to = Math.min(end - starts[index]!, block.text.length);
    if (from < to) spans.push({ block, start: from, end: to });
  }
  return spans;
}

/** The block an offset range starts in, clipped to that block; null when it starts between blocks. */
function locate(blocks: readonly TextBlock[], starts: readonly number[], start: number, end: number): { span: BlockSpan; index: number } | null {
  const index = lastIndexAtOrBefore(starts, start, (value) => value);
  const block = blocks[index];
  if (!block) return null;
  const blockStart = starts[index]!;
  const localStart = start - blockStart;
  const localEnd = Math.min(end - blockStart, block.text.length);
  if (localStart >= block.text.length || localStart >= localEnd) return null;
  return { span: { block, start: localStart, end: localEnd }, index };
}
