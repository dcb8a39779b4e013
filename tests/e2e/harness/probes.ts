/**
 * Functions the tests run inside pages. Each is serialised by the driver and evaluated in the
 * page's realm, so it may use only its argument and the page's globals, nothing from this module.
 */
import type { Browser } from 'webextension-polyfill';
import { COUNT_NAMES, type Counts } from '../../../src/report/counts';
import type { PageSummary } from '../../../src/report/summary';

/** Firefox names the API `browser`; Chrome's `chrome` returns promises too in MV3. */
type ExtensionGlobals = { browser?: Browser; chrome: Browser };

/** The highlight registry names of the test contract. */
export const HIGHLIGHT_NAMES = [
  'scare', 'partial', 'direct', 'title',
  'attribution-named', 'attribution-vague', 'attribution-none', 'source', 'hedge',
].map((name) => `quotelight-${name}`);

export type HighlightSizes = Record<string, number | null>;

/** Waits (polling the page's timeline) until a mark such as `quotelight:scan-end` is there; false on timeout. */
export const waitForMark = ({ name, timeoutMs }: { name: string; timeoutMs: number }) => new Promise<boolean>((resolve) => {
  const deadline = performance.now() + timeoutMs;
  const check = () => {
    if (performance.getEntriesByName(name).length > 0) resolve(true);
    else if (performance.now() > deadline) resolve(false);
    else setTimeout(check, 20);
  };
  check();
});

/** Ranges per highlight name; null where the name is not registered. */
export const highlightSizes = (names: string[]): HighlightSizes => Object.fromEntries(
  names.map((name) => [name, CSS.highlights.has(name) ? CSS.highlights.get(name)!.size : null]),
);

/**
 * Polls the highlight registry until it matches `expected` (sizes per name) or, with
 * `moreThan`, until it holds more ranges in all than that; returns the sizes and the time taken.
 */
export const waitForHighlights = (
  { names, expected = {}, moreThan, timeoutMs }:
  { names: string[]; expected?: Record<string, number>; moreThan?: number; timeoutMs: number },
) => new Promise<{ sizes: Record<string, number>; ms: number; ok: boolean }>((resolve) => {
  const start = performance.now();
  const check = () => {
    const sizes = Object.fromEntries(names.map((n) => [n, CSS.highlights.get(n)?.size ?? 0]));
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    const ok = Object.entries(expected).every(([n, size]) => sizes[n] === size) && (moreThan === undefined || total > moreThan);
    if (ok || performance.now() - start > timeoutMs) resolve({ sizes, ms: performance.now() - start, ok });
    else setTimeout(check, 10);
  };
  check();
});

/**
 * Clicks an element as a user's click would reach its listeners. Dispatched in the page rather
 * than through the input pipeline, which needs the tab in front, and here the page under test
 * is in front, as it is beside a real popup.
 */
export const clickOn = (selector: string): boolean => {
  const element = document.querySelector<HTMLElement>(selector);
  element?.click();
  return element !== null;
};

export const outerHtml = () => document.documentElement.outerHTML;

/** Adds a paragraph at the end of the page's <article>, as a live page would. */
export const appendToArticle = ({ id, text }: { id: string; text: string }): void => {
  const p = document.createElement('p');
  p.id = id;
  p.textContent = text;
  document.querySelector('article')?.append(p);
};

/** In an extension page: the summary a tab's content script gives the popup. */
export const summaryOfTab = async (tabId: number): Promise<PageSummary> => {
  const api = (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;
  return await api.tabs.sendMessage(tabId, { type: 'get-summary', payload: {} }, { frameId: 0 }) as PageSummary;
};

/** In an extension page: the id of the tab whose top-frame content script reports `url`. */
export const findTabByUrl = async (url: string): Promise<number | null> => {
  const api = (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    try {
      const summary = await api.tabs.sendMessage(tab.id, { type: 'get-summary', payload: {} }, { frameId: 0 }) as { url?: string } | undefined;
      if (summary?.url === url) return tab.id;
    } catch {
      // No content script in that tab (this page, about:blank).
    }
  }
  return null;
};

/** In an extension page opened as a tab: that tab's id. */
export const currentTabId = async (): Promise<number | null> => {
  const api = (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;
  return (await api.tabs.getCurrent())?.id ?? null;
};

/** In an extension page: the toolbar badge text of a tab. */
export const badgeTextOf = (tabId: number): Promise<string> => {
  const api = (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;
  return api.action.getBadgeText({ tabId });
};

/** In an extension page: polls a tab's badge until it reads `text`; returns what it reads. */
export const waitForBadge = ({ tabId, text, timeoutMs }: { tabId: number; text: string; timeoutMs: number }) =>
  new Promise<string>((resolve) => {
    const api = (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;
    const start = performance.now();
    const check = () => {
      void api.action.getBadgeText({ tabId }).then((shown) => {
        if (shown === text || performance.now() - start > timeoutMs) resolve(shown);
        else setTimeout(check, 20);
      });
    };
    check();
  });

/** In the popup: every `[data-count]` as a number. */
export const popupCounts = () => Object.fromEntries(
  [...document.querySelectorAll('[data-count]')].map((e) => [e.getAttribute('data-count'), Number(e.textContent)]),
);

/** In the popup: polls until every `[data-count]` shows the expected number; returns what it shows. */
export const waitForPopupCounts = ({ expected, timeoutMs }: { expected: Record<string, number>; timeoutMs: number }) =>
  new Promise<Record<string, number>>((resolve) => {
    const start = performance.now();
    const check = () => {
      const shown = Object.fromEntries(
        [...document.querySelectorAll('[data-count]')].map((e) => [e.getAttribute('data-count') ?? '', Number(e.textContent)]),
      );
      const same = Object.entries(expected).every(([name, value]) => shown[name] === value);
      if (same || performance.now() - start > timeoutMs) resolve(shown);
      else setTimeout(check, 10);
    };
    check();
  });

/** The popup's counts, derived from the page's highlight registry. */
export function countsFromHighlights(sizes: HighlightSizes): Counts {
  const size = (name: string) => sizes[`quotelight-${name}`] ?? 0;
  const counts = Object.fromEntries(COUNT_NAMES.map((name) => [name, size(name)])) as Counts;
  counts.attribution = counts['attribution-named'] + counts['attribution-vague'] + counts['attribution-none'];
  return counts;
}

/** In an extension page: writes settings (merged over what is stored) as the options page would. */
export const storeSettings = async (patch: Record<string, unknown>): Promise<void> => {
  const api = (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;
  const stored = (await api.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
  await api.storage.sync.set({ settings: { ...stored, ...patch } });
};

/** Sets a form control's value (a boolean for checkboxes and radios) and fires `change` as a user's edit does. */
export const changeControl = ({ selector, value }: { selector: string; value: string | boolean }): boolean => {
  const control = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!control) return false;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
};

/** The text of each range of a highlight, in registry order. */
export const highlightTexts = (name: string): string[] => [...(CSS.highlights.get(name) ?? [])].map((range) => String(range));

/** In an extension page: writes the dismissals as the tooltip's "Not a scare quote" button does. */
export const storeDismissals = async (dismissals: Record<string, string[]>): Promise<void> => {
  const api = (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;
  await api.storage.local.set({ dismissals });
};

/** In an extension page: sends a keyboard shortcut's command to a tab as the background does. */
export const sendCommand = async ({ tabId, command }: { tabId: number; command: string }): Promise<unknown> => {
  const api = (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;
  return api.tabs.sendMessage(tabId, { type: 'run-command', payload: { command } }, { frameId: 0 });
};
