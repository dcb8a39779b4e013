/**
 * Highlight-API mode: one Range per finding in `CSS.highlights` under its name, one per source in
 * `quotelight-source`, and the content of the attribution under the tooltip in `quotelight-content`.
 * The page's DOM is never touched; the extension's CSS styles `::highlight()`.
 */
import { CONTENT_HIGHLIGHT, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, SOURCE_HIGHLIGHT, type HighlightName } from './highlight-names';
import { FLASH_MS, domRangeOf, type Painter } from './painter';
import type { PlacedFinding } from './placed-findings';

/** The window members this mode needs; present whenever `CSS.highlights` is. */
export interface HighlightWindow {
  document: Document;
  CSS: { highlights: HighlightRegistry };
  Highlight: typeof Highlight;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

export function supportsHighlights(window: Partial<HighlightWindow>): window is HighlightWindow {
  return typeof window.CSS?.highlights?.set === 'function' && typeof window.Highlight === 'function';
}

/** Sources and attribution cues sit inside quotations: paint them above. */
const PRIORITY: Partial<Record<HighlightName, number>> = {
  'quotelight-attribution-named': 1,
  'quotelight-attribution-vague': 1,
  'quotelight-attribution-none': 1,
  'quotelight-hedge': 1,
  'quotelight-source': 2,
};

/** A credited clause holds quotations and cues: its tint goes under their lines and tints. */
const CONTENT_PRIORITY = -1;

export class HighlightRegistryPainter implements Painter {
  readonly changesDom = false;
  private readonly highlights = new Map<HighlightName, Highlight>();
  private readonly shown = new Map<PlacedFinding, { main: Range; source: Range | null }>();
  private registered = false;
  /** The finding whose content is lit, and the highlight lighting it (null when it has no content on the page). */
  private lit: { finding: PlacedFinding; highlight: Highlight | null } | null = null;

  constructor(private readonly window: HighlightWindow) {
    for (const name of HIGHLIGHT_NAMES) {
      const highlight = new window.Highlight();
      highlight.priority = PRIORITY[name] ?? 0;
      this.highlights.set(name, highlight);
    }
  }

  show(findings: readonly PlacedFinding[]): void {
    // Registered even when empty: the test contract expects all nine names after a full pass.
    if (!this.registered) {
      for (const [name, highlight] of this.highlights) this.window.CSS.highlights.set(name, highlight);
      this.registered = true;
    }
    for (const finding of findings) {
      if (this.shown.has(finding)) continue;
      const main = domRangeOf(this.window.document, finding.span);
      if (!main) continue;
      const source = finding.source ? domRangeOf(this.window.document, finding.source) : null;
      this.highlights.get(finding.highlight)!.add(main);
      if (source) this.highlights.get(SOURCE_HIGHLIGHT)!.add(source);
      this.shown.set(finding, { main, source });
    }
  }

  hide(findings: readonly PlacedFinding[]): void {
    if (this.lit && findings.includes(this.lit.finding)) this.showContent(null);
    for (const finding of findings) {
      const ranges = this.shown.get(finding);
      if (!ranges) continue;
      this.highlights.get(finding.highlight)!.delete(ranges.main);
      if (ranges.source) this.highlights.get(SOURCE_HIGHLIGHT)!.delete(ranges.source);
      this.shown.delete(finding);
    }
  }

  hideAll(): void {
    const registry = this.window.CSS.highlights;
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      // Only our own: never delete a highlight someone else registered under the name since.
      if (registry.get(name) === highlight) registry.delete(name);
    }
    registry.delete(FLASH_HIGHLIGHT);
    this.showContent(null);
    this.shown.clear();
    this.registered = false;
  }

  rangeOf(finding: PlacedFinding): Range | null {
    return this.shown.get(finding)?.main ?? null;
  }

  flash(finding: PlacedFinding): void {
    const range = this.rangeOf(finding);
    if (!range) return;
    const flash = new this.window.Highlight(range);
    flash.priority = 3;
    this.window.CSS.highlights.set(FLASH_HIGHLIGHT, flash);
    this.window.setTimeout(() => {
      if (this.window.CSS.highlights.get(FLASH_HIGHLIGHT) === flash) this.window.CSS.highlights.delete(FLASH_HIGHLIGHT);
    }, FLASH_MS);
  }

  showContent(finding: PlacedFinding | null): void {
    if ((this.lit?.finding ?? null) === finding) return;
    const registry = this.window.CSS.highlights;
    // Only our own, as in hideAll.
    if (this.lit?.highlight && registry.get(CONTENT_HIGHLIGHT) === this.lit.highlight) registry.delete(CONTENT_HIGHLIGHT);
    this.lit = null;
    if (!finding || !this.shown.has(finding)) return;
    const ranges = finding.content.map((span) => domRangeOf(this.window.document, span)).filter((range) => range !== null);
    const highlight = ranges.length > 0 ? new this.window.Highlight(...ranges) : null;
    if (highlight) {
      highlight.priority = CONTENT_PRIORITY;
      registry.set(CONTENT_HIGHLIGHT, highlight);
    }
    this.lit = { finding, highlight };
  }
}
