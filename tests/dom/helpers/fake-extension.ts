/** An in-memory runtime and storage.sync with the shapes the content script uses. */
import type { MessageListener, MessageSender, StorageChangeListener } from '../../../src/shared/extension-api';

export function fakeExtension(storedSettings?: unknown) {
  const messageListeners = new Set<MessageListener>();
  const storageListeners = new Set<StorageChangeListener>();
  const stored: Record<string, unknown> = storedSettings === undefined ? {} : { settings: storedSettings };
  const sent: unknown[] = [];
  const local: Record<string, unknown> = {};
  const runtime = {
    id: 'quotelight@test' as string,
    async sendMessage(message: unknown) {
      sent.push(message);
    },
    onMessage: {
      addListener: (listener: MessageListener) => void messageListeners.add(listener),
      removeListener: (listener: MessageListener) => void messageListeners.delete(listener),
    },
  };
  const storage = {
    sync: {
      async get(key: string) {
        return key in stored ? { [key]: stored[key] } : {};
      },
      async set(items: Record<string, unknown>) {
        for (const [key, newValue] of Object.entries(items)) {
          const oldValue = stored[key];
          stored[key] = newValue;
          for (const listener of storageListeners) listener({ [key]: { oldValue, newValue } }, 'sync');
        }
      },
    },
    local: {
      async get(key: string) {
        return key in local ? { [key]: local[key] } : {};
      },
      async set(items: Record<string, unknown>) {
        for (const [key, newValue] of Object.entries(items)) {
          const oldValue = local[key];
          local[key] = newValue;
          for (const listener of storageListeners) listener({ [key]: { oldValue, newValue } }, 'local');
        }
      },
    },
    onChanged: {
      addListener: (listener: StorageChangeListener) => void storageListeners.add(listener),
      removeListener: (listener: StorageChangeListener) => void storageListeners.delete(listener),
    },
  };
  return {
    runtime,
    storage,
    sent,
    messageListeners,
    /** Send a message as the popup would (or as `sender` says), returning the first listener's reply. */
    ask(message: unknown, sender: MessageSender = { id: runtime.id }): Promise<unknown> | undefined {
      for (const listener of messageListeners) {
        const reply = listener(message, sender);
        if (reply) return reply;
      }
      return undefined;
    },
  };
}
