// @vitest-environment jsdom
// The popup, the options page and the tooltip in the browser's language (browser.i18n answering
// from _locales/de or fr, as it does in a German or French browser).
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/analysis/types';
import { startOptions } from '../../src/options/options';
import { Tooltip } from '../../src/page/tooltip';
import { startPopup } from '../../src/popup/popup';
import { COUNT_NAMES, type Counts } from '../../src/report/counts';
import type { PageSummary } from '../../src/report/summary';
import { fakeBrowser, fakeTranslate, localeMessages, type SentToTab } from '../helpers/fake-browser';

const summary: PageSummary = {
  url: 'https://zeitung.example/artikel',
  title: 'Artikel',
  counts: { ...Object.fromEntries(COUNT_NAMES.map((n) => [n, 0])), scare: 1, attribution: 1, 'attribution-vague': 1 } as Counts,
  findings: [
    { id: 0, kind: 'quote', class: 'scare', text: '„Experten“', sentence: 'Die „Experten“ streiten.' },
    { id: 1, kind: 'attribution', sourceType: 'vague', text: 'sagten', sourceText: 'Beamte', sentence: 'Beamte sagten es.' },
  ],
  findingTotal: 2,
  scareTerms: [{ term: 'Experten', count: 1 }],
  sources: { named: [], vague: [{ term: 'Beamte', count: 1 }] },
  paused: false,
  languages: ['fr'],
};
const answer = async ({ message }: SentToTab) => ((message as { type: string }).type === 'get-summary' ? summary : true);

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('main');
  document.body.append(root);
});

/** Every text and accessible name the reader meets. */
function shownTexts(element: Element): string[] {
  const texts = [...element.querySelectorAll('*')].flatMap((e) => [
    ...[...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim()),
    e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '',
  ]);
  return texts.filter((text) => text !== '');
}

/** English messages without placeholders whose German differs: none of them may show. */
const englishOnly = (() => {
  const en = localeMessages('en');
  const de = localeMessages('de');
  return new Set(Object.entries(en).filter(([name, e]) => !e.placeholders && e.message !== de[name]!.message).map(([, e]) => e.message));
})();

describe('the popup in German', () => {
  it('shows German words, names the page’s language in German, and marks the document de', async () => {
    const { api } = fakeBrowser({ answer, locale: 'de' });
    await startPopup(root, api, '?tabId=7');
    expect(document.documentElement.lang).toBe('de');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Zitate', 'Quellenangaben', 'Distanzierung', 'Art der Quellen', 'Distanzierte Begriffe', 'Genannte Quellen', 'Aussagen nach Quelle', 'Funde',
    ]);
    expect([...root.querySelectorAll('footer button')].map((b) => b.textContent)).toEqual(['Bericht kopieren', 'JSON herunterladen', 'Einstellungen']);
    expect(root.querySelector('.language')?.textContent).toBe('Sprache: Französisch');
    expect(root.querySelector('.terms .term')?.textContent).toBe('„Experten“');
    expect(root.querySelector('.pause')?.textContent).toBe('Auf zeitung.example pausieren');
    expect(root.querySelector('.finding .kind')?.textContent).toBe('Distanzierende Anführungszeichen');
    expect(root.querySelectorAll('.finding .kind')[1]?.textContent).toBe('Quellenangabe, vage Quelle');
    expect(root.querySelector('.bar')?.getAttribute('aria-label')).toBe('0\u00a0% benannte Quelle, 100\u00a0% vage Quelle, 0\u00a0% keine Quelle');
    const leftovers = shownTexts(root).filter((text) => englishOnly.has(text));
    expect(leftovers).toEqual([]);
  });

  it('says in German where it cannot run', async () => {
    const { api } = fakeBrowser({ activeTabId: 3, locale: 'de' });
    await startPopup(root, api, '');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Quotelight läuft auf dieser Seite nicht\./);
  });
});

describe('the options page in French', () => {
  it('shows French words throughout', async () => {
    const { api } = fakeBrowser({ locale: 'fr' });
    await startOptions(root, api);
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Options de Quotelight');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Surlignages', 'Où il fonctionne', 'Mes mots', 'Éléments écartés', 'Ce qui est lu']);
    expect(root.querySelector('input[data-color="scare"]')?.getAttribute('aria-label')).toBe('Couleur\u00a0: Guillemets de distance');
    const en = localeMessages('en');
    const fr = localeMessages('fr');
    const english = new Set(Object.entries(en).filter(([name, e]) => !e.placeholders && e.message !== fr[name]!.message).map(([, e]) => e.message));
    expect(shownTexts(root).filter((text) => english.has(text))).toEqual([]);
  });
});

describe('the tooltip in French', () => {
  it('labels the card in French and leaves the analyzer’s explanation as it is', () => {
    const { window } = new JSDOM('<!doctype html><body><p>Kyodo a dit.</p></body>');
    const attachShadow = vi.spyOn(window.Element.prototype, 'attachShadow');
    const finding: Finding = {
      kind: 'attribution', start: 6, end: 10, text: 'a dit', sourceType: 'named',
      source: { start: 0, end: 5, text: 'Kyodo' }, explanation: '“a dit” credits Kyodo.', sentence: { start: 0, end: 12 },
    };
    const tooltip = new Tooltip(window.document, fakeTranslate('fr'), { onDismiss: () => undefined });
    tooltip.show({ finding, sourceText: 'Kyodo' }, { top: 0, bottom: 10, left: 0, right: 10, width: 10, height: 10 } as DOMRect);
    const card = (attachShadow.mock.results[0]!.value as ShadowRoot).querySelector('[role="tooltip"]')!;
    expect(card.getAttribute('lang')).toBe('fr');
    expect([...card.children].map((line) => line.textContent)).toEqual([
      'Attribution\u00a0: source nommée', '“a dit” credits Kyodo.', 'Source\u00a0: Kyodo (source nommée)', '', 'Ne pas marquer sur ce site',
    ]);
  });
});
