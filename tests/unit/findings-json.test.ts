import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { jsonLine } from '../../src/cli/format-json';
import { findingsJson } from '../../src/shared/findings-json';

const text = 'Officials said the so-called “peace plan” was dead, according to Kyodo.';
const findings = analyze(text);

describe('findingsJson', () => {
  it('writes the spec document on one line, the fields about the source first', () => {
    const json = findingsJson(findings, { url: 'https://news.example/a', title: 'A', text });
    expect(json.endsWith('\n')).toBe(true);
    expect(json.trimEnd()).not.toContain('\n');
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['url', 'title', 'text', 'findings']);
    expect(parsed.findings).toEqual(findings);
    for (const finding of parsed.findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it('is what the CLI’s --json writes', () => {
    expect(jsonLine(findings)).toBe(findingsJson(findings));
    expect(jsonLine(findings, 'a.txt')).toBe(findingsJson(findings, { file: 'a.txt' }));
  });
});
