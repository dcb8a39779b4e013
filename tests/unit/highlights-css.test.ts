/**
 * The look of the highlights, read from highlights.css itself: the Highlight API's `::highlight()`
 * rules and the `<mark>` fallback's rules must draw each kind alike, and a source must not be drawn
 * in a way that belongs to the line above it or to a cue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_HIGHLIGHT, HIGHLIGHT_NAMES } from '../../src/page/highlight-names';

const sheet = readFileSync(join(import.meta.dirname, '../../src/content/highlights.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Each rule's declarations by selector, values with their spaces collapsed. */
const rules = new Map<string, Map<string, string>>(
  [...sheet.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => [
    selector!.trim(),
    new Map(body!.split(';').map((declaration) => declaration.trim()).filter(Boolean).map((declaration) => {
      const colon = declaration.indexOf(':');
      return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).replace(/\s+/g, ' ').trim()];
    })),
  ]),
);

const highlightRule = (name: string) => rules.get(`::highlight(${name})`);
const markRule = (name: string) => rules.get(`mark[data-quotelight="${name}"]`);

/** The line style (solid, dashed, dotted, wavy, double) of a rule's text-decoration, or null with none. */
function lineStyle(rule: Map<string, string> | undefined): string | null {
  return /\b(solid|dashed|dotted|wavy|double)\b/.exec(rule?.get('text-decoration') ?? '')?.[1] ?? null;
}

describe('highlights.css', () => {
  it('draws every highlight name, and the tooltip\'s content, the same in both painters', () => {
    for (const name of [...HIGHLIGHT_NAMES, CONTENT_HIGHLIGHT]) {
      expect(highlightRule(name), name).toBeDefined();
      expect(markRule(name), name).toEqual(highlightRule(name));
    }
  });

  it('draws nothing over the text, where a line reads as marking the line above', () => {
    for (const [selector, declarations] of rules) {
      for (const [property, value] of declarations) expect(`${selector} ${property}: ${value}`).not.toMatch(/overline/);
    }
  });

  it('draws a source by a tint, in no line style an attribution cue uses', () => {
    const cueStyles = ['named', 'vague', 'none'].map((type) => lineStyle(highlightRule(`quotelight-attribution-${type}`)));
    expect(cueStyles).toEqual(['solid', 'dashed', 'dotted']);
    for (const rule of [highlightRule('quotelight-source'), markRule('quotelight-source')]) {
      expect(rule?.get('background-color')).toMatch(/^var\(--quotelight-source-tint, rgba\(/);
      const style = lineStyle(rule);
      if (style !== null) expect(cueStyles).not.toContain(style);
    }
  });
});

describe('the tooltip\'s content tint', () => {
  it('is a tint alone, so the lines of the kinds inside it still show', () => {
    const rule = highlightRule(CONTENT_HIGHLIGHT);
    expect(rule?.get('background-color')).toMatch(/^var\(--quotelight-content-tint, rgba\(/);
    expect(rule?.has('text-decoration')).toBe(false);
  });
});
