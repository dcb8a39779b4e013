/**
 * The lint (eslint.config.js, `npm run lint`): each safety and boundary rule fires where it should
 * and stays quiet where it should not, and the real src/ lints clean.
 *
 * The snippets are files of a small tree laid out like the repository's src/ (in a temporary
 * folder, with its own tsconfig for the type-aware rules), linted with the real config: a rule is
 * proved on a file at a path in its zone, which is how the config chooses the rules that apply.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const CONFIG = join(REPO, 'eslint.config.js');

const CONTEXTS = ['background', 'content', 'popup', 'options'] as const;
const FOLDERS = ['analysis', 'page', 'cli', 'shared', 'report', 'ui', ...CONTEXTS] as const;
type Folder = (typeof FOLDERS)[number];

/** Declarations every snippet may use, so that the type-aware rules see real types. */
const PRELUDE = [
  'declare const el: HTMLElement;',
  'declare const frame: HTMLIFrameElement;',
  'declare const range: Range;',
  'declare const shadow: ShadowRoot;',
  'declare const script: HTMLScriptElement;',
  'declare const image: HTMLImageElement;',
  'declare const text: string;',
  'declare const html: string;',
  'declare const url: string;',
  'declare const callback: () => void;',
  'declare function save(): Promise<void>;',
  'declare function run(): void;',
  'export const _prelude = [el, frame, range, shadow, script, image, text, html, url, callback, save, run];',
  '',
].join('\n');
const PRELUDE_LINES = PRELUDE.split('\n').length - 1;

interface Case {
  name: string;
  folder: Folder;
  code: string;
  /** Rule ids expected, in any order (each once or more); none for a clean case. */
  rules: string[];
}

const flag = (folder: Folder, name: string, code: string, ...rules: string[]): Case => ({ name, folder, code, rules });
const clean = (folder: Folder, name: string, code: string): Case => ({ name, folder, code, rules: [] });

/** Code from strings, markup sinks, remote code: the shipped code (any folder of src/) may hold none. */
const SAFETY: Case[] = [
  flag('page', 'eval', 'export const x = eval(text);', 'no-eval'),
  flag('content', 'eval with an optional call', 'eval?.(text);', 'no-eval'),
  flag('popup', 'eval through window', 'window.eval(text);', 'no-eval'),
  flag('options', 'eval taken from globalThis', 'const evaluate = globalThis.eval; evaluate(text);', 'no-eval'),
  flag('background', 'indirect eval', '(0, eval)(text);', 'no-eval'),
  flag('analysis', 'new Function', 'export const f = new Function("a", text);', 'no-new-func', '@typescript-eslint/no-implied-eval'),
  flag('cli', 'Function called without new', 'export const g = Function("return this")();', 'no-new-func', '@typescript-eslint/no-implied-eval'),
  flag('page', 'setTimeout with a string literal', 'setTimeout("alert(1)", 10);', '@typescript-eslint/no-implied-eval'),
  flag('page', 'setInterval with a template, through window', 'window.setInterval(`tick()`, 10);', '@typescript-eslint/no-implied-eval'),
  flag('content', 'setTimeout with a string variable (type-aware)', 'setTimeout(text, 10);', '@typescript-eslint/no-implied-eval'),
  flag('page', 'innerHTML assigned', 'el.innerHTML = text;', 'no-unsanitized/property'),
  flag('popup', 'innerHTML appended from a template', 'el.innerHTML += `<b>${text}</b>`;', 'no-unsanitized/property'),
  flag('options', 'outerHTML assigned', 'el.outerHTML = html;', 'no-unsanitized/property'),
  flag('page', 'an iframe srcdoc', 'frame.srcdoc = html;', 'no-unsanitized/property'),
  flag('page', 'innerHTML through a string key', "el['innerHTML'] = text;", 'no-restricted-syntax'),
  flag('page', 'eval through a string key', "window['eval'](text);", 'no-eval', 'no-restricted-syntax'),
  flag('page', 'insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', html);", 'no-unsanitized/method'),
  flag('page', 'setHTMLUnsafe', 'shadow.setHTMLUnsafe(html);', 'no-unsanitized/method'),
  flag('page', 'parseHTMLUnsafe', 'export const doc = Document.parseHTMLUnsafe(html);', 'no-unsanitized/method'),
  flag('page', 'DOMParser', "export const doc = new DOMParser().parseFromString(html, 'text/html');", 'no-unsanitized/method'),
  flag('page', 'createContextualFragment', 'range.createContextualFragment(html);', 'no-unsanitized/method'),
  flag('page', 'document.write', 'document.write(html);', 'no-unsanitized/method'),
  flag('content', 'document.writeln', 'document.writeln(html);', 'no-unsanitized/method'),
  flag('content', 'import() of an https URL', "await import('https://cdn.example/lib.js');", 'no-restricted-syntax'),
  flag('content', 'import() of a protocol-relative URL', "await import('//cdn.example/lib.js');", 'no-restricted-syntax'),
  flag('content', 'import() of a URL in a template', 'await import(`https://cdn.example/lib.js`);', 'no-restricted-syntax'),
  flag('content', 'import() of a computed specifier', 'await import(url);', 'no-unsanitized/method'),
  flag('popup', 'static import from http', "import { x } from 'http://cdn.example/x.js';\nexport const y = x;", 'no-restricted-syntax'),
  flag('popup', 'export from https', "export * from 'https://cdn.example/x.js';", 'no-restricted-syntax'),
  flag('background', 'importScripts', "importScripts('lib.js');", 'no-restricted-globals'),
  flag('background', 'a worker from a remote URL', "new Worker('https://cdn.example/w.js');", 'no-restricted-syntax'),
  flag('page', 'a remote script src', "script.src = 'https://cdn.example/x.js';", 'no-restricted-syntax'),
  flag('page', 'a script element', "export const s = document.createElement('script');", 'no-restricted-syntax'),
  flag('page', 'a script element by namespace', "document.createElementNS('http://www.w3.org/1999/xhtml', 'script');", 'no-restricted-syntax'),
  flag('background', 'a promise left floating', 'save();', '@typescript-eslint/no-floating-promises'),
  flag('content', 'await on a value that is no promise', 'await text;', '@typescript-eslint/await-thenable'),

  clean('page', 'a method named evaluate, words ending in eval', 'declare const page: { evaluate(f: () => void): void };\npage.evaluate(run);\nexport const retrieval = 1, medieval = 2;'),
  clean('page', 'eval and sinks named in comments and strings', '// never eval(text) here\n/* new Function("x") */\nexport const help = "do not call eval(text) or document.write(x) or el.innerHTML = x";'),
  clean('page', 'innerHTML read or compared, never written', 'export const before = el.innerHTML;\nexport const same = el.outerHTML === before;'),
  clean('page', 'text set as text', 'el.textContent = text;\nel.append(document.createTextNode(text));'),
  clean('page', 'markup from literals alone (no page text; the bundle checks forbid even that)', "el.innerHTML = '';"),
  clean('page', 'timers with functions', 'setTimeout(() => run(), 10);\nwindow.setTimeout(callback, 10);\nsetInterval(run, 10);'),
  clean('cli', 'import() of a package, static imports of paths', "import { stub } from '../analysis/stub';\nexport const jsdom = await import('jsdom');\nexport { stub };"),
  clean('page', 'a local src, a div, a promise awaited or voided', "image.src = 'icons/icon-16.png';\ndocument.createElement('div');\nawait save();\nvoid save();"),
];

/** Which part of src/ may import which, and where the extension API may be used. */
const imports = (folder: Folder, ...targets: string[]) => targets.map((target) => `import { stub as s${targets.indexOf(target)} } from '${target}';`).join('\n') + `\nexport const used = [${targets.map((_, i) => `s${i}`).join(', ')}];`;
const NOT_OURS_BY_ANALYSIS = FOLDERS.filter((folder) => folder !== 'analysis');
const BOUNDARIES: Case[] = [
  ...NOT_OURS_BY_ANALYSIS.map((folder) => flag('analysis', `src/analysis imports nothing else of ours: not src/${folder}`, imports('analysis', `../${folder}/stub`), 'import/no-restricted-paths')),
  flag('analysis', 'src/analysis imports nothing else of ours: not a file outside src/', "import messages from '../../_locales/en/messages.json';\nexport { messages };", 'import/no-restricted-paths'),
  clean('analysis', 'src/analysis imports itself, Node built-ins and packages', "import { stub } from './stub';\nimport { join } from 'node:path';\nexport const used = [stub, join];"),

  flag('page', 'src/page uses no extension API: no polyfill', "import browser from 'webextension-polyfill';\nexport { browser };", 'no-restricted-imports'),
  flag('page', 'src/page uses no extension API: no browser global', 'export const runtime = browser.runtime;', 'no-restricted-globals'),
  flag('page', 'src/page uses no extension API: no chrome global', 'export const storage = chrome.storage;', 'no-restricted-globals'),
  flag('page', 'src/page uses no extension API: not through globalThis or window', 'export const apis = [globalThis.browser, window.chrome, self.browser];', 'no-restricted-properties'),
  flag('page', "src/page uses no extension API: not the API's interfaces", "import type { RuntimeApi } from '../shared/extension-api';\nexport type Api = RuntimeApi;", 'import/no-restricted-paths'),
  ...[...CONTEXTS, 'cli', 'ui'].map((folder) => flag('page', `src/page imports no context, no CLI, no UI: not src/${folder}`, imports('page', `../${folder}/stub`), 'import/no-restricted-paths')),
  clean('page', 'src/page imports analysis and shared', imports('page', '../analysis/stub', '../shared/stub', './stub')),
  ...(['analysis', 'cli', 'shared', 'report'] as const).map((folder) => flag(folder, `src/${folder} uses no extension API either`, "import browser from 'webextension-polyfill';\nexport const apis = [browser, chrome.runtime];", 'no-restricted-imports', 'no-restricted-globals')),

  ...[...CONTEXTS, 'ui'].map((folder) => flag('cli', `src/cli imports no DOM-only module: not src/${folder}`, imports('cli', `../${folder}/stub`), 'import/no-restricted-paths')),
  flag('cli', 'src/cli imports no DOM-only module: not src/page', imports('cli', '../page/stub'), 'import/no-restricted-paths'),
  clean('cli', "src/cli reads pages with src/page's text extraction, and imports analysis, shared and report", imports('cli', '../page/text-blocks', '../analysis/stub', '../shared/stub', '../report/stub')),

  ...CONTEXTS.flatMap((context) => [...CONTEXTS.filter((other) => other !== context), 'cli'].map((other) =>
    flag(context, `src/${context} reaches the other contexts only through shared/ui: not src/${other}`, imports(context, `../${other}/stub`), 'import/no-restricted-paths'))),
  ...CONTEXTS.map((context) => clean(context, `src/${context} imports shared, ui, report, page, analysis`, imports(context, '../shared/stub', '../ui/stub', '../report/stub', '../page/stub', '../analysis/stub'))),
  clean('popup', 'a context uses the extension API', "import browser from 'webextension-polyfill';\nexport const apis = [browser, chrome.runtime];"),

  ...(['shared', 'report', 'ui'] as const).flatMap((folder) => [...CONTEXTS, 'cli'].map((other) =>
    flag(folder, `src/${folder} imports no context and no CLI: not src/${other}`, imports(folder, `../${other}/stub`), 'import/no-restricted-paths'))),
  ...(['shared', 'report'] as const).flatMap((folder) => ['page', 'ui'].map((other) =>
    flag(folder, `src/${folder} is shared with the CLI: not src/${other}`, imports(folder, `../${other}/stub`), 'import/no-restricted-paths'))),
  clean('ui', 'src/ui imports shared, report, page and analysis', imports('ui', '../shared/stub', '../report/stub', '../page/stub', '../analysis/stub')),
  clean('report', 'src/report and src/shared import each other and analysis', imports('report', '../shared/stub', '../analysis/stub')),
];

const CASES = [...SAFETY, ...BOUNDARIES];
const fileOf = (index: number) => `src/${CASES[index]!.folder}/case-${index}.ts`;

let dir = '';
const results = new Map<string, Linter.LintMessage[]>();
let eslint: ESLint;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quotelight-lint-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('tsconfig.json', JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [], strict: true, noEmit: true, skipLibCheck: true, resolveJsonModule: true,
    },
    include: ['src'],
  }));
  write('_locales/en/messages.json', '{}\n');
  for (const folder of FOLDERS) write(`src/${folder}/stub.ts`, 'export const stub = 1;\n');
  write('src/page/text-blocks.ts', 'export const stub = 1;\n');
  write('src/shared/extension-api.ts', 'export interface RuntimeApi { id: string }\n');
  CASES.forEach((c, index) => write(fileOf(index), `${PRELUDE}${c.code}\n`));
  // The real config. Its patterns are read from ESLint's `cwd` and its import zones from the
  // process's, as `npm run lint` reads both from the repository's root.
  eslint = new ESLint({ cwd: dir, overrideConfigFile: CONFIG });
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    for (const result of await eslint.lintFiles(CASES.map((_, index) => fileOf(index)))) {
      results.set(relative(dir, result.filePath), result.messages);
    }
  } finally {
    process.chdir(cwd);
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const brief = (m: Linter.LintMessage) => `${m.line - PRELUDE_LINES}:${m.column} ${m.ruleId ?? 'fatal'}: ${m.message}`;

describe('lint: safety rules on src/', () => {
  it.each(SAFETY.map((c) => [c.rules.length > 0 ? 'flags' : 'leaves alone', c.name, CASES.indexOf(c)] as const))('%s %s', (_verb, _name, index) => {
    const messages = results.get(fileOf(index))!;
    expect(messages.filter((m) => m.fatal).map(brief), 'parses').toEqual([]);
    expect([...new Set(messages.map((m) => m.ruleId))].sort(), messages.map(brief).join('\n')).toEqual([...CASES[index]!.rules].sort());
  });
});

describe('lint: boundaries of src/', () => {
  it.each(BOUNDARIES.map((c) => [c.rules.length > 0 ? 'flags' : 'allows', c.name, CASES.indexOf(c)] as const))('%s: %s', (_verb, _name, index) => {
    const messages = results.get(fileOf(index))!;
    expect(messages.filter((m) => m.fatal).map(brief), 'parses').toEqual([]);
    expect([...new Set(messages.map((m) => m.ruleId))].sort(), messages.map(brief).join('\n')).toEqual([...CASES[index]!.rules].sort());
  });
});

describe('lint: the config', () => {
  it('proves every restricted-syntax selector and every import zone by a case that fires it', async () => {
    const fired = new Set([...results.values()].flat().map((m) => m.message));
    const config = await eslint.calculateConfigForFile(join(dir, 'src/page/stub.ts')) as Linter.Config;
    /** A rule's options: its entry in the config less the severity. */
    const options = <T>(id: string) => (config.rules![id] as unknown[]).slice(1) as T[];
    const selectors = options<{ message: string }>('no-restricted-syntax');
    const [{ zones }] = options<{ zones: Array<{ message: string }> }>('import/no-restricted-paths') as [{ zones: Array<{ message: string }> }];
    for (const { message } of [...selectors, ...zones]) expect([...fired].some((m) => m.includes(message)), message).toBe(true);
  });

  it('applies the safety and boundary rules to every folder of the real src/, and the extension-API ban where it belongs', async () => {
    const real = new ESLint({ cwd: REPO });
    for (const folder of FOLDERS) {
      const { rules = {} } = await real.calculateConfigForFile(join(REPO, `src/${folder}/any.ts`)) as Linter.Config;
      const on = (id: string) => [rules[id]].flat()[0] === 'error' || [rules[id]].flat()[0] === 2;
      for (const id of ['no-eval', 'no-new-func', '@typescript-eslint/no-implied-eval', 'no-unsanitized/method', 'no-unsanitized/property', 'no-restricted-syntax', 'import/no-restricted-paths']) {
        expect(on(id), `${id} in src/${folder}`).toBe(true);
      }
      expect(on('no-restricted-imports'), `no-restricted-imports in src/${folder}`).toBe(!(CONTEXTS as readonly string[]).includes(folder) && folder !== 'ui');
    }
  });

  it('finds nothing in the real src/', async () => {
    const real = new ESLint({ cwd: REPO });
    const found = (await real.lintFiles(['src'])).flatMap((result) =>
      result.messages.map((m) => `${relative(REPO, result.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'}: ${m.message}`));
    expect(found).toEqual([]);
  }, 120_000);
});
