import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/analysis/types';
import { Tooltip } from '../../src/page/tooltip';

const attribution: Finding = {
  kind: 'attribution', start: 6, end: 10, text: 'said', sourceType: 'named',
  source: { start: 0, end: 5, text: 'Kyodo' },
  explanation: '<img src=x onerror=alert(1)> “said” credits Kyodo.', sentence: { start: 0, end: 20 },
};

function setUp() {
  const { window } = new JSDOM('<!doctype html><body><p>Kyodo said so.</p></body>');
  // The root is closed, so the test keeps the one attachShadow returns.
  const attachShadow = vi.spyOn(window.Element.prototype, 'attachShadow');
  const tooltip = new Tooltip(window.document);
  const anchor = { top: 10, bottom: 30, left: 40, right: 80, width: 40, height: 20 } as DOMRect;
  return { window, tooltip, anchor, shadowRoot: () => attachShadow.mock.results[0]!.value as ShadowRoot };
}

describe('Tooltip', () => {
  it('shows kind, explanation and source as text in a closed shadow root on our own fixed host under <html>', () => {
    const { window, tooltip, anchor, shadowRoot } = setUp();
    tooltip.show({ finding: attribution, sourceText: 'Kyodo' }, anchor);
    const host = window.document.querySelector('[data-quotelight-ui]') as HTMLElement;
    expect(host.parentNode).toBe(window.document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyValue('display')).toBe('block');
    const lines = [...shadowRoot().querySelector('[role="tooltip"]')!.children].map((line) => line.textContent);
    expect(lines).toEqual(['Attribution: named source', attribution.explanation, 'Source: Kyodo (named source)']);
    // Text, never markup.
    expect(shadowRoot().querySelector('img')).toBeNull();
    expect(tooltip.finding).toBe(attribution);
  });

  it('says when no source is given, and nothing about sources for quotes', () => {
    const { tooltip, anchor, shadowRoot } = setUp();
    tooltip.show({ finding: { ...attribution, sourceType: 'none', source: undefined }, sourceText: null }, anchor);
    expect(shadowRoot().querySelector('[role="tooltip"]')!.lastElementChild!.textContent).toBe('Source: no source');
    const quote: Finding = { kind: 'quote', class: 'scare', start: 0, end: 5, text: '“x”', explanation: 'Nobody said it.', sentence: { start: 0, end: 5 } };
    tooltip.show({ finding: quote, sourceText: null }, anchor);
    const lines = [...shadowRoot().querySelector('[role="tooltip"]')!.children].map((line) => line.textContent);
    expect(lines).toEqual(['Scare quote', 'Nobody said it.', '']);
  });

  it('hides, and is removed from the page on teardown', () => {
    const { window, tooltip, anchor } = setUp();
    tooltip.show({ finding: attribution, sourceText: 'Kyodo' }, anchor);
    tooltip.hide();
    const host = window.document.querySelector('[data-quotelight-ui]') as HTMLElement;
    expect(host.style.getPropertyValue('display')).toBe('none');
    expect(tooltip.finding).toBeNull();
    tooltip.remove();
    expect(window.document.querySelector('[data-quotelight-ui]')).toBeNull();
  });
});

describe('Tooltip dismissal button', () => {
  const scare: Finding = { kind: 'quote', class: 'scare', start: 4, end: 12, text: '“reform”', explanation: 'x', sentence: { start: 0, end: 20 } };

  it('says "Not a scare quote" on a scare quote, hands the finding over when pressed, and hides', () => {
    const { window } = new JSDOM('<!doctype html><body><p>The “reform”.</p></body>');
    const attachShadow = vi.spyOn(window.Element.prototype, 'attachShadow');
    const dismissed: Finding[] = [];
    const tooltip = new Tooltip(window.document, (finding) => dismissed.push(finding));
    tooltip.show({ finding: scare, sourceText: null }, { top: 10, bottom: 30, left: 40, right: 80, width: 40, height: 20 } as DOMRect);
    const button = (attachShadow.mock.results[0]!.value as ShadowRoot).querySelector('button')!;
    expect(button.textContent).toBe('Not a scare quote');
    expect(button.type).toBe('button');
    button.click();
    expect(dismissed).toEqual([scare]);
    expect(tooltip.finding).toBeNull();
  });

  it('has no button, and takes no pointer, without a dismissal handler', () => {
    const { window } = new JSDOM('<!doctype html><body><p>x</p></body>');
    const attachShadow = vi.spyOn(window.Element.prototype, 'attachShadow');
    const tooltip = new Tooltip(window.document);
    tooltip.show({ finding: scare, sourceText: null }, { top: 0, bottom: 1, left: 0, right: 1, width: 1, height: 1 } as DOMRect);
    expect((attachShadow.mock.results[0]!.value as ShadowRoot).querySelector('button')).toBeNull();
    expect(tooltip.covers(0, 0)).toBe(false);
  });
});

describe('Tooltip theme', () => {
  it.each([[true, 'light', 'rgb(255, 255, 255)'], [false, 'dark', 'rgb(31, 33, 37)']] as const)(
    'follows prefers-color-scheme (light: %s)',
    (light, theme, background) => {
      const { window } = new JSDOM('<!doctype html><body><p>x</p></body>');
      (window as unknown as { matchMedia: (q: string) => { matches: boolean } }).matchMedia = (query) => ({ matches: light && query.includes('light') });
      const attachShadow = vi.spyOn(window.Element.prototype, 'attachShadow');
      const tooltip = new Tooltip(window.document);
      tooltip.show({ finding: attribution, sourceText: 'Kyodo' }, { top: 0, bottom: 1, left: 0, right: 1, width: 1, height: 1 } as DOMRect);
      expect(tooltip.theme()).toBe(theme);
      const card = (attachShadow.mock.results[0]!.value as ShadowRoot).querySelector<HTMLElement>('[role="tooltip"]')!;
      expect(card.style.getPropertyValue('background')).toMatch(new RegExp(background.replace(/[()]/g, '\\$&')));
    },
  );
});
