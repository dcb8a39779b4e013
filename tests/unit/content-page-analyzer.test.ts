// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { pageAnalyzer } from '../../src/content/page-analyzer';
import { declaredLanguage } from '../../src/shared/declared-language';

const french = 'Le ministre a déclaré que la « réforme » était nécessaire, selon l’agence. Les syndicats ont dénoncé une prétendue « modernisation ».';
const german = 'Der Minister sagte, die „Reform“ sei notwendig. Laut der Agentur haben die Gewerkschaften die angebliche „Modernisierung“ kritisiert.';
const english = 'The minister said the “reform” was needed, according to the agency. Unions attacked the so-called “modernisation”.';

describe('pageAnalyzer', () => {
  it('finds what analyze finds with the page’s declared language as the hint', () => {
    const { analyze: analyzePage } = pageAnalyzer(() => 'fr');
    expect(analyzePage(french)).toEqual(analyze(french, { hint: 'fr' }));
  });

  it('keeps the union of the languages of every scan, in order of first use', () => {
    const page = pageAnalyzer(() => '');
    expect(page.languagesUsed()).toEqual([]);
    page.analyze(french);
    expect(page.languagesUsed()).toEqual(['fr']);
    page.analyze(`${german}\n\n${english}`);
    page.analyze(french);
    expect(page.languagesUsed()).toEqual(['fr', 'de', 'en']);
  });

  it('counts no language for an empty text', () => {
    const page = pageAnalyzer(() => 'de');
    expect(page.analyze('  \n ')).toEqual([]);
    expect(page.languagesUsed()).toEqual([]);
  });

  it('asks for the hint at each scan', () => {
    let lang = 'en';
    const page = pageAnalyzer(() => lang);
    // Too short to overrule the hint, so each scan is read in the language declared at that moment.
    page.analyze('Il a dit non.');
    lang = 'fr';
    page.analyze('Il a dit non.');
    expect(page.languagesUsed()).toEqual(['en', 'fr']);
  });
});

describe('declaredLanguage', () => {
  it('reads <html lang>, else a Content-Language meta element', () => {
    document.documentElement.lang = 'de-AT';
    expect(declaredLanguage(document)).toBe('de-AT');
    document.documentElement.removeAttribute('lang');
    document.head.innerHTML = '<meta http-equiv="content-language" content="fr">';
    expect(declaredLanguage(document)).toBe('fr');
    document.head.replaceChildren();
    expect(declaredLanguage(document)).toBe('');
  });
});
