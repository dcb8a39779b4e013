/**
 * The interface's words: `_locales/<locale>/messages.json`, read through the browser's
 * `i18n.getMessage`, which picks the browser's language, else the manifest's `default_locale`
 * (en). Message keys are checked against the English file at compile time.
 */
import type englishMessages from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof englishMessages;

/** The slice of `browser.i18n` used; tests and the tooltip's fallback pass `messagesApi`. */
export interface I18nApi {
  getMessage(messageName: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

export interface Translate {
  (key: MessageKey, ...substitutions: Array<string | number>): string;
  /** The language the words are in (a BCP 47 tag such as `de`), which names languages and marks the page. */
  readonly locale: string;
}

export function translator(i18n: I18nApi): Translate {
  // An empty answer means a key the locale lacks (tests check none does); the key then shows, not nothing.
  const t = (key: MessageKey, ...substitutions: Array<string | number>) =>
    i18n.getMessage(key, substitutions.map(String)) || key;
  // Not getUILanguage(): a browser in a language without a messages.json shows the English words,
  // and Chromium started with --lang reports its own default there.
  return Object.assign(t, { locale: i18n.getMessage('locale_code') || i18n.getUILanguage() });
}

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;

/**
 * `getMessage` over one messages.json, by the rules the browsers follow: names and placeholders
 * are case-insensitive, `$NAME$` becomes its placeholder's content, in which `$1`…`$9` are the
 * substitutions, and `$$` is a dollar sign.
 */
export function messagesApi(messages: MessagesFile, locale: string): I18nApi {
  const entries = new Map(Object.entries(messages).map(([name, entry]) => [name.toLowerCase(), entry]));
  return {
    getUILanguage: () => locale,
    getMessage(name, substitutions) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) return '';
      const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([key, value]) => [key.toLowerCase(), value.content]));
      const fill = (content: string) => content.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
      return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$/gi, (whole, placeholder?: string) => {
        if (placeholder === undefined) return '$';
        const content = placeholders.get(placeholder.toLowerCase());
        return content === undefined ? whole : fill(content);
      });
    },
  };
}
