/**
 * One in-memory stand-in for the WebExtension API, for every test that runs the content script, the
 * popup, the options page or the background: runtime (messages both ways), tabs, storage.sync and
 * storage.local with their change events, and i18n answering from `_locales/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionEvent, MessageListener, MessageSender, StorageArea, StorageChangeListener } from '../../src/shared/extension-api';
import { messagesApi, translator, type I18nApi, type MessagesFile, type Translate } from '../../src/shared/i18n';

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

/** The interface's words in `locale`, as the tooltip, the popup and the options page get them. */
export function fakeTranslate(locale: Locale = 'en'): Translate {
  return translator(fakeI18n(locale));
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

export interface FakeBrowserOptions {
  /** What `storage.sync` holds under `settings` at the start. */
  settings?: unknown;
  /** The active tab of the current window; none when absent. */
  activeTabId?: number;
  /** How a tab's content script answers `tabs.sendMessage`; without it, no content script answers. */
  answer?: (sent: SentToTab) => Promise<unknown>;
  /** The browser's interface language. */
  locale?: Locale;
}

/** A storage area over `data`, cloning in and out as the browsers do, that tells `onChanged` of each write. */
function storageArea(name: string, data: Record<string, unknown>, onChanged: FakeEvent<StorageChangeListener>): StorageArea {
  return {
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => {
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: data[k], newValue: structuredClone(v) }]));
      Object.assign(data, structuredClone(items));
      onChanged.emit(changes, name);
    },
  };
}

export function fakeBrowser(options: FakeBrowserOptions = {}) {
  /** Sent with `tabs.sendMessage` (the popup's and the background's questions). */
  const toTabs: SentToTab[] = [];
  /** Sent with `runtime.sendMessage` (a content script's news for the background and the popup). */
  const broadcasts: unknown[] = [];
  const stored: Record<string, unknown> = options.settings === undefined ? {} : { settings: structuredClone(options.settings) };
  const local: Record<string, unknown> = {};
  const onChanged = new FakeEvent<StorageChangeListener>();
  const api = {
    runtime: {
      id: 'quotelight@test' as string,
      sendMessage: async (message: unknown) => void broadcasts.push(message),
      onMessage: new FakeEvent<MessageListener>(),
    },
    tabs: {
      query: async () => (options.activeTabId === undefined ? [] : [{ id: options.activeTabId }]),
      sendMessage: async (tabId: number, message: unknown, opts?: { frameId?: number }) => {
        const entry = { tabId, message, options: opts };
        toTabs.push(entry);
        if (!options.answer) throw new Error('Could not establish connection. Receiving end does not exist.');
        return options.answer(entry);
      },
    },
    storage: { sync: storageArea('sync', stored, onChanged), local: storageArea('local', local, onChanged), onChanged },
    i18n: fakeI18n(options.locale),
  };
  return {
    api,
    toTabs,
    broadcasts,
    stored,
    local,
    /** A message as the browser delivers it from a content script in `tabId` (its top frame unless told). */
    fromContentScript: (tabId: number, frameId = 0): MessageSender => ({ id: api.runtime.id, tab: { id: tabId }, frameId, url: 'https://news.example/a' }),
    /** Send a message to the runtime's listeners as the popup would (or as `sender` says): the first listener's reply. */
    ask(message: unknown, sender: MessageSender = { id: api.runtime.id }): Promise<unknown> | undefined {
      for (const listener of api.runtime.onMessage.listeners) {
        const reply = listener(message, sender);
        if (reply) return reply;
      }
      return undefined;
    },
  };
}

/** Lets pending promise chains (storage writes, message replies) settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
