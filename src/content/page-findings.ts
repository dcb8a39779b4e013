/**
 * The page's findings with offsets into the page text, for "Download JSON". The analyzer gave each
 * finding offsets into the text it read, which after rescans is only a stretch of the page; the
 * page is read again here and each finding moved to where its block now starts. A finding whose
 * block changed since it was found (a rescan still pending) is left out rather than given wrong
 * offsets.
 */
import type { AttributionFinding, Finding, Range } from '../analysis/types';
import type { BlockSpan, PlacedFinding } from '../page/placed-findings';
import type { PageText, TextBlock } from '../page/text-blocks';

export function findingsInPageText(placed: readonly PlacedFinding[], page: PageText): Finding[] {
  // A Text node belongs to one block, so a block's first node names it across two readings.
  const byFirstNode = new Map<Node, TextBlock>();
  const byContainer = new Map<Node, TextBlock[]>();
  for (const block of page.blocks) {
    const first = block.runs[0]?.node;
    if (first) byFirstNode.set(first, block);
    const siblings = byContainer.get(block.container);
    if (siblings) siblings.push(block);
    else byContainer.set(block.container, [block]);
  }
  const now = (block: TextBlock): TextBlock | null => {
    const first = block.runs[0]?.node;
    const current = first && byFirstNode.get(first);
    if (current) return current.text === block.text ? current : null;
    // Fallback marks split the first node where a finding starts: white space before it is then a
    // node of its own, which reads as nothing. Its element's one block with the same text is it.
    const same = byContainer.get(block.container)?.filter((other) => other.text === block.text) ?? [];
    return same.length === 1 ? same[0]! : null;
  };
  const { text } = page;
  const moved: Finding[] = [];
  for (const { finding, span, source, content } of placed) {
    const block = now(span.block);
    if (!block) continue;
    const by = block.start + span.start - finding.start;
    const start = finding.start + by;
    const end = finding.end + by;
    if (text.slice(start, end) !== finding.text) continue;
    const sentence = clamp({ start: finding.sentence.start + by, end: finding.sentence.end + by }, text.length);
    if (finding.kind !== 'attribution') {
      moved.push({ ...finding, start, end, sentence });
      continue;
    }
    const { source: _oldSource, content: _oldContent, ...cue } = finding;
    const attribution: AttributionFinding = { ...cue, start, end, sentence };
    if (finding.source) {
      const sourceBlock = source && now(source.block);
      const sourceStart = sourceBlock ? sourceBlock.start + source.start : -1;
      const sourceEnd = sourceBlock ? sourceBlock.start + source.end : -1;
      // A source whose block changed is dropped, not mislocated; the cue still stands.
      if (sourceBlock && text.slice(sourceStart, sourceEnd) === finding.source.text) {
        attribution.source = { start: sourceStart, end: sourceEnd, text: finding.source.text };
      }
    }
    const movedContent = contentInPageText(content, now);
    if (movedContent) attribution.content = movedContent;
    moved.push(attribution);
  }
  return moved;
}

/**
 * The content's range in the page text, from its first piece's start to its last piece's end, as
 * the blocks now stand (its offsets from the analyzer index the text that was analysed, which
 * after rescans is only a stretch of the page). Null when it has none, or a block of it changed.
 */
function contentInPageText(pieces: readonly BlockSpan[], now: (block: TextBlock) => TextBlock | null): Range | null {
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return null;
  const blocks = pieces.map((piece) => now(piece.block));
  if (blocks.some((block) => block === null)) return null;
  return { start: blocks[0]!.start + first.start, end: blocks.at(-1)!.start + last.end };
}

function clamp(range: Range, length: number): Range {
  const start = Math.max(0, Math.min(range.start, length));
  return { start, end: Math.max(start, Math.min(range.end, length)) };
}
