/**
 * User settings, kept in `storage.sync` under one key so a change is applied atomically.
 * Whatever is stored is only ever read through `parseSettings`: values written by an older or
 * newer version, edited by hand, or corrupted fall back field by field to the defaults.
 *
 * Version history: 1 had `categories` and `pausedSites`; 2 adds colours, where the extension
 * runs, personal word lists and "article text only". Version 1 data migrates by keeping its two
 * fields and taking the defaults for the rest, so no separate migration step is needed.
 */
import type { StorageApi, StorageArea, StorageChangeListener } from './extension-api';

/** The categories a user can switch off; `attribution` covers all three source types and the source spans. */
export const CATEGORIES = ['scare', 'partial', 'direct', 'title', 'attribution', 'hedge'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Named colour sets; `custom` means the user picked at least one colour by hand. */
export const PALETTES = ['standard', 'colorblind', 'custom'] as const;
export type Palette = (typeof PALETTES)[number];

/**
 * `standard` is the look of src/content/highlights.css (attributions there keep their green,
 * amber and red per source type). `colorblind` is the Okabe–Ito set (Okabe & Ito, "Color
 * Universal Design", 2008), told apart under the common colour-vision deficiencies.
 */
export const PALETTE_COLORS: Record<Exclude<Palette, 'custom'>, Record<Category, string>> = {
  standard: { scare: '#f76707', partial: '#1c7ed6', direct: '#1c7ed6', title: '#ae3ec9', attribution: '#37b24d', hedge: '#f03e3e' },
  colorblind: { scare: '#e69f00', partial: '#56b4e9', direct: '#0072b2', title: '#cc79a7', attribution: '#009e73', hedge: '#d55e00' },
};

export const SITE_MODES = ['everywhere', 'chosen'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export interface Settings {
  categories: Record<Category, boolean>;
  palette: Palette;
  colors: Record<Category, string>;
  /** `everywhere` but the paused sites, or only on `chosenSites`. */
  siteMode: SiteMode;
  /** Hostnames (lower case) where the extension runs when `siteMode` is `chosen`. */
  chosenSites: string[];
  /** Hostnames (lower case) where the content script shows nothing: the never-run list. */
  pausedSites: string[];
  /** Terms (lower case) never to mark, whatever the analyzer says. */
  neverMark: string[];
  /** Extra distancing words (lower case) to mark as hedges. */
  extraHedges: string[];
  /** Read only the main article (`<article>`, `<main>` or the largest cluster of paragraphs). */
  articleOnly: boolean;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

/**
 * storage.sync allows 8 KB per item (chrome.storage.sync.QUOTA_BYTES_PER_ITEM); a few hundred
 * hostnames fit, so the oldest sites are dropped beyond this, and word lists are kept short.
 */
export const MAX_PAUSED_SITES = 200;
export const MAX_SITES = MAX_PAUSED_SITES;
export const MAX_TERMS = 100;
export const MAX_TERM_LENGTH = 60;

export function defaultSettings(): Settings {
  return {
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
    palette: 'standard',
    colors: { ...PALETTE_COLORS.standard },
    siteMode: 'everywhere',
    chosenSites: [],
    pausedSites: [],
    neverMark: [],
    extraHedges: [],
    articleOnly: true,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `www.Example.com.` and `www.example.com` are one site to a reader. */
export function normalizeHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/** Hostname-shaped: letters, digits, dots, hyphens (IDN in punycode), or a bracketed IPv6 address. */
const HOSTNAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/** A pasted URL or hostname → the hostname, or null. */
export function siteOf(input: string): string | null {
  let text = input.trim();
  if (text === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  }
  const site = normalizeHostname(text.replace(/\/.*$/, ''));
  return HOSTNAME.test(site) ? site : null;
}

function parseSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value
    .filter((site): site is string => typeof site === 'string')
    .map(normalizeHostname)
    .filter((site) => site !== '');
  return [...new Set(sites)].slice(-MAX_SITES);
}

/** Terms are matched case-insensitively with runs of space collapsed. */
export function normalizeTerm(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase();
}

function parseTerms(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const terms = value
    .filter((term): term is string => typeof term === 'string')
    .map(normalizeTerm)
    .filter((term) => term !== '' && term.length <= MAX_TERM_LENGTH);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

const COLOR = /^#[0-9a-f]{6}$/;

export function isColor(value: unknown): value is string {
  return typeof value === 'string' && COLOR.test(value.toLowerCase());
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? value as T : fallback;
}

/** Any stored value → valid settings. A field missing from an older version's data takes its default. */
export function parseSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  if (isRecord(raw.categories)) {
    for (const category of CATEGORIES) {
      const value = raw.categories[category];
      if (typeof value === 'boolean') settings.categories[category] = value;
    }
  }
  settings.palette = oneOf(PALETTES, raw.palette, 'standard');
  if (settings.palette !== 'custom') settings.colors = { ...PALETTE_COLORS[settings.palette] };
  else if (isRecord(raw.colors)) {
    for (const category of CATEGORIES) {
      const value = raw.colors[category];
      if (isColor(value)) settings.colors[category] = value.toLowerCase();
    }
  }
  settings.siteMode = oneOf(SITE_MODES, raw.siteMode, 'everywhere');
  settings.chosenSites = parseSites(raw.chosenSites);
  settings.pausedSites = parseSites(raw.pausedSites);
  settings.neverMark = parseTerms(raw.neverMark);
  settings.extraHedges = parseTerms(raw.extraHedges);
  if (typeof raw.articleOnly === 'boolean') settings.articleOnly = raw.articleOnly;
  return settings;
}

export async function loadSettings(sync: StorageArea): Promise<Settings> {
  const stored = await sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(sync: StorageArea, settings: Settings): Promise<void> {
  await sync.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...parseSettings(settings) } });
}

/** Read, change and write back, so a change made meanwhile in another window is kept. */
export async function updateSettings(sync: StorageArea, change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings(sync));
  await saveSettings(sync, next);
  return parseSettings(next);
}

/** Calls `onChange` with the parsed new settings whenever they change in any context; returns the unsubscribe. */
export function watchSettings(storage: Pick<StorageApi, 'onChanged'>, onChange: (settings: Settings) => void): () => void {
  const listener: StorageChangeListener = (changes, areaName) => {
    const change = changes[SETTINGS_KEY];
    if (areaName === 'sync' && change) onChange(parseSettings(change.newValue));
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

/** Whether the extension stays off on this site: on the never-run list, or not chosen in "only on sites I choose". */
export function isPausedOn(settings: Settings, hostname: string): boolean {
  const site = normalizeHostname(hostname);
  if (settings.pausedSites.includes(site)) return true;
  return settings.siteMode === 'chosen' && !settings.chosenSites.includes(site);
}

export function withCategory(settings: Settings, category: Category, enabled: boolean): Settings {
  return { ...settings, categories: { ...settings.categories, [category]: enabled } };
}

/**
 * Pausing puts the site on the never-run list; resuming takes it off and, when the extension
 * runs only on chosen sites, chooses it, so the popup's switch always does what it says.
 */
export function withSitePaused(settings: Settings, hostname: string, paused: boolean): Settings {
  const site = normalizeHostname(hostname);
  const others = settings.pausedSites.filter((s) => s !== site);
  const chosen = settings.chosenSites.filter((s) => s !== site);
  return {
    ...settings,
    pausedSites: paused ? [...others, site] : others,
    chosenSites: paused || settings.siteMode !== 'chosen' ? chosen : [...chosen, site],
  };
}

export function withPalette(settings: Settings, palette: Exclude<Palette, 'custom'>): Settings {
  return { ...settings, palette, colors: { ...PALETTE_COLORS[palette] } };
}

export function withColor(settings: Settings, category: Category, color: string): Settings {
  if (!isColor(color)) return settings;
  return { ...settings, palette: 'custom', colors: { ...settings.colors, [category]: color.toLowerCase() } };
}

/** Whether the highlights look as highlights.css draws them, with no colour sheet needed. */
export function hasStandardColors(settings: Settings): boolean {
  return CATEGORIES.every((category) => settings.colors[category] === PALETTE_COLORS.standard[category]);
}
