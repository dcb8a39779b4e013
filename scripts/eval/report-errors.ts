/** `--verbose` / `--doc`: every disagreement with the gold labels, each with the text around it. */
import type { Comparison, Labelled } from './score';
import { KINDS, hasSameSource, hasSameSourceType } from './score';

const CONTEXT_CHARS = 50;

export function errorListing(title: string, text: string, comparison: Comparison): string {
  const lines: string[] = [];
  const entry = (what: string, finding: Labelled, detail: string) =>
    lines.push(`  ${what.padEnd(10)} ${`${finding.start}-${finding.end}`.padEnd(12)} ${detail}\n             ${inContext(text, finding)}`);
  for (const kind of KINDS) {
    const { pairs, missed, spurious } = comparison[kind];
    for (const finding of missed) entry('missed', finding, describe(finding));
    for (const finding of spurious) entry('spurious', finding, describe(finding));
    for (const pair of pairs) {
      const { gold, predicted } = pair;
      if (gold.kind === 'quote' && predicted.kind === 'quote' && gold.class !== predicted.class) {
        entry('class', gold, `quote: gold ${gold.class}, predicted ${predicted.class}`);
      }
      if (gold.kind !== 'attribution' || predicted.kind !== 'attribution') continue;
      if (!hasSameSourceType(pair)) entry('sourceType', gold, `${gold.text}: gold ${gold.sourceType}, predicted ${predicted.sourceType}`);
      if (!hasSameSource(pair)) entry('source', gold, `${gold.text}: gold ${sourceOf(gold)}, predicted ${sourceOf(predicted)}`);
    }
  }
  return lines.length === 0 ? `-- ${title}: no errors\n` : `-- ${title}: ${lines.length} errors\n${lines.join('\n')}\n`;
}

function describe(finding: Labelled): string {
  if (finding.kind === 'quote') return `quote ${finding.class}`;
  if (finding.kind === 'attribution') return `attribution ${finding.sourceType}, source ${sourceOf(finding)}`;
  return 'hedge';
}

function sourceOf(finding: Labelled): string {
  if (finding.kind !== 'attribution' || !finding.source) return 'none';
  return `“${finding.source.text}” (${finding.source.start}-${finding.source.end})`;
}

/** The finding in [brackets] with some text either side, on one line. */
function inContext(text: string, finding: Labelled): string {
  const before = text.slice(Math.max(0, finding.start - CONTEXT_CHARS), finding.start);
  const after = text.slice(finding.end, finding.end + CONTEXT_CHARS);
  return `…${before}[${text.slice(finding.start, finding.end)}]${after}…`.replace(/\s+/g, ' ');
}
