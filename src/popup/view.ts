/**
 * The popup's DOM. Built once; live updates rewrite numbers and lists in place so a keyboard
 * user's focus survives a page that keeps changing.
 */
import type { SourceType } from '../analysis/types';
import { claimsBySource } from '../report/claims';
import type { CountName } from '../report/counts';
import { sourcingProfile } from '../report/sourcing-profile';
import { MAX_LISTED_FINDINGS, type FindingSummary, type PageSummary } from '../report/summary';
import type { CreditedSources, TermCount } from '../report/term-counts';
import type { MessageKey, Translate } from '../shared/i18n';
import { CATEGORIES, isPausedOn, type Category, type Settings } from '../shared/settings';
import { el } from '../ui/dom';
import { categoryHint, countLabel, findingLabel } from '../ui/labels';

export type PopupState = 'loading' | 'ready' | 'unavailable';

export interface PopupHandlers {
  toggleCategory(category: Category, enabled: boolean): void;
  togglePause(hostname: string, paused: boolean): void;
  reveal(findingId: number): void;
  openOptions(): void;
  copyReport(summary: PageSummary): void;
  downloadJson(): void;
}

const STATUS_KEYS: Record<PopupState, MessageKey | null> = {
  loading: 'popup_loading',
  ready: null,
  unavailable: 'popup_unavailable',
};

/** Each category's count row carries its switch; the source types are counts without switches. */
const GROUPS: ReadonlyArray<{ heading: MessageKey; rows: ReadonlyArray<Category>; sub?: ReadonlyArray<CountName> }> = [
  { heading: 'popup_group_quotations', rows: ['scare', 'partial', 'direct', 'title'] },
  { heading: 'popup_group_attributions', rows: ['attribution'], sub: ['attribution-named', 'attribution-vague', 'attribution-none'] },
  { heading: 'popup_group_distancing', rows: ['hedge'] },
];

const SOURCE_TYPES: ReadonlyArray<SourceType> = ['named', 'vague', 'none'];

function hostnameOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}

/** A language's name in `locale` ("French", "Französisch"); the code where the browser cannot name it. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The class that gives a finding's entry the colour of its highlight on the page. */
function findingStyle(finding: FindingSummary): string {
  if (finding.kind === 'quote') return `hl-${finding.class ?? 'direct'}`;
  if (finding.kind === 'hedge') return 'hl-hedge';
  return `source-${finding.sourceType ?? 'none'}`;
}

export class PopupView {
  private readonly doc: Document;
  private readonly counts = new Map<CountName, HTMLElement>();
  private readonly toggles = new Map<Category, HTMLInputElement>();
  private readonly status: HTMLElement;
  private readonly site: HTMLElement;
  private readonly language: HTMLElement;
  private readonly content: HTMLElement;
  private readonly profileBar: HTMLElement;
  private readonly profileSegments = new Map<SourceType, HTMLElement>();
  private readonly profileLegend = new Map<SourceType, HTMLElement>();
  private readonly terms: HTMLElement;
  private readonly sources: HTMLElement;
  private readonly claims: HTMLElement;
  private readonly claimsNote: HTMLElement;
  private readonly findings: HTMLElement;
  private readonly findingsNote: HTMLElement;
  private readonly pause: HTMLInputElement;
  private readonly pauseLabel: HTMLElement;
  private summary: PageSummary | null = null;
  private settings: Settings | null = null;

  constructor(private readonly root: HTMLElement, private readonly handlers: PopupHandlers, private readonly t: Translate) {
    this.doc = root.ownerDocument;
    const d = this.doc;
    d.documentElement.lang = t.locale;
    d.title = t('extension_name');
    this.site = el(d, 'p', { className: 'site' });
    this.language = el(d, 'p', { className: 'language', attrs: { 'data-languages': '' } });
    this.status = el(d, 'p', { className: 'status', attrs: { role: 'status' } });
    this.profileBar = el(d, 'div', { className: 'bar', attrs: { role: 'img' } });
    const legend = el(d, 'ul', { className: 'legend' });
    for (const type of SOURCE_TYPES) {
      const segment = el(d, 'span', { className: `segment source-${type}` });
      this.profileSegments.set(type, segment);
      this.profileBar.append(segment);
      const text = el(d, 'span');
      this.profileLegend.set(type, text);
      legend.append(el(d, 'li', {}, [el(d, 'span', { className: `key source-${type}` }), text]));
    }
    this.terms = el(d, 'div');
    this.sources = el(d, 'div', { className: 'sources' });
    this.claims = el(d, 'ul', { className: 'claims' });
    this.claimsNote = el(d, 'p', { className: 'note' });
    this.claims.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button[data-claim]');
      if (button) this.handlers.reveal(Number(button.getAttribute('data-claim')));
    });
    this.findings = el(d, 'ol', { className: 'findings' });
    this.findingsNote = el(d, 'p', { className: 'note' });
    this.findings.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button[data-finding]');
      if (button) this.handlers.reveal(Number(button.getAttribute('data-finding')));
    });
    this.pause = el(d, 'input', { attrs: { type: 'checkbox' } });
    this.pause.addEventListener('change', () => {
      const host = this.summary && hostnameOf(this.summary.url);
      if (host) this.handlers.togglePause(host, this.pause.checked);
    });
    this.pauseLabel = el(d, 'span');

    this.content = el(d, 'div', { className: 'content' }, [
      this.language,
      ...GROUPS.map((group) => this.countGroup(t(group.heading), group.rows, group.sub)),
      this.section(t('popup_section_sourcing'), [this.profileBar, legend]),
      this.section(t('popup_section_terms'), [this.terms]),
      this.section(t('popup_section_sources'), [this.sources]),
      this.section(t('popup_section_claims'), [this.claims, this.claimsNote]),
      this.section(t('popup_section_findings'), [this.findings, this.findingsNote]),
      el(d, 'label', { className: 'pause' }, [this.pause, this.pauseLabel]),
    ]);
    const options = el(d, 'button', { className: 'options-link', text: t('popup_options'), attrs: { type: 'button' } });
    options.addEventListener('click', () => this.handlers.openOptions());
    const copy = el(d, 'button', { className: 'options-link', text: t('popup_copy_report'), attrs: { type: 'button', 'data-action': 'copy-report' } });
    copy.addEventListener('click', () => { if (this.summary) this.handlers.copyReport(this.summary); });
    const download = el(d, 'button', { className: 'options-link', text: t('popup_download_json'), attrs: { type: 'button', 'data-action': 'download-json' } });
    download.addEventListener('click', () => { if (this.summary) this.handlers.downloadJson(); });
    root.replaceChildren(
      el(d, 'header', {}, [el(d, 'h1', { text: t('extension_name') }), this.site]),
      this.status,
      this.content,
      el(d, 'footer', {}, [copy, download, options]),
    );
    this.setState('loading');
  }

  private section(heading: string, body: ReadonlyArray<Node>): HTMLElement {
    return el(this.doc, 'section', {}, [el(this.doc, 'h2', { text: heading }), ...body]);
  }

  private countGroup(heading: string, rows: ReadonlyArray<Category>, sub: ReadonlyArray<CountName> = []): HTMLElement {
    const d = this.doc;
    const list = el(d, 'ul', { className: 'counts' });
    for (const name of rows) {
      const toggle = el(d, 'input', { attrs: { type: 'checkbox', 'data-category': name } });
      toggle.addEventListener('change', () => this.handlers.toggleCategory(name, toggle.checked));
      this.toggles.set(name, toggle);
      list.append(el(d, 'li', {}, [
        el(d, 'label', { attrs: { title: categoryHint(this.t, name) } }, [
          toggle,
          el(d, 'span', { className: `swatch hl-${name}`, text: 'abc', attrs: { 'aria-hidden': 'true' } }),
          el(d, 'span', { className: 'name', text: countLabel(this.t, name) }),
          this.countCell(name),
        ]),
      ]));
    }
    if (sub.length > 0) {
      list.append(el(d, 'li', { className: 'sub' }, sub.flatMap((name) => [
        el(d, 'span', { className: `sub-count source-${name.replace('attribution-', '')}` }, [
          this.countCell(name), d.createTextNode(` ${countLabel(this.t, name)}`),
        ]),
      ])));
    }
    return this.section(heading, [list]);
  }

  private countCell(name: CountName): HTMLElement {
    const cell = el(this.doc, 'span', { className: 'count', text: '0', attrs: { 'data-count': name } });
    this.counts.set(name, cell);
    return cell;
  }

  setState(state: PopupState, message = STATUS_KEYS[state] ? this.t(STATUS_KEYS[state]) : ''): void {
    this.root.dataset.state = state;
    this.root.setAttribute('aria-busy', String(state === 'loading'));
    this.status.textContent = message;
    this.status.hidden = message === '';
    this.content.hidden = state !== 'ready';
  }

  /** A short-lived notice (e.g. a finding that has gone from the page) without leaving the ready state. */
  notify(message: string): void {
    this.status.textContent = message;
    this.status.hidden = false;
  }

  showSummary(summary: PageSummary): void {
    this.summary = summary;
    this.site.textContent = hostnameOf(summary.url) ?? summary.url;
    this.showLanguages(summary.languages);
    for (const [name, cell] of this.counts) cell.textContent = String(summary.counts[name]);
    this.showProfile(summary);
    this.showTerms(summary.scareTerms);
    this.showSources(summary.sources);
    // Both lists are written anew: the keyboard's place in either is kept by the finding's id.
    const focused = this.focusedEntry();
    this.showClaims(summary);
    this.showFindings(summary);
    this.refocus(focused);
    this.showPause();
    this.setState('ready', summary.paused ? this.t('popup_paused') : '');
  }

  showSettings(settings: Settings): void {
    this.settings = settings;
    for (const category of CATEGORIES) {
      const toggle = this.toggles.get(category);
      if (toggle) toggle.checked = settings.categories[category];
    }
    this.showPause();
  }

  /** Which languages' rules read the page, named in the popup's own language. */
  private showLanguages(languages: readonly string[]): void {
    this.language.dataset.languages = languages.join(' ');
    this.language.hidden = languages.length === 0;
    if (languages.length === 0) return;
    const names = languages.map((code) => languageName(code, this.t.locale)).join(', ');
    this.language.textContent = this.t(languages.length === 1 ? 'popup_language' : 'popup_languages', names);
  }

  private showProfile(summary: PageSummary): void {
    const { total, percent } = sourcingProfile(summary.counts);
    for (const type of SOURCE_TYPES) {
      const segment = this.profileSegments.get(type);
      if (segment) segment.style.flexGrow = String(percent[type]);
      const legend = this.profileLegend.get(type);
      if (legend) legend.textContent = this.t('popup_profile_legend', countLabel(this.t, `attribution-${type}`), percent[type]);
    }
    this.profileBar.setAttribute(
      'aria-label',
      total === 0
        ? this.t('popup_no_attributions')
        : SOURCE_TYPES.map((type) => this.t('popup_profile_part', percent[type], countLabel(this.t, `attribution-${type}`))).join(', '),
    );
    this.profileBar.classList.toggle('empty', total === 0);
  }

  private termList(items: ReadonlyArray<TermCount>, quote: boolean): HTMLElement {
    const d = this.doc;
    if (items.length === 0) return el(d, 'p', { className: 'none', text: this.t('popup_none') });
    return el(d, 'ul', { className: 'terms' }, items.map(({ term, count }) => el(d, 'li', {}, [
      el(d, 'span', { className: 'term', text: quote ? this.t('quoted_term', term) : term }),
      el(d, 'span', { className: 'times', text: `×${count}` }),
    ])));
  }

  private showTerms(terms: ReadonlyArray<TermCount>): void {
    this.terms.replaceChildren(this.termList(terms, true));
  }

  private showSources(grouped: CreditedSources): void {
    const d = this.doc;
    this.sources.replaceChildren(
      el(d, 'h3', { text: this.t('popup_sources_named') }), this.termList(grouped.named, false),
      el(d, 'h3', { text: this.t('popup_sources_vague') }), this.termList(grouped.vague, false),
    );
  }

  /** Who is credited with what: each source with its claims, each claim a button that reveals its cue. */
  private showClaims({ findings, findingTotal }: PageSummary): void {
    const d = this.doc;
    const listed = findings.slice(0, MAX_LISTED_FINDINGS);
    const groups = claimsBySource(listed);
    if (groups.length === 0) {
      this.claims.replaceChildren(el(d, 'li', { className: 'none', text: this.t('popup_none') }));
    } else {
      this.claims.replaceChildren(...groups.map((group) => el(d, 'li', { className: 'claim-source' }, [
        el(d, 'p', { className: 'claim-head' }, [
          el(d, 'span', { className: 'term', text: group.source }),
          el(d, 'span', { className: 'times', text: `×${group.claims.length}` }),
        ]),
        el(d, 'ol', {}, group.claims.map((claim) => el(d, 'li', {}, [
          el(d, 'button', {
            className: `finding claim source-${group.sourceType}`,
            attrs: { type: 'button', 'data-claim': String(claim.id), title: claim.sentence },
          }, [
            claim.contentText
              ? el(d, 'span', { className: 'text', text: claim.contentText })
              : el(d, 'span', { className: 'text unknown', text: this.t('popup_claim_unknown', claim.text) }),
          ]),
        ]))),
      ])));
    }
    // Grouped from the listed findings only: on a longer page, say so.
    const note = findingTotal > listed.length && groups.length > 0 ? this.t('popup_claims_from_first', listed.length, findingTotal) : '';
    this.claimsNote.textContent = note;
    this.claimsNote.hidden = note === '';
  }

  /** The finding or claim button the keyboard is on, by list and id. */
  private focusedEntry(): { attribute: 'data-finding' | 'data-claim'; id: string } | null {
    const active = this.doc.activeElement;
    for (const attribute of ['data-finding', 'data-claim'] as const) {
      const id = active?.closest(`[${attribute}]`)?.getAttribute(attribute);
      if (id != null && /^\d+$/.test(id)) return { attribute, id };
    }
    return null;
  }

  private refocus(entry: { attribute: 'data-finding' | 'data-claim'; id: string } | null): void {
    if (entry) this.root.querySelector<HTMLElement>(`[${entry.attribute}="${entry.id}"]`)?.focus();
  }

  private showFindings({ findings, findingTotal }: PageSummary): void {
    const d = this.doc;
    const shown = findings.slice(0, MAX_LISTED_FINDINGS);
    this.findings.replaceChildren(...shown.map((finding) => el(d, 'li', {}, [
      el(d, 'button', {
        className: `finding ${findingStyle(finding)}`,
        attrs: { type: 'button', 'data-finding': String(finding.id), title: finding.sentence },
      }, [
        el(d, 'span', { className: 'kind', text: findingLabel(this.t, finding) }),
        el(d, 'span', { className: 'text', text: finding.sourceText ? `${finding.text} (${finding.sourceText})` : finding.text }),
      ]),
    ])));
    const note = findingTotal === 0
      ? this.t('popup_nothing_found')
      : findingTotal > shown.length ? this.t('popup_showing_first', shown.length, findingTotal) : '';
    this.findingsNote.textContent = note;
    this.findingsNote.hidden = note === '';
  }

  private showPause(): void {
    const host = this.summary && hostnameOf(this.summary.url);
    this.pause.disabled = !host || !this.settings;
    this.pause.checked = Boolean(host && this.settings && isPausedOn(this.settings, host));
    this.pauseLabel.textContent = host ? this.t('popup_pause_on_host', host) : this.t('popup_pause_on_site');
  }
}
