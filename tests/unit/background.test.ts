import { describe, expect, it } from 'vitest';
import type { MessageListener } from '../../src/shared/extension-api';
import { COUNT_NAMES, type Counts } from '../../src/report/counts';
import type { PageStatus } from '../../src/report/summary';
import { badgeCount, badgeText } from '../../src/background/badge';
import { isNavigation, startTabBadges, type TabUpdate } from '../../src/background/tab-badges';
import { ICON_PATHS } from '../../src/background/tab-icons';
import { FakeEvent, fakeI18n, settle, type Locale } from '../helpers/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const summary = (values: Partial<Counts>, paused = false): PageStatus => ({
  url: 'https://news.example/', title: '', paused, languages: [],
  counts: { ...Object.fromEntries(COUNT_NAMES.map((n) => [n, 0])), ...values } as Counts,
});

describe('badge', () => {
  it('counts scare quotes and vague or missing sources, not the rest', () => {
    expect(badgeCount(summary({ scare: 2, 'attribution-vague': 3, 'attribution-none': 4, 'attribution-named': 50, direct: 9, hedge: 7 }))).toBe(9);
  });
  it('shows nothing while paused', () => {
    expect(badgeCount(summary({ scare: 2 }, true))).toBe(0);
  });
  it.each([[0, ''], [7, '7'], [999, '999'], [1000, '999+']])('writes %i as %j', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
  it.each<[TabUpdate, boolean]>([
    [{ status: 'loading' }, true],
    [{ url: 'https://news.example/next' }, true],
    [{ status: 'complete' }, false],
    [{}, false],
  ])('treats tab update %j as navigation: %s', (change, expected) => {
    expect(isNavigation(change)).toBe(expected);
  });
});

function harness(locale: Locale = 'en') {
  const titleCalls: Array<{ tabId: number; title: string }> = [];
  const calls: Array<{ tabId: number; text: string }> = [];
  const iconCalls: Array<{ tabId: number; path: Record<number, string> }> = [];
  const api = {
    runtime: { id: 'quotelight@test', onMessage: new FakeEvent<MessageListener>() },
    tabs: {
      onUpdated: new FakeEvent<(tabId: number, change: TabUpdate) => void>(),
      onRemoved: new FakeEvent<(tabId: number) => void>(),
    },
    action: {
      setBadgeText: async (details: { tabId: number; text: string }) => { calls.push(details); },
      setBadgeBackgroundColor: async () => undefined,
      setIcon: async (details: { tabId: number; path: Record<number, string> }) => { iconCalls.push(details); },
      setTitle: async (details: { tabId: number; title: string }) => { titleCalls.push(details); },
    },
    i18n: fakeI18n(locale),
  };
  startTabBadges(api);
  const from = (tabId: number, frameId = 0, id = api.runtime.id) => ({ id, tab: { id: tabId }, frameId });
  const send = (payload: unknown, sender: ReturnType<typeof from> | { id: string }) =>
    api.runtime.onMessage.emit({ type: 'summary-changed', payload }, sender);
  return { api, calls, iconCalls, titleCalls, from, send };
}

describe('tab badges', () => {
  it('sets the badge of the tab whose top frame reported', () => {
    const { calls, from, send } = harness();
    send(summary({ scare: 4 }), from(5));
    expect(calls).toEqual([{ tabId: 5, text: '4' }]);
  });

  it('ignores child frames, other extensions, extension pages and malformed summaries', () => {
    const { calls, from, send } = harness();
    send(summary({ scare: 4 }), from(5, 2));
    send(summary({ scare: 4 }), from(5, 0, 'another-extension'));
    send(summary({ scare: 4 }), { id: 'quotelight@test' });
    send({ counts: { scare: 4 } }, from(5));
    expect(calls).toEqual([]);
  });

  it('does not repeat an unchanged badge, and clears it on navigation', () => {
    const { api, calls, from, send } = harness();
    send(summary({ scare: 1 }), from(5));
    send(summary({ scare: 1 }), from(5));
    api.tabs.onUpdated.emit(5, { status: 'complete' });
    api.tabs.onUpdated.emit(5, { status: 'loading' });
    send(summary({ scare: 1 }), from(5));
    expect(calls).toEqual([{ tabId: 5, text: '1' }, { tabId: 5, text: '' }, { tabId: 5, text: '1' }]);
  });

  it('forgets a closed tab, and a tab whose badge could not be set', async () => {
    const { api, calls, from, send } = harness();
    send(summary({ scare: 1 }), from(5));
    api.tabs.onRemoved.emit(5);
    send(summary({ scare: 1 }), from(5));
    expect(calls).toHaveLength(2);
    api.action.setBadgeText = async (details) => { calls.push(details); throw new Error('No tab with id: 6'); };
    send(summary({ scare: 2 }), from(6));
    await settle();
    send(summary({ scare: 2 }), from(6));
    expect(calls.filter((c) => c.tabId === 6)).toHaveLength(2);
  });
});

describe('tab icons', () => {
  it('greys the icon of a tab whose site is paused, and restores it on resume', () => {
    const { iconCalls, from, send } = harness();
    send(summary({ scare: 2 }, true), from(5));
    send(summary({ scare: 2 }, true), from(5));
    send(summary({ scare: 2 }), from(5));
    expect(iconCalls).toEqual([
      { tabId: 5, path: ICON_PATHS.paused },
      { tabId: 5, path: ICON_PATHS.active },
    ]);
  });

  it('says in the button’s tooltip that the site is paused, in the browser’s language', () => {
    const { titleCalls, from, send } = harness('fr');
    send(summary({}, true), from(5));
    send(summary({}), from(5));
    expect(titleCalls).toEqual([{ tabId: 5, title: 'Quotelight\u00a0: en pause sur ce site' }, { tabId: 5, title: 'Quotelight' }]);
  });

  it('sets the icon only for the tab whose top frame reported', () => {
    const { iconCalls, from, send } = harness();
    send(summary({}, true), from(5, 2));
    send(summary({}, true), from(6, 0, 'another-extension'));
    send(summary({}, true), from(7));
    expect(iconCalls).toEqual([{ tabId: 7, path: ICON_PATHS.paused }]);
  });

  it('restores the icon when a paused tab navigates, once', () => {
    const { api, iconCalls, from, send } = harness();
    send(summary({}, true), from(5));
    api.tabs.onUpdated.emit(5, { status: 'loading' });
    api.tabs.onUpdated.emit(5, { url: 'https://other.example/' });
    expect(iconCalls.map((c) => c.path)).toEqual([ICON_PATHS.paused, ICON_PATHS.active]);
  });

  it('tries again after a failed call', async () => {
    const { api, iconCalls, from, send } = harness();
    api.action.setIcon = async (details) => { iconCalls.push(details); throw new Error('No tab with id: 6'); };
    send(summary({}, true), from(6));
    await settle();
    send(summary({}, true), from(6));
    expect(iconCalls).toHaveLength(2);
  });
});

describe('the greyed icon files', () => {
  const root = join(import.meta.dirname, '../..');
  it('are the manifest’s toolbar icon sizes, and the active ones are the manifest’s', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    expect(manifest.action.default_icon).toEqual(ICON_PATHS.active);
    for (const [size, path] of Object.entries(ICON_PATHS.paused)) {
      const png = readFileSync(join(root, path));
      // PNG signature, then IHDR: width and height at bytes 16 and 20.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      expect(png.equals(readFileSync(join(root, ICON_PATHS.active[Number(size) as 16 | 32])))).toBe(false);
    }
  });
});
