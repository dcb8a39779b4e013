import { describe, expect, it } from 'vitest';
import { COUNT_NAMES, type Counts } from '../../src/report/counts';
import { escapeMarkdown, formatReportMarkdown } from '../../src/report/markdown';

const counts = (values: Partial<Counts>) => ({ ...Object.fromEntries(COUNT_NAMES.map((n) => [n, 0])), ...values }) as Counts;

describe('the Markdown report', () => {
  it('has the title, URL, counts, sourcing profile and each finding with its sentence', () => {
    const md = formatReportMarkdown({
      title: 'Talks end',
      url: 'https://news.example/a',
      counts: counts({ scare: 1, attribution: 2, 'attribution-named': 1, 'attribution-vague': 1 }),
      findings: [
        { id: 1, kind: 'quote', class: 'scare', text: '“over”', sentence: 'Talks were “over”.' },
        { id: 2, kind: 'attribution', sourceType: 'vague', text: 'say', sourceText: 'officials', sentence: 'Officials say so.' },
      ],
    });
    expect(md).toBe(`# Talks end

<https://news.example/a>

## Counts

| kind | count |
|---|---:|
| Scare quotes | 1 |
| Partial quotes | 0 |
| Direct quotes | 0 |
| Titles and names | 0 |
| Attributions | 2 |
| — named source | 1 |
| — vague source | 1 |
| — no source | 0 |
| Distancing words | 0 |

## Sourcing profile

2 attributions: 50% named, 50% vague, 0% no source.

## Findings

1. **Scare quote**: “over”
   > Talks were “over”.
2. **Attribution, vague source**: say (source: officials)
   > Officials say so.
`);
  });

  it('gives each attribution its claim, after its source, on its own line, escaped', () => {
    const md = formatReportMarkdown({
      title: 'T',
      url: '',
      counts: counts({ attribution: 2, 'attribution-vague': 1, 'attribution-none': 1 }),
      findings: [
        { id: 1, kind: 'attribution', sourceType: 'vague', text: 'said', sourceText: 'Sources', contentText: 'the plan was "dead on arrival" [sic]', sentence: 'Sources said the plan was "dead on arrival" [sic].' },
        { id: 2, kind: 'attribution', sourceType: 'none', text: 'reportedly', contentText: 'talks stalled…', sentence: 'Talks reportedly stalled.' },
      ],
    });
    expect(md).toContain(`1. **Attribution, vague source**: said (source: Sources; claim: the plan was "dead on arrival" \\[sic\\])
   > Sources said the plan was "dead on arrival" \\[sic\\].
2. **Attribution, no source**: reportedly (claim: talks stalled…)
   > Talks reportedly stalled.
`);
  });

  it('escapes page text so it cannot add links, images or HTML', () => {
    expect(escapeMarkdown('[x](javascript:1) <img src=x> ![a](b)\n# h')).toBe('\\[x\\]\\(javascript:1\\) \\<img src=x\\> \\!\\[a\\]\\(b\\) \\# h');
    const md = formatReportMarkdown({ title: '<b>T</b>', url: 'https://e.example/<x>', counts: counts({}), findings: [] });
    expect(md).toContain('# \\<b\\>T\\</b\\>');
    expect(md).toContain('<https://e.example/%3Cx%3E>');
    expect(md).toContain('Nothing found.');
  });
});
