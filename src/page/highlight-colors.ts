/**
 * The reader's highlight colours, as a style sheet over the nine highlight names. The line
 * styles of highlights.css stay (so kinds differ by more than colour); only the colours change.
 * The sheet is a constructed CSSStyleSheet adopted by the document: no <style> element, so the
 * page's DOM and its `outerHTML` stay untouched, and a page's CSP does not apply to it.
 */
import type { Category } from '../shared/settings';
import { CATEGORIES } from '../shared/settings';
import type { HighlightName } from './highlight-names';

/** The highlight names each category's colour paints; attributions share one colour, their line styles still differ. */
const NAMES_OF: Record<Category, readonly HighlightName[]> = {
  scare: ['quotelight-scare'],
  partial: ['quotelight-partial'],
  direct: ['quotelight-direct'],
  title: ['quotelight-title'],
  attribution: ['quotelight-attribution-named', 'quotelight-attribution-vague', 'quotelight-attribution-none', 'quotelight-source'],
  hedge: ['quotelight-hedge'],
};

/** The names drawn with a translucent tint as well as a line (as in highlights.css). */
const TINTED = new Set<HighlightName>(['quotelight-scare', 'quotelight-partial', 'quotelight-direct', 'quotelight-attribution-none']);

function tint(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, 0.25)`;
}

/** CSS for the colours; every value has been validated as `#rrggbb` by the settings parser. */
export function highlightColorCss(colors: Record<Category, string>): string {
  const rules: string[] = [];
  for (const category of CATEGORIES) {
    const color = colors[category];
    if (!/^#[0-9a-f]{6}$/i.test(color)) continue;
    for (const name of NAMES_OF[category]) {
      const declarations = `text-decoration-color: ${color} !important;${TINTED.has(name) ? ` background-color: ${tint(color)} !important;` : ''}`;
      rules.push(`::highlight(${name}) { ${declarations} }`, `mark[data-quotelight="${name}"] { ${declarations} }`);
    }
  }
  return rules.join('\n');
}

interface SheetWindow {
  CSSStyleSheet: typeof CSSStyleSheet;
  document: Document;
}

/** Adopts, replaces or (with null) removes the colour sheet; a no-op where constructed sheets are missing. */
export class HighlightColors {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly window: SheetWindow) {}

  apply(css: string | null): void {
    const document = this.window.document;
    if (!('adoptedStyleSheets' in document) || typeof this.window.CSSStyleSheet !== 'function') return;
    if (css === null) {
      if (this.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      this.sheet = null;
      return;
    }
    if (!this.sheet) {
      this.sheet = new this.window.CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
  }
}
