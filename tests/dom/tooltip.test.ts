import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/analysis/types';
import { Tooltip } from '../../src/page/tooltip';
import { fakeTranslate } from '../helpers/fake-browser';

const english = fakeTranslate('en');

const attribution: Finding = {
  kind: 'attribution', start: 6, end: 10, text: 'said', sourceType: 'named',
  source: { start: 0, end: 5, text: 'Kyodo' },
  explanation: '<img src=x onerror=alert(1)> “said” credits Kyodo.', sentence: { start: 0, end: 20 },
};

function setUp() {
  const { window } = new JSDOM('<!doctype html><body><p>Kyodo said so.</p></body>');
  // The root is closed, so the test keeps the one attachShadow returns.
  const attachShadow = vi.spyOn(window.Element.prototype, 'attachShadow');
  const tooltip = new Tooltip(window.document, english);
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
    expect(lines).toEqual(['Attribution: named source', attribution.explanation, 'Source: Kyodo (named source)', '']);
    // Text, never markup.
    expect(shadowRoot().querySelector('img')).toBeNull();
    expect(tooltip.finding).toBe(attribution);
  });

  it('says when no source is given, and nothing about sources for quotes', () => {
    const { tooltip, anchor, shadowRoot } = setUp();
    tooltip.show({ finding: { ...attribution, sourceType: 'none', source: undefined }, sourceText: null }, anchor);
    expect(shadowRoot().querySelector('[role="tooltip"]')!.children[2]!.textContent).toBe('Source: no source');
    const quote: Finding = { kind: 'quote', class: 'scare', start: 0, end: 5, text: '“x”', explanation: 'Nobody said it.', sentence: { start: 0, end: 5 } };
    tooltip.show({ finding: quote, sourceText: null }, anchor);
    const lines = [...shadowRoot().querySelector('[role="tooltip"]')!.children].map((line) => line.textContent);
    expect(lines).toEqual(['Scare quote', 'Nobody said it.', '', '']);
  });

  it('shows who is credited with what: the source, then an excerpt of the content, as text', () => {
    const { tooltip, anchor, shadowRoot } = setUp();
    const claim = 'the plan was “dead on arrival” <b>and</b> would not be revived';
    tooltip.show({ finding: attribution, sourceText: 'Kyodo', contentText: claim }, anchor);
    const lines = [...shadowRoot().querySelector('[role="tooltip"]')!.children].map((line) => line.textContent);
    expect(lines.slice(2)).toEqual(['Source: Kyodo (named source)', `Claim: ${claim}`]);
    expect(shadowRoot().querySelector('b')).toBeNull();
    const long = `${'word '.repeat(60)}end`;
    tooltip.show({ finding: attribution, sourceText: 'Kyodo', contentText: long }, anchor);
    const line = shadowRoot().querySelector('[role="tooltip"]')!.children[3]!.textContent!;
    expect(line.startsWith('Claim: word word')).toBe(true);
    expect(line.endsWith('word…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual('Claim: '.length + 120);
  });

  it('has no claim line for an attribution without content, nor for other kinds', () => {
    const { tooltip, anchor, shadowRoot } = setUp();
    tooltip.show({ finding: attribution, sourceText: 'Kyodo', contentText: null }, anchor);
    const claimLine = () => shadowRoot().querySelector('[role="tooltip"]')!.children[3] as HTMLElement;
    expect(claimLine().textContent).toBe('');
    expect(claimLine().style.getPropertyValue('display')).toBe('none');
    const hedge: Finding = { kind: 'hedge', start: 0, end: 7, text: 'alleged', explanation: 'x', sentence: { start: 0, end: 7 } };
    tooltip.show({ finding: hedge, sourceText: null, contentText: 'stray' }, anchor);
    expect(claimLine().textContent).toBe('');
  });

  it('tells its owner each new finding it shows and when it hides, once each', () => {
    const { window } = new JSDOM('<!doctype html><body><p>x</p></body>');
    const heard: Array<Finding | null> = [];
    const tooltip = new Tooltip(window.document, english, { onShown: (finding) => heard.push(finding) });
    const anchor = { top: 0, bottom: 1, left: 0, right: 1, width: 1, height: 1 } as DOMRect;
    tooltip.hide();
    tooltip.show({ finding: attribution, sourceText: 'Kyodo' }, anchor);
    // The pointer moving over the same highlight shows it again at every frame.
    tooltip.show({ finding: attribution, sourceText: 'Kyodo' }, anchor);
    const quote: Finding = { kind: 'quote', class: 'scare', start: 0, end: 5, text: '“x”', explanation: 'x', sentence: { start: 0, end: 5 } };
    tooltip.show({ finding: quote, sourceText: null }, anchor);
    tooltip.hide();
    tooltip.hide();
    tooltip.show({ finding: quote, sourceText: null }, anchor);
    tooltip.remove();
    expect(heard).toEqual([attribution, quote, null, quote, null]);
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
    const tooltip = new Tooltip(window.document, english, { onDismiss: (finding) => dismissed.push(finding) });
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
    const tooltip = new Tooltip(window.document, english);
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
      const tooltip = new Tooltip(window.document, english);
      tooltip.show({ finding: attribution, sourceText: 'Kyodo' }, { top: 0, bottom: 1, left: 0, right: 1, width: 1, height: 1 } as DOMRect);
      expect(tooltip.theme()).toBe(theme);
      const card = (attachShadow.mock.results[0]!.value as ShadowRoot).querySelector<HTMLElement>('[role="tooltip"]')!;
      expect(card.style.getPropertyValue('background')).toMatch(new RegExp(background.replace(/[()]/g, '\\$&')));
    },
  );
});
