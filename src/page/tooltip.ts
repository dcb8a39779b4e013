/**
 * The explanation shown over a highlight: kind, the analyzer's explanation, the credited source
 * with its type, and what the attribution credits to it (an excerpt). It lives in a closed shadow root on a host marked as our UI, fixed to the
 * viewport under <html> (outside the body's flow), so page CSS and scripts cannot reach into it,
 * and it is built with textContent only. Styles are set through the CSSOM, which a page's
 * Content-Security-Policy does not block, unlike a <style> element.
 */
import type { Finding } from '../analysis/types';
import { excerpt } from '../report/excerpt';
import type { Translate } from '../shared/i18n';
import { kindLabel, SOURCE_TYPE_KEYS } from './finding-labels';
import { UI_ATTRIBUTE } from './markup-rules';

export interface TooltipContent {
  finding: Finding;
  /** The credited source phrase as it reads on the page, when there is one. */
  sourceText: string | null;
  /** What an attribution credits, as it reads on the page, when the analyzer found it. */
  contentText?: string | null;
}

/** Space between the highlight and the tooltip, and between the tooltip and the viewport edge. */
const GAP_PX = 6;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  'z-index': '2147483647',
  'pointer-events': 'none',
  display: 'none',
};

const CARD_STYLE: Record<string, string> = {
  'max-width': '22rem',
  padding: '0.5rem 0.7rem',
  'border-radius': '6px',
  border: '1px solid #5c5f66',
  background: '#1f2125',
  color: '#f1f3f5',
  font: '13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif',
  'box-shadow': '0 4px 14px rgba(0, 0, 0, 0.35)',
  'text-align': 'left',
  'white-space': 'normal',
};

/** The card's colours per `prefers-color-scheme` (the dark set is CARD_STYLE's own). */
const THEMES: Record<'light' | 'dark', { card: Record<string, string>; muted: string }> = {
  dark: { card: { background: '#1f2125', color: '#f1f3f5', border: '1px solid #5c5f66' }, muted: '#ced4da' },
  light: { card: { background: '#ffffff', color: '#1b1f24', border: '1px solid #adb5bd' }, muted: '#495057' },
};

const TITLE_STYLE: Record<string, string> = { 'font-weight': '600', 'margin-bottom': '0.2rem' };
const BUTTON_STYLE: Record<string, string> = {
  'margin-top': '0.45rem',
  padding: '0.15rem 0.5rem',
  'border-radius': '4px',
  border: '1px solid #adb5bd',
  background: 'transparent',
  color: '#f1f3f5',
  font: 'inherit',
  cursor: 'pointer',
  'pointer-events': 'auto',
};
const SOURCE_STYLE: Record<string, string> = { 'margin-top': '0.3rem', color: '#ced4da' };
/** Page text, maybe a long clause: it wraps anywhere rather than widen the card. */
const CLAIM_STYLE: Record<string, string> = { ...SOURCE_STYLE, 'margin-top': '0.15rem', 'overflow-wrap': 'anywhere' };

export class Tooltip {
  private host: HTMLElement | null = null;
  private title: HTMLElement | null = null;
  private explanation: HTMLElement | null = null;
  private source: HTMLElement | null = null;
  private claim: HTMLElement | null = null;
  private dismiss: HTMLButtonElement | null = null;
  private card: HTMLElement | null = null;
  private shownFinding: Finding | null = null;

  private readonly onDismiss: ((finding: Finding) => void) | undefined;
  private readonly onShown: ((finding: Finding | null) => void) | undefined;

  /**
   * `t` words the card's own labels; the analyzer's explanation stays as written. `onDismiss`,
   * when given, adds the "Not a scare quote" button (the reader's dismissal of the shown finding).
   * `onShown` hears each finding the card comes to show, and null when it hides, so the page can
   * light what the finding credits for as long as it is explained.
   */
  constructor(
    private readonly document: Document,
    private readonly t: Translate,
    listeners: { onDismiss?: (finding: Finding) => void; onShown?: (finding: Finding | null) => void } = {},
  ) {
    this.onDismiss = listeners.onDismiss;
    this.onShown = listeners.onShown;
  }

  /** Whether a viewport point is on the shown tooltip or the gap to its highlight, so moving onto it keeps it open. */
  covers(x: number, y: number): boolean {
    if (!this.shownFinding || !this.host || !this.onDismiss) return false;
    const box = this.host.getBoundingClientRect();
    const slop = GAP_PX + 2;
    return x >= box.left - slop && x <= box.right + slop && y >= box.top - slop && y <= box.bottom + slop;
  }

  get finding(): Finding | null {
    return this.shownFinding;
  }

  show(content: TooltipContent, anchor: DOMRect): void {
    const host = this.ensureHost();
    const { finding, sourceText, contentText } = content;
    this.title!.textContent = kindLabel(this.t, finding);
    this.explanation!.textContent = finding.explanation;
    this.source!.textContent = sourceLine(this.t, finding, sourceText);
    this.source!.style.setProperty('display', this.source!.textContent ? 'block' : 'none', 'important');
    this.claim!.textContent = finding.kind === 'attribution' && contentText ? this.t('tooltip_content', excerpt(contentText)) : '';
    this.claim!.style.setProperty('display', this.claim!.textContent ? 'block' : 'none', 'important');
    if (this.dismiss) this.dismiss.textContent = this.t(isScareQuote(finding) ? 'tooltip_not_scare' : 'tooltip_dont_mark');
    this.applyTheme();
    host.style.setProperty('display', 'block', 'important');
    this.place(host, anchor);
    // Shown again on every frame the pointer moves over it: only a new finding is news.
    const changed = finding !== this.shownFinding;
    this.shownFinding = finding;
    if (changed) this.onShown?.(finding);
  }

  hide(): void {
    this.host?.style.setProperty('display', 'none', 'important');
    const wasShown = this.shownFinding !== null;
    this.shownFinding = null;
    if (wasShown) this.onShown?.(null);
  }

  /** Take the host out of the page for good (teardown). */
  remove(): void {
    this.host?.remove();
    this.host = null;
    const wasShown = this.shownFinding !== null;
    this.shownFinding = null;
    if (wasShown) this.onShown?.(null);
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    const host = this.document.createElement('quotelight-tooltip');
    host.setAttribute(UI_ATTRIBUTE, '');
    setStyles(host, HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    const card = this.element('div', CARD_STYLE);
    this.card = card;
    card.setAttribute('role', 'tooltip');
    // So a screen reader pronounces the labels in the interface's language and the explanations in theirs.
    card.setAttribute('lang', this.t.locale);
    this.title = this.element('div', TITLE_STYLE);
    this.explanation = this.element('div', {});
    this.explanation.setAttribute('lang', 'en');
    this.source = this.element('div', SOURCE_STYLE);
    this.claim = this.element('div', CLAIM_STYLE);
    card.append(this.title, this.explanation, this.source, this.claim);
    if (this.onDismiss) {
      // The card takes the pointer only when it has something to click.
      card.style.setProperty('pointer-events', 'auto', 'important');
      const dismiss = this.element('button', BUTTON_STYLE) as HTMLButtonElement;
      dismiss.type = 'button';
      dismiss.setAttribute('data-quotelight-dismiss', '');
      dismiss.addEventListener('click', (event) => {
        event.stopPropagation();
        const finding = this.shownFinding;
        this.hide();
        if (finding) this.onDismiss?.(finding);
      });
      this.dismiss = dismiss;
      card.append(dismiss);
    }
    shadow.append(card);
    this.document.documentElement.append(host);
    this.host = host;
    return host;
  }

  /** Light or dark as the reader's system is (prefers-color-scheme), checked at each show. */
  theme(): 'light' | 'dark' {
    const view = this.document.defaultView;
    return view?.matchMedia?.('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
  }

  private applyTheme(): void {
    const theme = THEMES[this.theme()];
    if (this.card) setStyles(this.card, theme.card);
    for (const line of [this.source, this.claim]) line?.style.setProperty('color', theme.muted, 'important');
    if (this.dismiss) setStyles(this.dismiss, { color: theme.card.color!, border: `1px solid ${theme.muted}` });
  }

  private element(tag: string, styles: Record<string, string>): HTMLElement {
    const element = this.document.createElement(tag);
    setStyles(element, styles);
    return element;
  }

  /** Below the highlight, or above it when there is no room below; kept inside the viewport. */
  private place(host: HTMLElement, anchor: DOMRect): void {
    const view = this.document.documentElement;
    const viewWidth = view.clientWidth || anchor.right;
    const viewHeight = view.clientHeight || anchor.bottom;
    const size = host.getBoundingClientRect();
    let top = anchor.bottom + GAP_PX;
    if (top + size.height > viewHeight && anchor.top - GAP_PX - size.height >= 0) top = anchor.top - GAP_PX - size.height;
    const left = Math.max(GAP_PX, Math.min(anchor.left, viewWidth - size.width - GAP_PX));
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  }
}

/** The dismissal button's words are the reader's verdict on this kind of finding. */
function isScareQuote(finding: Finding): boolean {
  return finding.kind === 'quote' && finding.class === 'scare';
}

function sourceLine(t: Translate, finding: Finding, sourceText: string | null): string {
  if (finding.kind !== 'attribution') return '';
  const type = t(SOURCE_TYPE_KEYS[finding.sourceType]);
  if (finding.sourceType === 'none' || !sourceText) return t('tooltip_source', type);
  return t('tooltip_source_text', sourceText, type);
}

/** `!important` inline declarations: the only author styles that beat a page's `!important` rules. */
function setStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}
