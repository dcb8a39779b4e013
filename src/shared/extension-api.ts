/**
 * The slices of the WebExtension API that the background and popup use, as plain interfaces.
 * The real `browser` (webextension-polyfill) satisfies them; tests pass in-memory fakes,
 * so no module that holds logic imports the polyfill (it throws outside an extension).
 */

export interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** Who sent a runtime message; `tab` and `frameId` are present only for content scripts and pages in tabs. */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | void;

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type StorageChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface StorageApi {
  sync: StorageArea;
  /** This browser only: the reader's dismissals. */
  local: StorageArea;
  onChanged: ExtensionEvent<StorageChangeListener>;
}

export interface RuntimeApi {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: ExtensionEvent<MessageListener>;
}

export interface TabsApi {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  query(queryInfo: { active: true; currentWindow: true }): Promise<Array<{ id?: number }>>;
}
