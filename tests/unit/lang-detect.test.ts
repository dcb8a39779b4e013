/** Which language's rules read a text: detectLanguage, page hints, and mixed-language texts by paragraph. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, analyzeWithLanguage, detectLanguage } from '../../src/analysis';

const DIR = 'tests/fixtures/lang';
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.txt')).map((name) => [name.slice(0, 2), readFileSync(join(DIR, name), 'utf8')] as const);

const ENGLISH = 'The minister said on Monday that the budget would be “balanced” by the end of the year, according to officials.';
const GERMAN = 'Der Minister sagte am Montag, dass der Haushalt bis zum Ende des Jahres „ausgeglichen“ sein werde.';

describe('detectLanguage', () => {
  test.each(fixtures)('the %s labelled text is read as its language', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('a text with no function words is English unless the page declares otherwise', () => {
    expect(detectLanguage('Merkel, Macron, Sánchez')).toBe('en');
    expect(detectLanguage('Merkel, Macron, Sánchez', 'de')).toBe('de');
  });

  test('<html lang> hints are read by their primary subtag', () => {
    expect(detectLanguage('Kurz: „Nein“.', 'de-AT')).toBe('de');
    expect(detectLanguage('Bref : « non ».', 'fr_FR')).toBe('fr');
    expect(detectLanguage('Коротко: «нет».', 'RU')).toBe('ru');
  });

  test('a declared language yields to words that clearly say otherwise', () => {
    expect(detectLanguage(ENGLISH, 'de')).toBe('en');
    expect(detectLanguage(GERMAN, 'en')).toBe('de');
  });

  test('an undeclared or unsupported hint is no hint', () => {
    expect(detectLanguage(GERMAN, 'cs')).toBe('de');
    expect(detectLanguage(GERMAN, '')).toBe('de');
  });
});

describe('analyzeWithLanguage', () => {
  test('says which language it used, and analyze returns the same findings', () => {
    const result = analyzeWithLanguage(GERMAN);
    expect(result.lang).toBe('de');
    expect(result.languages).toEqual(['de']);
    expect(result.findings).toEqual(analyze(GERMAN));
    expect(result.findings.map((f) => f.text)).toContain('sagte');
  });

  test('a mixed text is read paragraph by paragraph, with offsets into the whole text', () => {
    const text = `${ENGLISH}\n\n${GERMAN}`;
    const result = analyzeWithLanguage(text);
    expect(result.languages).toEqual(['en', 'de']);
    for (const finding of result.findings) {
      expect(finding.text).toBe(text.slice(finding.start, finding.end));
      if (finding.kind === 'attribution' && finding.source) expect(finding.source.text).toBe(text.slice(finding.source.start, finding.source.end));
      expect(text.slice(finding.sentence.start, finding.sentence.end)).toContain(finding.text);
    }
    expect(result.findings.map((f) => f.text)).toEqual(expect.arrayContaining(['said', 'according to', '“balanced”', 'sagte', '„ausgeglichen“']));
  });

  test('the page’s <html lang> decides a text too short to tell (the content script passes it as hint)', () => {
    const headline = 'Scholz: „Wir bleiben“';
    expect(analyzeWithLanguage(headline).lang).toBe('en');
    expect(analyzeWithLanguage(headline, { hint: 'de-DE' }).lang).toBe('de');
    expect(analyzeWithLanguage(`${headline}\n\n${ENGLISH}`, { hint: 'de' }).languages).toEqual(['de', 'en']);
  });

  test('an explicit lang is used as given', () => {
    expect(analyzeWithLanguage(GERMAN, { lang: 'en' })).toMatchObject({ lang: 'en', languages: ['en'] });
    // Read as English, "sagte" is no reporting verb.
    expect(analyze(GERMAN, { lang: 'en' }).map((f) => f.text)).not.toContain('sagte');
  });
});
