/**
 * The page's placed findings as the report model (src/report/summary.ts) reads them: each text
 * sliced from its block, as it reads on the page now. And a signature of the list, to tell cheaply
 * whether it changed.
 */
import type { BlockSpan, PlacedFinding } from '../page/placed-findings';
import type { FindingTexts } from '../report/summary';

const textOf = (span: BlockSpan) => span.block.text.slice(span.start, span.end);

export const placedTexts: FindingTexts<PlacedFinding> = {
  text: (placed) => textOf(placed.span),
  sentence: (placed) => placed.sentence,
  source: (placed) => (placed.source ? textOf(placed.source) : null),
  content: (placed) => (placed.content.length > 0 ? placed.content.map(textOf).join(' ') : null),
};

/**
 * Stands for the list of findings, to tell whether it changed: a finding keeps its text and
 * sentence for as long as it keeps its id, so the ids in order are enough. Two hashes of them,
 * as a page may have 100,000 findings and this is worked out after every change.
 */
export function idsSignature(findings: readonly PlacedFinding[]): string {
  let a = 0;
  let b = 0;
  for (const { id } of findings) {
    a = (Math.imul(a, 31) + id) | 0;
    b = (Math.imul(b ^ id, 0x5bd1e995) + 0x27d4eb2d) | 0;
  }
  return `${findings.length}:${a}:${b}`;
}
