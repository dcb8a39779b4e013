import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { jsonLine } from '../../src/cli/format-json';
import type { Finding } from '../../src/analysis/types';
import { findingsJson } from '../../src/report/findings-json';

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

describe('findingsJson: who is credited with what', () => {
  it('writes an attribution’s content, the range of what it credits, as docs/annotation.md has it', () => {
    const page = 'Sources said the plan was "dead on arrival".';
    const said: Finding = {
      kind: 'attribution', start: 8, end: 12, text: 'said', source: { start: 0, end: 7, text: 'Sources' }, sourceType: 'vague',
      content: { start: 13, end: 43 }, explanation: 'x', sentence: { start: 0, end: 44 },
    };
    const [written] = JSON.parse(findingsJson([said], { text: page })).findings;
    expect(written.content).toEqual({ start: 13, end: 43 });
    expect(page.slice(written.content.start, written.content.end)).toBe('the plan was "dead on arrival"');
  });
});
