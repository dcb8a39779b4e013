/**
 * The options page's DOM: built from code with textContent only, every control labelled, the
 * groups in fieldsets with legends, so it reads and works by keyboard and screen reader.
 */
import { el } from '../ui/dom';
import type { Dismissals } from '../shared/dismissals';
import type { MessageKey, Translate } from '../shared/i18n';
import { categoryHint, countLabel } from '../ui/labels';
import {
  CATEGORIES, normalizeTerm, siteOf, withCategory, withColor, withPalette,
  type Category, type Palette, type Settings, type SiteMode,
} from '../shared/settings';

export interface OptionsHandlers {
  update(change: (settings: Settings) => Settings): void;
  undoDismissal(site: string, term: string): void;
}

type ListField = 'chosenSites' | 'pausedSites' | 'neverMark' | 'extraHedges';

const PALETTE_LABELS: Record<Palette, MessageKey> = {
  standard: 'options_palette_standard',
  colorblind: 'options_palette_colorblind',
  custom: 'options_palette_custom',
};

const SITE_MODE_LABELS: Record<SiteMode, MessageKey> = {
  everywhere: 'options_site_mode_everywhere',
  chosen: 'options_site_mode_chosen',
};

const LISTS: Record<ListField, { label: MessageKey; hint: MessageKey; parse: (line: string) => string | null }> = {
  chosenSites: {
    label: 'options_chosen_sites',
    hint: 'options_chosen_sites_hint',
    parse: siteOf,
  },
  pausedSites: {
    label: 'options_paused_sites',
    hint: 'options_paused_sites_hint',
    parse: siteOf,
  },
  neverMark: {
    label: 'options_never_mark',
    hint: 'options_never_mark_hint',
    parse: (line) => normalizeTerm(line.replace(/^["'“”‘’«»„]+|["'“”‘’«»„]+$/g, '')) || null,
  },
  extraHedges: {
    label: 'options_extra_hedges',
    hint: 'options_extra_hedges_hint',
    parse: (line) => normalizeTerm(line) || null,
  },
};

export class OptionsView {
  private readonly doc: Document;
  private readonly toggles = new Map<Category, HTMLInputElement>();
  private readonly colors = new Map<Category, HTMLInputElement>();
  private readonly palettes = new Map<Palette, HTMLInputElement>();
  private readonly siteModes = new Map<SiteMode, HTMLInputElement>();
  private readonly lists = new Map<ListField, HTMLTextAreaElement>();
  private readonly articleOnly: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly dismissals: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly handlers: OptionsHandlers, private readonly t: Translate) {
    this.doc = root.ownerDocument;
    const d = this.doc;
    d.documentElement.lang = t.locale;
    d.title = t('options_title');
    this.status = el(d, 'p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.articleOnly = el(d, 'input', { attrs: { type: 'checkbox', id: 'article-only', 'aria-describedby': 'article-only-hint' } });
    this.articleOnly.addEventListener('change', () => {
      const value = this.articleOnly.checked;
      this.handlers.update((s) => ({ ...s, articleOnly: value }));
    });
    this.dismissals = el(d, 'div', { className: 'dismissals' });
    this.dismissals.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button[data-undo-site]');
      if (button) this.handlers.undoDismissal(button.getAttribute('data-undo-site') ?? '', button.getAttribute('data-undo-term') ?? '');
    });
    this.showDismissals({});
    root.replaceChildren(
      el(d, 'h1', { text: t('options_title') }),
      this.highlightsSection(),
      this.sitesSection(),
      this.wordsSection(),
      el(d, 'section', { attrs: { 'aria-labelledby': 'dismissed-heading' } }, [
        el(d, 'h2', { text: t('options_dismissed_heading'), attrs: { id: 'dismissed-heading' } }),
        el(d, 'p', { className: 'hint', text: t('options_dismissed_hint') }),
        this.dismissals,
      ]),
      el(d, 'section', { attrs: { 'aria-labelledby': 'reading-heading' } }, [
        el(d, 'h2', { text: t('options_reading_heading'), attrs: { id: 'reading-heading' } }),
        el(d, 'div', { className: 'check' }, [
          this.articleOnly,
          el(d, 'label', { text: t('options_article_only'), attrs: { for: 'article-only' } }),
        ]),
        el(d, 'p', {
          className: 'hint',
          text: t('options_article_only_hint'),
          attrs: { id: 'article-only-hint' },
        }),
      ]),
      this.status,
    );
    root.dataset.state = 'loading';
  }

  private highlightsSection(): HTMLElement {
    const d = this.doc;
    const rows = CATEGORIES.map((category) => {
      const id = `category-${category}`;
      const toggle = el(d, 'input', { attrs: { type: 'checkbox', id, 'data-category': category, 'aria-describedby': `${id}-hint` } });
      toggle.addEventListener('change', () => {
        const on = toggle.checked;
        this.handlers.update((s) => withCategory(s, category, on));
      });
      this.toggles.set(category, toggle);
      const color = el(d, 'input', {
        attrs: { type: 'color', id: `${id}-color`, 'data-color': category, 'aria-label': this.t('options_color_of', countLabel(this.t, category)) },
      });
      color.addEventListener('change', () => {
        const value = color.value;
        this.handlers.update((s) => withColor(s, category, value));
      });
      this.colors.set(category, color);
      return el(d, 'li', { className: 'category' }, [
        toggle,
        el(d, 'label', { attrs: { for: id } }, [
          el(d, 'span', { className: `swatch hl-${category}`, text: 'abc', attrs: { 'aria-hidden': 'true' } }),
          el(d, 'span', { className: 'name', text: countLabel(this.t, category) }),
        ]),
        color,
        el(d, 'span', { className: 'hint', text: categoryHint(this.t, category), attrs: { id: `${id}-hint` } }),
      ]);
    });
    const palettes = (['standard', 'colorblind', 'custom'] as const).map((palette) => {
      const id = `palette-${palette}`;
      const radio = el(d, 'input', { attrs: { type: 'radio', name: 'palette', id, value: palette, 'data-palette': palette } });
      if (palette === 'custom') radio.disabled = true;
      else radio.addEventListener('change', () => { if (radio.checked) this.handlers.update((s) => withPalette(s, palette)); });
      this.palettes.set(palette, radio);
      return el(d, 'div', { className: 'check' }, [radio, el(d, 'label', { text: this.t(PALETTE_LABELS[palette]), attrs: { for: id } })]);
    });
    return el(d, 'section', { attrs: { 'aria-labelledby': 'highlights-heading' } }, [
      el(d, 'h2', { text: this.t('options_highlights_heading'), attrs: { id: 'highlights-heading' } }),
      el(d, 'fieldset', {}, [el(d, 'legend', { text: this.t('options_highlights_legend') }), el(d, 'ul', { className: 'categories' }, rows)]),
      el(d, 'fieldset', {}, [el(d, 'legend', { text: this.t('options_palette_legend') }), ...palettes]),
    ]);
  }

  private sitesSection(): HTMLElement {
    const d = this.doc;
    const modes = (['everywhere', 'chosen'] as const).map((mode) => {
      const id = `site-mode-${mode}`;
      const radio = el(d, 'input', { attrs: { type: 'radio', name: 'site-mode', id, value: mode, 'data-site-mode': mode } });
      radio.addEventListener('change', () => { if (radio.checked) this.handlers.update((s) => ({ ...s, siteMode: mode })); });
      this.siteModes.set(mode, radio);
      return el(d, 'div', { className: 'check' }, [radio, el(d, 'label', { text: this.t(SITE_MODE_LABELS[mode]), attrs: { for: id } })]);
    });
    return el(d, 'section', { attrs: { 'aria-labelledby': 'sites-heading' } }, [
      el(d, 'h2', { text: this.t('options_sites_heading'), attrs: { id: 'sites-heading' } }),
      el(d, 'fieldset', {}, [el(d, 'legend', { text: this.t('options_sites_legend') }), ...modes]),
      this.listField('chosenSites'),
      this.listField('pausedSites'),
    ]);
  }

  private wordsSection(): HTMLElement {
    const d = this.doc;
    return el(d, 'section', { attrs: { 'aria-labelledby': 'words-heading' } }, [
      el(d, 'h2', { text: this.t('options_words_heading'), attrs: { id: 'words-heading' } }),
      this.listField('neverMark'),
      this.listField('extraHedges'),
    ]);
  }

  private listField(field: ListField): HTMLElement {
    const d = this.doc;
    const { label, hint, parse } = LISTS[field];
    const id = `list-${field}`;
    const area = el(d, 'textarea', { attrs: { id, rows: '4', spellcheck: 'false', 'data-list': field, 'aria-describedby': `${id}-hint` } });
    area.addEventListener('change', () => {
      const values = [...new Set(area.value.split('\n').map(parse).filter((v): v is string => v !== null))];
      this.handlers.update((s) => ({ ...s, [field]: values }));
    });
    this.lists.set(field, area);
    return el(d, 'div', { className: 'list' }, [
      el(d, 'label', { text: this.t(label), attrs: { for: id } }),
      area,
      el(d, 'p', { className: 'hint', text: this.t(hint), attrs: { id: `${id}-hint` } }),
    ]);
  }

  showSettings(settings: Settings): void {
    for (const category of CATEGORIES) {
      this.toggles.get(category)!.checked = settings.categories[category];
      this.colors.get(category)!.value = settings.colors[category];
      this.root.style.setProperty(`--${category}`, settings.colors[category]);
    }
    for (const [palette, radio] of this.palettes) radio.checked = settings.palette === palette;
    for (const [mode, radio] of this.siteModes) radio.checked = settings.siteMode === mode;
    for (const [field, area] of this.lists) {
      // Never rewrite what the reader is typing.
      if (this.doc.activeElement !== area) area.value = settings[field].join('\n');
    }
    this.lists.get('chosenSites')!.disabled = settings.siteMode !== 'chosen';
    this.articleOnly.checked = settings.articleOnly;
    this.root.dataset.state = 'ready';
  }

  showDismissals(dismissals: Dismissals): void {
    const d = this.doc;
    const sites = Object.keys(dismissals).sort();
    if (sites.length === 0) {
      this.dismissals.replaceChildren(el(d, 'p', { className: 'none', text: this.t('options_nothing_dismissed') }));
      return;
    }
    this.dismissals.replaceChildren(...sites.map((site) => el(d, 'div', { className: 'site' }, [
      el(d, 'h3', { text: site }),
      el(d, 'ul', {}, dismissals[site]!.map((term) => el(d, 'li', {}, [
        el(d, 'span', { className: 'term', text: this.t('quoted_term', term) }),
        el(d, 'button', {
          text: this.t('options_undo'),
          attrs: { type: 'button', 'data-undo-site': site, 'data-undo-term': term, 'aria-label': this.t('options_undo_label', term, site) },
        }),
      ]))),
    ])));
  }

  saved(): void {
    this.status.textContent = this.t('options_saved');
  }

  failed(): void {
    this.status.textContent = this.t('options_save_failed');
  }
}
