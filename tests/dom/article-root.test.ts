// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPageText, findArticleRoot } from '../../src/page/text-blocks';
import { applyPersonalWords, EXTRA_HEDGE_EXPLANATION, sentenceAround, termOf } from '../../src/page/personal-words';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { darkPageCss, highlightColorCss, luminanceOf, pageIsDark } from '../../src/page/highlight-colors';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-names';
import { PALETTE_COLORS } from '../../src/shared/settings';
import type { Finding } from '../../src/analysis/types';

const LONG = 'The minister defended the plan at length before the committee on Tuesday afternoon. '.repeat(4);

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('findArticleRoot', () => {
  it('takes the <article> with the most paragraph text, not teasers', () => {
    const d = doc(`<nav><p>Menu “item”</p></nav><article id="teaser"><p>Short teaser.</p></article>
      <article id="story"><h1>Title</h1><p>${LONG}</p><p>${LONG}</p></article><aside><p>Comment “lol”</p></aside>`);
    expect(findArticleRoot(d)?.id).toBe('story');
  });

  it('falls back to <main>, then to the parent of the largest run of paragraphs', () => {
    expect(findArticleRoot(doc(`<div>menu</div><main id="m"><p>${LONG}</p></main>`))?.id).toBe('m');
    expect(findArticleRoot(doc(`<div id="nav"><p>a</p><p>b</p></div><div id="body"><p>${LONG}</p><p>${LONG}</p></div>`))?.id).toBe('body');
  });

  it('gives up (whole page) when nothing holds enough text', () => {
    expect(findArticleRoot(doc('<p>Hello “world”.</p>'))).toBeNull();
  });

  it('compares several articles by all their text, even when the first already has enough', () => {
    const d = doc(`<article id="first"><p>${LONG}</p></article><article id="longer"><p>${LONG}</p><p>${LONG}</p></article>`);
    expect(findArticleRoot(d)?.id).toBe('longer');
  });

  it('counts only the read paragraphs of a lone article', () => {
    const d = doc(`<article id="a"><p hidden>${LONG}</p><div aria-hidden="true"><p>${LONG}</p></div><p>Short.</p></article>`);
    expect(findArticleRoot(d)).toBeNull();
  });

  it('ignores hidden candidates', () => {
    const d = doc(`<article id="hidden" hidden><p>${LONG}${LONG}</p></article><article id="shown"><p>${LONG}</p></article>`);
    expect(findArticleRoot(d)?.id).toBe('shown');
  });

  it('extractPageText with `within` reads only the article blocks, in the same layout', () => {
    const d = doc(`<nav><p>Menu</p></nav><article id="a"><p>One.</p><p>Two <em>and</em> more.</p></article><footer><p>Foot</p></footer>`);
    const text = extractPageText(d, { within: d.getElementById('a') }).text;
    expect(text).toBe('One.\n\nTwo and more.');
    expect(extractPageText(d, { within: null }).text).toBe('Menu\n\nOne.\n\nTwo and more.\n\nFoot');
  });
});

describe('personal words', () => {
  const text = 'The “reform” was, purportedly, a so-called fix. Another Purportedly here.';
  const scare: Finding = { kind: 'quote', class: 'scare', start: 4, end: 12, text: '“reform”', explanation: 'x', sentence: { start: 0, end: 47 } };
  const hedge: Finding = { kind: 'hedge', start: 33, end: 42, text: 'so-called', explanation: 'x', sentence: { start: 0, end: 47 } };

  it('drops findings of never-mark terms, quotation marks and case aside', () => {
    expect(termOf('“Reform,”')).toBe('reform');
    expect(applyPersonalWords([scare, hedge], text, { neverMark: ['reform'], extraHedges: [] })).toEqual([hedge]);
  });

  it('adds extra distancing words as hedges, whole words only, with their sentence', () => {
    const result = applyPersonalWords([scare, hedge], text, { neverMark: [], extraHedges: ['purportedly', 'so-called', 'ref'] });
    const added = result.filter((f) => f.explanation === EXTRA_HEDGE_EXPLANATION);
    expect(added.map((f) => [f.text, text.slice(f.start, f.end)])).toEqual([['purportedly', 'purportedly'], ['Purportedly', 'Purportedly']]);
    expect(text.slice(added[1]!.sentence.start, added[1]!.sentence.end)).toBe('Another Purportedly here.');
    expect(result.map((f) => f.start)).toEqual([...result.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('finds sentence bounds at full stops and blank lines', () => {
    const t = 'First one. Second here\n\nThird.';
    expect(t.slice(sentenceAround(t, 14, 18).start, sentenceAround(t, 14, 18).end)).toBe('Second here');
  });
});

describe('highlight colours', () => {
  it('colours every highlight name of a category, and nothing that is not a colour', () => {
    const css = highlightColorCss({ ...PALETTE_COLORS.colorblind, hedge: 'red;} body{display:none' });
    expect(css).toMatch(/^:root \{ [^{}]* \}$/);
    expect(css).toContain('--quotelight-scare-line: #e69f00 !important; --quotelight-scare-tint: rgba(230, 159, 0, 0.25) !important;');
    expect(css).toContain('--quotelight-source-tint: rgba(0, 158, 115, 0.25) !important;');
    expect(css).toContain('--quotelight-title-line: #');
    expect(css).not.toContain('hedge');
  });

  it('sets only properties that highlights.css reads, for every highlight name it colours', () => {
    const sheet = readFileSync(join(import.meta.dirname, '../../src/content/highlights.css'), 'utf8');
    const read = new Set(sheet.match(/--quotelight-[a-z-]+/g));
    const set = [...highlightColorCss(PALETTE_COLORS.standard).matchAll(/(--quotelight-[a-z-]+):/g), ...darkPageCss(PALETTE_COLORS.standard).matchAll(/(--quotelight-[a-z-]+):/g)].map((m) => m[1]);
    expect(set.length).toBeGreaterThan(9);
    expect(set.filter((property) => !read.has(property!))).toEqual([]);
    // A source is drawn by its tint alone; every other name by its line.
    for (const name of HIGHLIGHT_NAMES) expect(set).toContain(name === 'quotelight-source' ? `--${name}-tint` : `--${name}-line`);
  });
});


describe('page background brightness', () => {
  it.each([
    ['rgb(255, 255, 255)', 1],
    ['rgb(0, 0, 0)', 0],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('luminance of %s', (color, expected) => {
    const value = luminanceOf(color);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 3);
  });

  it('reads the body background, then the root, and treats none as white', () => {
    const style = (map: Map<Element, string>) => (element: Element) => ({ backgroundColor: map.get(element) ?? 'rgba(0, 0, 0, 0)' }) as CSSStyleDeclaration;
    const d = doc('<p>x</p>');
    expect(pageIsDark({ document: d, getComputedStyle: style(new Map([[d.body, 'rgb(18, 18, 18)']])) })).toBe(true);
    expect(pageIsDark({ document: d, getComputedStyle: style(new Map([[d.documentElement, 'rgb(250, 250, 250)']])) })).toBe(false);
    expect(pageIsDark({ document: d, getComputedStyle: style(new Map()) })).toBe(false);
  });

  it('draws lighter lines on dark pages', () => {
    expect(darkPageCss(PALETTE_COLORS.standard)).toContain('--quotelight-scare-line: #faa46a');
  });
});
