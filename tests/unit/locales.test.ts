// The interface's words in _locales/{en,de,fr}: the keys used in code are checked by the compiler
// against the English file (MessageKey); this checks that every locale has exactly those keys,
// that placeholders agree, and that no key is left unused.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesApi, translator, type MessagesFile } from '../../src/shared/i18n';
import { LOCALES, localeMessages } from '../helpers/fake-browser';

const root = join(import.meta.dirname, '../..');
const english = localeMessages('en');
const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}
const source = sourceFiles(join(root, 'src')).map((file) => readFileSync(file, 'utf8')).join('\n');

/** `$NAME$` references in a message, lower-cased as the browsers compare them. */
const referenced = (message: string) => new Set([...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()));
const declared = (entry: MessagesFile[string]) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));

describe('locales', () => {
  it('are en, de and fr, English by default (the build ships each: tests/package/built-extension.test.ts)', () => {
    expect(readdirSync(join(root, '_locales')).sort()).toEqual([...LOCALES].sort());
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });

  it('have valid message names, each with a description for translators', () => {
    for (const [name, entry] of Object.entries(english)) {
      expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.description, name).toBeTruthy();
    }
  });

  it.each(LOCALES)('%s has exactly the English keys, none empty, and says which language it is', (locale) => {
    const messages = localeMessages(locale);
    expect(messages.locale_code?.message).toBe(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [name, entry] of Object.entries(messages)) expect(entry.message.trim(), `${locale} ${name}`).not.toBe('');
  });

  it.each(LOCALES)('%s declares the English placeholders and uses each, and no other', (locale) => {
    for (const [name, entry] of Object.entries(localeMessages(locale))) {
      const placeholders = declared(entry);
      expect(placeholders, `${locale} ${name}`).toEqual(declared(english[name]!));
      expect(referenced(entry.message), `${locale} ${name}`).toEqual(new Set(Object.keys(placeholders)));
    }
  });

  it('uses every English key in the code or the manifest, and every manifest key exists', () => {
    const unused = Object.keys(english).filter((name) => !source.includes(`'${name}'`) && !manifest.includes(`__MSG_${name}__`));
    expect(unused).toEqual([]);
    const inManifest = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
    expect(inManifest.length).toBeGreaterThanOrEqual(5);
    for (const name of inManifest) expect(Object.keys(english)).toContain(name);
  });

  it.each(LOCALES)('%s keeps the store description within 132 characters', (locale) => {
    expect(localeMessages(locale).extension_description!.message.length).toBeLessThanOrEqual(132);
  });

  it('leaves no interface string in English in the code: no quoted capitalised sentence in popup, options or tooltip', () => {
    // A sentence-like literal ('Reading the page…') in these files would bypass the locales.
    const files = ['src/popup/view.ts', 'src/popup/popup.ts', 'src/ui/labels.ts', 'src/options/view.ts', 'src/page/tooltip.ts', 'src/page/finding-labels.ts', 'src/background/tab-badges.ts'];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const literals = [...text.matchAll(/'([A-Z][a-z]+(?: [a-z]+)+[^']*)'/g)].map((m) => m[1]);
      expect(literals, relative(root, join(root, file))).toEqual([]);
    }
  });
});

describe('messagesApi: getMessage as the browsers do it', () => {
  const api = messagesApi({
    greet: { message: 'Pause on $Host$ ($$5, $count$)', placeholders: { host: { content: '$1' }, COUNT: { content: '$2 items' } } },
  }, 'en');

  it('fills placeholders from substitutions, case-insensitively, and reads $$ as $', () => {
    expect(api.getMessage('GREET', ['news.example', '3'])).toBe('Pause on news.example ($5, 3 items)');
    expect(api.getMessage('greet', 'a')).toBe('Pause on a ($5,  items)');
  });

  it('answers an empty string for an unknown key, which the translator shows as the key', () => {
    expect(api.getMessage('nope')).toBe('');
    expect(translator(api)('extension_name')).toBe('extension_name');
    expect(translator(api).locale).toBe('en');
  });
});
