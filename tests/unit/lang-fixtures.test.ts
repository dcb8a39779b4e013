/** The labelled texts per language (issue 7): at least 60 findings each language, every kind, class and source type. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../src/analysis';

const DIR = 'tests/fixtures/lang';
interface Gold {
  doc: string;
  findings: Array<{ kind: string; class?: string; sourceType?: string; start: number; end: number; text: string }>;
}
const golds = readdirSync(DIR).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Gold);

describe.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s', (lang) => {
  const mine = golds.filter((gold) => gold.doc.startsWith(`${lang}-`));
  const findings = mine.flatMap((gold) => gold.findings);

  test('has at least 60 labelled findings of every kind, class and source type', () => {
    expect(findings.length).toBeGreaterThanOrEqual(60);
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['quote', 'attribution', 'hedge']));
    expect(new Set(findings.flatMap((f) => f.class ?? []))).toEqual(new Set(['scare', 'partial', 'direct', 'title']));
    expect(new Set(findings.flatMap((f) => f.sourceType ?? []))).toEqual(new Set(['named', 'vague', 'none']));
  });

  test('every label is a slice of its text', () => {
    for (const gold of mine) {
      const text = readFileSync(join(DIR, `${gold.doc}.txt`), 'utf8');
      for (const finding of gold.findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    }
  });
});
