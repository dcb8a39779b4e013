/** The closing table of a text-mode scan: how many findings of each kind, class and source type per input (src/report/counts.ts). */
import { COUNT_NAMES, zeroCounts, type CountName, type Counts } from '../report/counts';

/** The table's columns: all quotations first, then the report's counts by their short names. */
const COLUMNS: ReadonlyArray<readonly [string, (counts: Counts) => number]> = [
  ['quote', (c) => c.scare + c.partial + c.direct + c.title],
  ...(['scare', 'partial', 'direct', 'title', 'attribution'] as const).map((name) => column(name, name)),
  column('named', 'attribution-named'),
  column('vague', 'attribution-vague'),
  column('none', 'attribution-none'),
  column('hedge', 'hedge'),
];

function column(heading: string, name: CountName): readonly [string, (counts: Counts) => number] {
  return [heading, (counts) => counts[name]];
}

/** A right-aligned table with one row per input and, for several inputs, a total row. */
export function summaryTable(rows: ReadonlyArray<{ name: string; counts: Counts }>): string {
  const table = rows.length > 1 ? [...rows, { name: 'total', counts: sumCounts(rows.map((row) => row.counts)) }] : rows;
  const nameWidth = Math.max(5, ...table.map((row) => row.name.length));
  const cell = (value: string | number, heading: string) => String(value).padStart(heading.length);
  const header = ['input'.padEnd(nameWidth), ...COLUMNS.map(([heading]) => cell(heading, heading))].join('  ');
  const body = table.map((row) => [row.name.padEnd(nameWidth), ...COLUMNS.map(([heading, value]) => cell(value(row.counts), heading))].join('  '));
  return `${[header, ...body].join('\n')}\n`;
}

function sumCounts(all: readonly Counts[]): Counts {
  const total = zeroCounts();
  for (const counts of all) for (const name of COUNT_NAMES) total[name] += counts[name];
  return total;
}
