import { describe, expect, test } from 'vitest';
import type { Finding, QuoteClass, SourceType, Span } from '../../src/analysis/types';
import { jsonLine } from '../../src/cli/format-json';
import { markdownReport } from '../../src/cli/format-markdown';
import { formatFindings } from '../../src/cli/format-text';
import { summaryTable } from '../../src/cli/summary';
import { countFindings } from '../../src/report/counts';
import { numbered } from '../../src/report/summary';

const TEXT = 'Headline\n\nTokyo is "seeking a breakthrough," according to Kyodo. An alleged "invasion" followed.';

type KindFields =
  | { kind: 'quote'; class: QuoteClass }
  | { kind: 'attribution'; sourceType: SourceType; source?: Span }
  | { kind: 'hedge' };

/** A finding on `TEXT` located by its first occurrence, with the sentence it stands in. */
function at(snippet: string, sentence: string, fields: KindFields): Finding {
  const start = TEXT.indexOf(snippet);
  const sentenceStart = TEXT.indexOf(sentence);
  return {
    ...fields,
    start,
    end: start + snippet.length,
    text: snippet,
    explanation: 'test finding',
    sentence: { start: sentenceStart, end: sentenceStart + sentence.length },
  };
}

const FIRST = 'Tokyo is "seeking a breakthrough," according to Kyodo.';
const SECOND = 'An alleged "invasion" followed.';
const kyodo = TEXT.indexOf('Kyodo');
const FINDINGS: Finding[] = [
  at('"seeking a breakthrough,"', FIRST, { kind: 'quote', class: 'partial' }),
  at('according to', FIRST, {
    kind: 'attribution',
    sourceType: 'named',
    source: { start: kyodo, end: kyodo + 5, text: 'Kyodo' },
  }),
  at('alleged', SECOND, { kind: 'hedge' }),
  at('"invasion"', SECOND, { kind: 'quote', class: 'scare' }),
];

describe('formatFindings', () => {
  test('lists position, label, text, source and the sentence of each finding', () => {
    expect(formatFindings(TEXT, FINDINGS, false)).toBe(
      [
        '3:10  quote partial  "seeking a breakthrough,"',
        `    ${FIRST}`,
        '3:36  attribution named  according to  source: Kyodo',
        `    ${FIRST}`,
        '3:59  hedge  alleged',
        `    ${SECOND}`,
        '3:67  quote scare  "invasion"',
        `    ${SECOND}`,
        '',
      ].join('\n'),
    );
  });

  test('with colour, the finding is coloured by class and the source underlined', () => {
    const [quote, attribution] = formatFindings(TEXT, FINDINGS.slice(0, 2), true).split('\n').filter((line) => line.startsWith('    '));
    expect(quote).toBe('    Tokyo is \x1b[1;33m"seeking a breakthrough,"\x1b[0m according to Kyodo.');
    expect(attribution).toBe('    Tokyo is "seeking a breakthrough," \x1b[1;32maccording to\x1b[0m \x1b[4mKyodo\x1b[0m.');
  });

  test('a long sentence is cut around the finding and line breaks inside it become spaces', () => {
    const long = `${'word '.repeat(100)}"x"\n${'more '.repeat(100)}`;
    const quote = long.indexOf('"x"');
    const finding: Finding = {
      kind: 'quote', class: 'scare', start: quote, end: quote + 3, text: '"x"',
      explanation: 'test finding', sentence: { start: 0, end: long.length },
    };
    const sentenceLine = formatFindings(long, [finding], false).split('\n')[1]!;
    expect(sentenceLine).toMatch(/^ {4}… ?(word ){30,}"x" (more ){30,}more…$/);
    expect(sentenceLine.length).toBeLessThan(long.length);
  });
});

describe('summary', () => {
  test('counts each quote class, each source type and all attributions, as the popup does', () => {
    expect(countFindings(numbered(FINDINGS))).toEqual({
      scare: 1, partial: 1, direct: 0, title: 0,
      attribution: 1, 'attribution-named': 1, 'attribution-vague': 0, 'attribution-none': 0, hedge: 1,
    });
  });

  test('one row per input and a total row when there are several', () => {
    const counts = countFindings(numbered(FINDINGS));
    const table = summaryTable([{ name: 'a.txt', counts }, { name: 'b.txt', counts: countFindings([]) }]).split('\n');
    expect(table[0]).toBe('input  quote  scare  partial  direct  title  attribution  named  vague  none  hedge');
    expect(table[1]).toBe('a.txt      2      1        1       0      0            1      1      0     0      1');
    expect(table[3]).toBe('total      2      1        1       0      0            1      1      0     0      1');
  });
});

describe('jsonLine', () => {
  test('is the spec object alone for one input, with "file" first for several', () => {
    expect(jsonLine(FINDINGS.slice(2, 3))).toBe(`${JSON.stringify({ findings: [FINDINGS[2]] })}\n`);
    expect(Object.keys(JSON.parse(jsonLine([], 'a.txt')))).toEqual(['file', 'findings']);
  });
});

describe('markdownReport', () => {
  test('gives each attribution its source and an excerpt of its claim, read from the text', () => {
    const tokyo = TEXT.indexOf('Tokyo');
    const credited = { ...FINDINGS[1]!, content: { start: tokyo, end: tokyo + 'Tokyo is "seeking a breakthrough,"'.length } } as Finding;
    const report = markdownReport('in.txt', { text: TEXT }, [FINDINGS[0]!, credited]);
    expect(report).toContain('2. **Attribution, named source**: according to (source: Kyodo; claim: Tokyo is "seeking a breakthrough,")\n');
    const longer = `${TEXT}${' More words follow.'.repeat(8)}`;
    const long = { ...credited, content: { start: 0, end: longer.length } } as Finding;
    const claim = /claim: (.*)\)$/m.exec(markdownReport('in.txt', { text: longer }, [long]))![1]!;
    expect(claim.startsWith('Headline Tokyo is')).toBe(true);
    expect(claim.endsWith('…')).toBe(true);
    expect(claim.length).toBeLessThan(130);
  });
});
