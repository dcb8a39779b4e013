/** The human-readable listing: one entry per finding with its sentence, the finding picked out in colour. */
import type { Finding, QuoteClass, Range } from '../analysis/types';

const RESET = '\x1b[0m';
const UNDERLINE = '\x1b[4m';
const KIND_COLOUR: Record<QuoteClass | 'attribution' | 'hedge', string> = {
  scare: '\x1b[1;31m',
  partial: '\x1b[1;33m',
  direct: '\x1b[1;33m',
  title: '\x1b[1;36m',
  attribution: '\x1b[1;32m',
  hedge: '\x1b[1;35m',
};

/** How much of a long "sentence" (a menu, a table flattened to text) to keep on each side of the finding. */
const CONTEXT_CHARS = 160;

export function findingLabel(finding: Finding): string {
  switch (finding.kind) {
    case 'quote':
      return `quote ${finding.class}`;
    case 'attribution':
      return `attribution ${finding.sourceType}`;
    case 'hedge':
      return 'hedge';
  }
}

export function formatFindings(text: string, findings: readonly Finding[], colour: boolean): string {
  const lines = lineStarts(text);
  return findings.map((finding) => formatFinding(text, finding, lines, colour)).join('');
}

function formatFinding(text: string, finding: Finding, lines: number[], colour: boolean): string {
  const { line, column } = position(lines, finding.start);
  const source = finding.kind === 'attribution' && finding.source ? `  source: ${oneLine(finding.source.text)}` : '';
  const head = `${line}:${column}  ${findingLabel(finding)}  ${oneLine(finding.text)}${source}`;
  return `${head}\n    ${sentenceWithMarks(text, finding, colour)}\n`;
}

function sentenceWithMarks(text: string, finding: Finding, colour: boolean): string {
  const from = Math.max(finding.sentence.start, finding.start - CONTEXT_CHARS);
  const to = Math.min(finding.sentence.end, finding.end + CONTEXT_CHARS);
  const marks: Array<Range & { style: string }> = [{ start: finding.start, end: finding.end, style: colourOf(finding) }];
  const source = finding.kind === 'attribution' ? finding.source : undefined;
  if (source && source.start >= from && source.end <= to && (source.end <= finding.start || source.start >= finding.end)) {
    marks.push({ start: source.start, end: source.end, style: UNDERLINE });
    marks.sort((a, b) => a.start - b.start);
  }
  let out = from > finding.sentence.start ? '…' : '';
  let at = from;
  for (const mark of marks) {
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    const marked = oneLine(text.slice(start, end));
    out += oneLine(text.slice(at, start)) + (colour ? `${mark.style}${marked}${RESET}` : marked);
    at = end;
  }
  out += oneLine(text.slice(at, to));
  return to < finding.sentence.end ? `${out}…` : out;
}

function colourOf(finding: Finding): string {
  return KIND_COLOUR[finding.kind === 'quote' ? finding.class : finding.kind];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (in UTF-16 code units, as the offsets are) of `offset`. */
function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
