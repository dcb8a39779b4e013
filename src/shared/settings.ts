/**
 * User settings, kept in `storage.sync` under one key so a change is applied atomically.
 * Whatever is stored is only ever read through `parseSettings`: values written by an older or
 * newer version, edited by hand, or corrupted fall back field by field to the defaults.
 */
import type { StorageApi, StorageArea, StorageChangeListener } from './extension-api';

/** The categories a user can switch off; `attribution` covers all three source types and the source spans. */
export const CATEGORIES = ['scare', 'partial', 'direct', 'title', 'attribution', 'hedge'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Settings {
  categories: Record<Category, boolean>;
  /** Hostnames (lower case) where the content script shows nothing. */
  pausedSites: string[];
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

/**
 * storage.sync allows 8 KB per item (chrome.storage.sync.QUOTA_BYTES_PER_ITEM); a few hundred
 * hostnames fit, so the oldest paused sites are dropped beyond this.
 */
export const MAX_PAUSED_SITES = 200;

export function defaultSettings(): Settings {
  return {
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
    pausedSites: [],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `www.Example.com.` and `www.example.com` are one site to a reader. */
export function normalizeHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

function parsePausedSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value
    .filter((site): site is string => typeof site === 'string')
    .map(normalizeHostname)
    .filter((site) => site !== '');
  return [...new Set(sites)].slice(-MAX_PAUSED_SITES);
}

/** Any stored value → valid settings. A category missing from an older version's data stays on. */
export function parseSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  if (isRecord(raw.categories)) {
    for (const category of CATEGORIES) {
      const value = raw.categories[category];
      if (typeof value === 'boolean') settings.categories[category] = value;
    }
  }
  settings.pausedSites = parsePausedSites(raw.pausedSites);
  return settings;
}

export async function loadSettings(sync: StorageArea): Promise<Settings> {
  const stored = await sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(sync: StorageArea, settings: Settings): Promise<void> {
  await sync.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...parseSettings(settings) } });
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

export function isPausedOn(settings: Settings, hostname: string): boolean {
  return settings.pausedSites.includes(normalizeHostname(hostname));
}

export function withCategory(settings: Settings, category: Category, enabled: boolean): Settings {
  return { ...settings, categories: { ...settings.categories, [category]: enabled } };
}

export function withSitePaused(settings: Settings, hostname: string, paused: boolean): Settings {
  const site = normalizeHostname(hostname);
  const others = settings.pausedSites.filter((s) => s !== site);
  return { ...settings, pausedSites: paused ? [...others, site] : others };
}
