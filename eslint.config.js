// `npm run lint`: ESLint over src/, scripts/ and tests/. Three kinds of rule:
//   1. safety (src/ only, the shipped code): nothing runs a string as code, writes markup into a
//      page, or loads code that is not in the package;
//   2. boundaries (src/ only): which part of src/ may import which;
//   3. correctness: ESLint's and typescript-eslint's recommended rules everywhere.
// Type-aware rules (they need the TypeScript program) cover src/ only, which keeps the run fast;
// scripts/ and tests/ get the syntactic rules. Each rule is proved to fire by tests/unit/lint.test.ts.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A URL on another host: http:, https: or protocol-relative. */
const REMOTE = String.raw`/^\s*(https?:)?\/\//i`;

/** Safety: no code from strings, no markup sinks, no remote code. For src/, the code we ship. */
const safety = {
  'no-eval': 'error',
  'no-new-func': 'error',
  '@typescript-eslint/no-implied-eval': 'error',
  // Mozilla's rules for markup sinks: innerHTML, outerHTML, insertAdjacentHTML, document.write,
  // createContextualFragment, setHTMLUnsafe, import(); plus the sinks named below. Markup built
  // from literals only is allowed here (it carries no page text); the shipped bundles may not hold
  // these sinks at all (tests/package/built-extension.test.ts).
  'no-unsanitized/method': ['error', {}, { parseHTMLUnsafe: { properties: [0] }, parseFromString: { properties: [0] } }],
  'no-unsanitized/property': ['error', {}, { srcdoc: {} }],
  'no-restricted-globals': ['error',
    { name: 'importScripts', message: 'importScripts() loads code into a worker at run time: ship it in the bundle.' },
    { name: 'execScript', message: 'execScript() runs a string as code.' },
  ],
  'no-restricted-syntax': ['error',
    { selector: `ImportExpression[source.value=${REMOTE}], ImportExpression[source.quasis.0.value.raw=${REMOTE}]`, message: 'import() of a remote URL loads code that is not in the package.' },
    { selector: `ImportDeclaration[source.value=${REMOTE}], ExportAllDeclaration[source.value=${REMOTE}], ExportNamedDeclaration[source.value=${REMOTE}]`, message: 'An import from a remote URL loads code that is not in the package.' },
    { selector: `NewExpression[callee.name=/^(Shared)?Worker$/] > Literal[value=${REMOTE}]`, message: 'A worker from a remote URL runs code that is not in the package.' },
    { selector: `AssignmentExpression[left.property.name='src'] > Literal.right[value=${REMOTE}]`, message: 'A remote URL assigned to .src loads a resource (a script?) from the network.' },
    { selector: `CallExpression[callee.property.name=/^createElement(NS)?$/] > Literal[value=/^script$/i]`, message: "createElement('script') adds a script to the page." },
    { selector: `MemberExpression[computed=true] > Literal.property[value=/^(innerHTML|outerHTML|srcdoc|insertAdjacentHTML|write|writeln|setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment|eval)$/]`, message: 'A code or markup sink named in a string (computed property access) escapes the rules that check it.' },
  ],
};

/** No extension API: no `browser`/`chrome` global, however reached, and no polyfill. */
const noExtensionApi = {
  'no-restricted-globals': ['error',
    ...safety['no-restricted-globals'].slice(1),
    { name: 'browser', message: 'This part of src/ uses no extension API; only the contexts (background, content, popup, options) do.' },
    { name: 'chrome', message: 'This part of src/ uses no extension API; only the contexts (background, content, popup, options) do.' },
  ],
  'no-restricted-properties': ['error',
    ...['globalThis', 'window', 'self'].flatMap((object) => ['browser', 'chrome'].map((property) => ({
      object, property, message: 'This part of src/ uses no extension API; only the contexts (background, content, popup, options) do.',
    }))),
  ],
  'no-restricted-imports': ['error', {
    paths: [{ name: 'webextension-polyfill', message: 'This part of src/ uses no extension API; only the contexts (background, content, popup, options) do.' }],
  }],
};

const CONTEXTS = ['background', 'content', 'popup', 'options'];

/** `from` entries for import/no-restricted-paths: these folders of src/. */
const folders = (...names) => names.map((name) => `./src/${name}`);

/**
 * Which part of src/ may import which. A zone's `target` may not import anything under its `from`,
 * except its `except` (relative to `from`). eslint-plugin-import reads these paths from the
 * process's working directory: the repository's root, where `npm run lint` runs.
 */
const zones = [
  {
    target: './src/analysis',
    from: '.',
    except: ['./src/analysis', './node_modules'],
    message: 'src/analysis is pure text analysis: it imports nothing else of ours.',
  },
  {
    target: './src/page',
    from: [...folders(...CONTEXTS, 'cli', 'ui'), './src/shared/extension-api.ts'],
    message: 'src/page is the DOM side the content script drives: no extension context, no CLI, no extension API.',
  },
  {
    target: './src/cli',
    from: folders(...CONTEXTS, 'ui'),
    message: 'src/cli runs in Node: it imports no DOM-only module.',
  },
  {
    // The CLI reads web pages through jsdom with the extension's own extraction (text-blocks), so
    // both find the same offsets; nothing else of src/page is for it.
    target: './src/cli',
    from: './src/page',
    except: ['./text-blocks.ts'],
    message: 'src/cli runs in Node: of src/page it uses only text-blocks (the text extraction the extension uses, run on jsdom).',
  },
  ...CONTEXTS.map((context) => ({
    target: `./src/${context}`,
    from: folders(...CONTEXTS.filter((other) => other !== context), 'cli'),
    message: `src/${context} reaches the other extension contexts only through src/shared (messages, settings) and src/ui.`,
  })),
  {
    target: ['./src/shared', './src/report', './src/ui'],
    from: folders(...CONTEXTS, 'cli'),
    message: 'src/shared, src/report and src/ui are shared by the contexts: they import no context and no CLI.',
  },
  {
    target: ['./src/shared', './src/report'],
    from: folders('ui', 'page'),
    message: 'src/shared and src/report are shared with the CLI: they import neither the DOM side (src/page) nor src/ui.',
  },
];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'tests/fixtures/', '**/*.d.ts', '**/*.d.mts'] },
  {
    files: ['**/*.{ts,mts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // As the compiler's noUnusedLocals: unused locals, but not parameters, and `_name` is meant.
      '@typescript-eslint/no-unused-vars': ['error', {
        args: 'none', caughtErrors: 'none', ignoreRestSiblings: true, varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_',
      }],
      // /[^\x00-\x7f]/ is how this code says "not ASCII".
      'no-control-regex': 'off',
    },
  },
  {
    // Functions that bench:page runs inside the page.
    files: ['scripts/bench-page/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // `node.data = node.data` is how a DOM test makes the page change without changing it.
    files: ['tests/**'],
    rules: { 'no-self-assign': ['error', { props: false }] },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { import: importPlugin, 'no-unsanitized': noUnsanitized },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.json'] } },
    },
    rules: {
      ...safety,
      'import/no-restricted-paths': ['error', { zones }],
      // A promise nobody awaits loses its rejection: an error in the content script, the
      // background or a listener would vanish instead of failing where it happened.
      // (no-misused-promises, which would also check every callback, costs two thirds of the run.)
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/{analysis,page,cli,shared,report}/**/*.ts'],
    rules: noExtensionApi,
  },
);
