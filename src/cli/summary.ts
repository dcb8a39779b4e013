/** The closing table of a text-mode scan: how many findings of each kind, class and source type per input. */
import type { Finding } from '../analysis/types';

const COLUMNS = ['quote', 'scare', 'partial', 'direct', 'title', 'attribution', 'named', 'vague', 'none', 'hedge'] as const;
type Column = (typeof COLUMNS)[number];
export type FindingCounts = Record<Column, number>;

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = Object.fromEntries(COLUMNS.map((column) => [column, 0])) as FindingCounts;
  for (const finding of findings) {
    counts[finding.kind] += 1;
    if (finding.kind === 'quote') counts[finding.class] += 1;
    if (finding.kind === 'attribution') counts[finding.sourceType] += 1;
  }
  return counts;
}

/** A right-aligned table with one row per input and, for several inputs, a total row. */
export function summaryTable(rows: ReadonlyArray<{ name: string; counts: FindingCounts }>): string {
  const table = rows.length > 1 ? [...rows, { name: 'total', counts: sumCounts(rows.map((row) => row.counts)) }] : rows;
  const nameWidth = Math.max(5, ...table.map((row) => row.name.length));
  const cell = (value: string | number, column: Column) => String(value).padStart(column.length);
  const header = ['input'.padEnd(nameWidth), ...COLUMNS.map((column) => cell(column, column))].join('  ');
  const body = table.map((row) => [row.name.padEnd(nameWidth), ...COLUMNS.map((column) => cell(row.counts[column], column))].join('  '));
  return `${[header, ...body].join('\n')}\n`;
}

function sumCounts(all: readonly FindingCounts[]): FindingCounts {
  const total = countFindings([]);
  for (const counts of all) for (const column of COLUMNS) total[column] += counts[column];
  return total;
}
