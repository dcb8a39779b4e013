import { describe, expect, it } from 'vitest';
import type { StorageChangeListener } from '../../src/shared/extension-api';
import {
  CATEGORIES, MAX_PAUSED_SITES, SETTINGS_KEY, defaultSettings, isPausedOn, loadSettings, parseSettings,
  saveSettings, watchSettings, withCategory, withSitePaused,
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
      pausedSites: [],
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
    expect(area.data[SETTINGS_KEY]).toMatchObject({ version: 1 });
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
