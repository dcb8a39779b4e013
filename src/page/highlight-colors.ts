/**
 * The reader's highlight colours, as a style sheet of custom properties (`--quotelight-scare-line`,
 * `--quotelight-scare-tint`, …) that highlights.css reads, falling back to its own colours. The line
 * styles and which kinds are tinted stay (so kinds differ by more than colour); only the colours change.
 *
 * The sheet is a constructed CSSStyleSheet adopted by the document: no <style> element, so the
 * page's DOM and its `outerHTML` stay untouched, and a page's CSP does not apply to it. It only
 * defines properties, never draws: when the browser takes highlights.css away with a disabled
 * extension (Firefox does, without telling the content script), a sheet left behind paints nothing.
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

/** The names drawn with a translucent tint (as in highlights.css). */
const TINTED = new Set<HighlightName>(['quotelight-scare', 'quotelight-partial', 'quotelight-direct', 'quotelight-attribution-none', 'quotelight-source']);
/** The source is drawn by its tint alone (see highlights.css): a line property would be read by nothing. */
const LINELESS = new Set<HighlightName>(['quotelight-source']);

function tint(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, 0.25)`;
}

/** CSS for the colours; every value has been validated as `#rrggbb` by the settings parser. */
export function highlightColorCss(colors: Record<Category, string>): string {
  const properties: string[] = [];
  for (const category of CATEGORIES) {
    const color = colors[category];
    if (!/^#[0-9a-f]{6}$/i.test(color)) continue;
    for (const name of NAMES_OF[category]) {
      if (!LINELESS.has(name)) properties.push(`--${name}-line: ${color} !important;`);
      if (TINTED.has(name)) properties.push(`--${name}-tint: ${tint(color)} !important;`);
    }
  }
  return rootProperties(properties);
}

/** The properties on the root element, where every highlight and fallback mark inherits them from. */
function rootProperties(properties: readonly string[]): string {
  return `:root { ${properties.join(' ')} }`;
}

/** Relative luminance (WCAG 2) of a computed `rgb()`/`rgba()` colour; null when transparent or unreadable. */
export function luminanceOf(color: string): number | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Whether the page draws its text on a dark background: the first opaque background of <body>
 * or <html>, as computed. Pages that set none are white (the canvas default).
 */
export function pageIsDark(window: Pick<Window, 'getComputedStyle' | 'document'>): boolean {
  for (const element of [window.document.body, window.document.documentElement]) {
    if (!element) continue;
    const luminance = luminanceOf(window.getComputedStyle(element).backgroundColor);
    if (luminance !== null) return luminance < 0.2;
  }
  return false;
}

/** Mix a colour with white: the mid-tone lines stay visible on a dark background. */
function lighten(hex: string, amount = 0.4): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

/**
 * Colours for a dark page: lighter lines, the flash in a colour that keeps its text readable, and
 * the tooltip's content tint light grey, since a mid grey barely shows on a dark background.
 */
export function darkPageCss(colors: Record<Category, string>): string {
  const light = Object.fromEntries(CATEGORIES.map((c) => [c, lighten(colors[c])])) as Record<Category, string>;
  return `${highlightColorCss(light)}
${rootProperties([
    '--quotelight-flash-tint: rgba(252, 196, 25, 0.85) !important;',
    '--quotelight-flash-text: #000 !important;',
    '--quotelight-content-tint: rgba(206, 212, 218, 0.24) !important;',
  ])}`;
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
