/** An in-memory stand-in for the parts of the WebExtension API the popup and background use. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionEvent, MessageListener, MessageSender, StorageChangeListener } from '../../src/shared/extension-api';
import { messagesApi, type I18nApi, type MessagesFile } from '../../src/shared/i18n';

export const LOCALES = ['en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** A locale's `_locales/<locale>/messages.json`, as the browser reads it. */
export function localeMessages(locale: Locale): MessagesFile {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../_locales', locale, 'messages.json'), 'utf8')) as MessagesFile;
}

/** `browser.i18n` in a browser whose interface language is `locale`. */
export function fakeI18n(locale: Locale = 'en'): I18nApi {
  return messagesApi(localeMessages(locale), locale);
}

export class FakeEvent<Listener extends (...args: never[]) => unknown> implements ExtensionEvent<Listener> {
  readonly listeners = new Set<Listener>();
  addListener(listener: Listener): void { this.listeners.add(listener); }
  removeListener(listener: Listener): void { this.listeners.delete(listener); }
  emit(...args: Parameters<Listener>): void {
    for (const listener of this.listeners) listener(...args);
  }
}

export interface SentToTab {
  tabId: number;
  message: unknown;
  options?: { frameId?: number };
}

export function fakeBrowser(options: { activeTabId?: number; answer?: (sent: SentToTab) => Promise<unknown>; locale?: Locale } = {}) {
  const sent: SentToTab[] = [];
  const stored: Record<string, unknown> = {};
  const local: Record<string, unknown> = {};
  const onChanged = new FakeEvent<StorageChangeListener>();
  const api = {
    runtime: { id: 'quotelight@test', onMessage: new FakeEvent<MessageListener>() },
    tabs: {
      query: async () => (options.activeTabId === undefined ? [] : [{ id: options.activeTabId }]),
      sendMessage: async (tabId: number, message: unknown, opts?: { frameId?: number }) => {
        const entry = { tabId, message, options: opts };
        sent.push(entry);
        if (!options.answer) throw new Error('Could not establish connection. Receiving end does not exist.');
        return options.answer(entry);
      },
    },
    storage: {
      sync: {
        get: async (key: string) => (key in stored ? { [key]: structuredClone(stored[key]) } : {}),
        set: async (items: Record<string, unknown>) => {
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: stored[k], newValue: structuredClone(v) }]));
          Object.assign(stored, structuredClone(items));
          onChanged.emit(changes, 'sync');
        },
      },
      local: {
        get: async (key: string) => (key in local ? { [key]: structuredClone(local[key]) } : {}),
        set: async (items: Record<string, unknown>) => {
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: local[k], newValue: structuredClone(v) }]));
          Object.assign(local, structuredClone(items));
          onChanged.emit(changes, 'local');
        },
      },
      onChanged,
    },
    i18n: fakeI18n(options.locale),
  };
  /** A message as the browser delivers it from a content script in `tabId`'s top frame. */
  const fromContentScript = (tabId: number, frameId = 0): MessageSender => ({ id: api.runtime.id, tab: { id: tabId }, frameId, url: 'https://news.example/a' });
  return { api, sent, stored, local, fromContentScript };
}

/** Lets pending promise chains (storage writes, message replies) settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
