import { describe, expect, it } from 'vitest';
import type { StorageChangeListener } from '../../src/shared/extension-api';
import {
  CATEGORIES, MAX_PAUSED_SITES, SETTINGS_KEY, defaultSettings, isPausedOn, loadSettings, parseSettings,
  saveSettings, watchSettings, withCategory, withSitePaused, PALETTE_COLORS, withPalette, withColor, siteOf,
  hasStandardColors, updateSettings,
} from '../../src/shared/settings';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => { Object.assign(data, structuredClone(items)); },
  };
}

describe('parseSettings', () => {
  it('turns everything on by default', () => {
    expect(defaultSettings()).toEqual({
      categories: { scare: true, partial: true, direct: true, title: true, attribution: true, hedge: true },
      palette: 'standard',
      colors: PALETTE_COLORS.standard,
      siteMode: 'everywhere',
      chosenSites: [],
      pausedSites: [],
      neverMark: [],
      extraHedges: [],
      articleOnly: true,
    });
  });

  it.each([undefined, null, 'on', 42, [], { categories: 'all' }, { pausedSites: 'example.com' }])(
    'falls back to defaults for corrupt value %j',
    (raw) => { expect(parseSettings(raw)).toEqual(defaultSettings()); },
  );

  it('migrates data from a version that lacked some categories, keeping what it had', () => {
    const old = { categories: { scare: false, direct: false }, pausedSites: ['news.example'] };
    const parsed = parseSettings(old);
    expect(parsed.categories).toEqual({ scare: false, partial: true, direct: false, title: true, attribution: true, hedge: true });
    expect(parsed.pausedSites).toEqual(['news.example']);
  });

  it('keeps valid fields and defaults invalid ones one by one', () => {
    const parsed = parseSettings({
      version: 99, unknownKey: 1,
      categories: { scare: 'no', hedge: false, bogus: false },
      pausedSites: ['A.Example.', 5, '', 'a.example', null, 'b.example'],
    });
    expect(parsed.categories.scare).toBe(true);
    expect(parsed.categories.hedge).toBe(false);
    expect(Object.keys(parsed.categories)).toEqual([...CATEGORIES]);
    expect(parsed.pausedSites).toEqual(['a.example', 'b.example']);
    expect(parsed).not.toHaveProperty('unknownKey');
  });

  it('keeps the newest paused sites within the sync quota', () => {
    const many = Array.from({ length: MAX_PAUSED_SITES + 5 }, (_, i) => `s${i}.example`);
    const parsed = parseSettings({ pausedSites: many });
    expect(parsed.pausedSites).toHaveLength(MAX_PAUSED_SITES);
    expect(parsed.pausedSites.at(-1)).toBe(`s${MAX_PAUSED_SITES + 4}.example`);
  });
});

describe('storage round trip', () => {
  it('loads defaults from empty storage and reads back what it saved', async () => {
    const area = memoryArea();
    expect(await loadSettings(area)).toEqual(defaultSettings());
    const changed = withSitePaused(withCategory(defaultSettings(), 'title', false), 'News.Example', true);
    await saveSettings(area, changed);
    expect(area.data[SETTINGS_KEY]).toMatchObject({ version: 2 });
    const loaded = await loadSettings(area);
    expect(loaded.categories.title).toBe(false);
    expect(isPausedOn(loaded, 'news.example')).toBe(true);
    expect(isPausedOn(withSitePaused(loaded, 'news.example', false), 'news.example')).toBe(false);
  });

  it('loads defaults over a corrupted stored value', async () => {
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: '{"categories":' }))).toEqual(defaultSettings());
  });

  it('reports parsed sync changes to watchers until unsubscribed', () => {
    const listeners = new Set<StorageChangeListener>();
    const onChanged = { addListener: (l: StorageChangeListener) => listeners.add(l), removeListener: (l: StorageChangeListener) => listeners.delete(l) };
    const seen: boolean[] = [];
    const stop = watchSettings({ onChanged }, (s) => seen.push(s.categories.scare));
    const fire = (area: string, newValue: unknown) => listeners.forEach((l) => l({ [SETTINGS_KEY]: { newValue } }, area));
    fire('sync', { categories: { scare: false } });
    fire('local', { categories: { scare: false } });
    fire('sync', undefined);
    stop();
    fire('sync', { categories: { scare: false } });
    expect(seen).toEqual([false, true]);
  });
});

describe('version 2 settings', () => {
  it('migrates version 1 data: keeps its switches and paused sites, takes defaults for the rest', () => {
    const v1 = { version: 1, categories: { hedge: false }, pausedSites: ['news.example'] };
    const parsed = parseSettings(v1);
    expect(parsed.categories.hedge).toBe(false);
    expect(parsed.pausedSites).toEqual(['news.example']);
    expect(parsed.articleOnly).toBe(true);
    expect(parsed.siteMode).toBe('everywhere');
    expect(parsed.colors).toEqual(PALETTE_COLORS.standard);
  });

  it('checks every new field on its own', () => {
    const parsed = parseSettings({
      palette: 'custom', colors: { scare: '#ABCDEF', hedge: 'red', title: 5 },
      siteMode: 'sometimes', chosenSites: ['A.example', 3],
      neverMark: ['  Reform ', '', 'x'.repeat(200), 'reform'], extraHedges: ['Purportedly', 7], articleOnly: 'yes',
    });
    expect(parsed.colors.scare).toBe('#abcdef');
    expect(parsed.colors.hedge).toBe(PALETTE_COLORS.standard.hedge);
    expect(parsed.siteMode).toBe('everywhere');
    expect(parsed.chosenSites).toEqual(['a.example']);
    expect(parsed.neverMark).toEqual(['reform']);
    expect(parsed.extraHedges).toEqual(['purportedly']);
    expect(parsed.articleOnly).toBe(true);
  });

  it('a named palette sets its colours; picking one colour makes it custom', () => {
    const blind = withPalette(defaultSettings(), 'colorblind');
    expect(parseSettings(blind).colors).toEqual(PALETTE_COLORS.colorblind);
    expect(hasStandardColors(blind)).toBe(false);
    const custom = withColor(blind, 'scare', '#123456');
    expect(custom.palette).toBe('custom');
    expect(parseSettings(custom).colors.scare).toBe('#123456');
    expect(withColor(blind, 'scare', 'javascript:alert(1)')).toBe(blind);
    expect(hasStandardColors(defaultSettings())).toBe(true);
  });

  it('runs only on chosen sites, never on paused ones, and the popup switch chooses a site', () => {
    const chosen = { ...defaultSettings(), siteMode: 'chosen' as const, chosenSites: ['a.example'] };
    expect(isPausedOn(chosen, 'a.example')).toBe(false);
    expect(isPausedOn(chosen, 'b.example')).toBe(true);
    const resumed = withSitePaused(chosen, 'B.example', false);
    expect(isPausedOn(resumed, 'b.example')).toBe(false);
    const paused = withSitePaused(resumed, 'a.example', true);
    expect(isPausedOn(paused, 'a.example')).toBe(true);
    expect(paused.chosenSites).toEqual(['b.example']);
  });

  it.each([
    ['https://News.Example.com/a/b?c', 'news.example.com'],
    ['news.example.com/path', 'news.example.com'],
    ['  localhost ', 'localhost'],
    ['not a site', null],
    ['', null],
  ])('reads the site of %j', (input, site) => {
    expect(siteOf(input)).toBe(site);
  });

  it('updateSettings keeps a change made meanwhile elsewhere', async () => {
    const area = memoryArea();
    await saveSettings(area, withCategory(defaultSettings(), 'hedge', false));
    const next = await updateSettings(area, (s) => ({ ...s, articleOnly: false }));
    expect(next.categories.hedge).toBe(false);
    expect((await loadSettings(area)).articleOnly).toBe(false);
  });
});
