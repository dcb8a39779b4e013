/** The privacy lint (issue 5, item 2): what it flags, what it leaves alone, and that src/ is clean. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatFinding, lintSource, lintTree } from '../../scripts/lint-unsafe.mjs';

const REPO = resolve(import.meta.dirname, '../..');

const flagged: Array<[string, string]> = [
  ['eval', 'const x = eval(text);'],
  ['eval with optional call', 'eval?.(text);'],
  ['eval through window', 'window.eval(text);'],
  ['eval through globalThis, bracket-free', 'const run = globalThis.eval; run(text);'],
  ['indirect eval', '(0, eval)(text);'],
  ['new Function', 'const f = new Function("a", body);'],
  ['Function called without new', 'const g = Function("return this")();'],
  ['setTimeout with a string', 'setTimeout("alert(1)", 10);'],
  ['setInterval with a template', 'window.setInterval(`tick()`, 10);'],
  ['innerHTML assigned', 'element.innerHTML = sentence;'],
  ['innerHTML appended', 'element.innerHTML += `<b>${word}</b>`;'],
  ['outerHTML assigned', 'node.outerHTML = "<p>x</p>";'],
  ['innerHTML assigned across lines', 'host\n  .innerHTML =\n  text;'],
  ['innerHTML through a string key', "element['innerHTML'] = text;"],
  ['insertAdjacentHTML', "element.insertAdjacentHTML('beforeend', html);"],
  ['setHTMLUnsafe', 'shadow.setHTMLUnsafe(html);'],
  ['createContextualFragment', 'range.createContextualFragment(html);'],
  ['document.write', 'document.write(html);'],
  ['document.writeln', 'this.document.writeln(html);'],
  ['import() of an https URL', "await import('https://cdn.example/lib.js');"],
  ['import() of a protocol-relative URL', 'import("//cdn.example/lib.js");'],
  ['import() of a computed specifier', 'await import(url);'],
  ['static import from http', "import { x } from 'http://cdn.example/x.js';"],
  ['importScripts', "importScripts('lib.js');"],
  ['a worker from a remote URL', "new Worker('https://cdn.example/w.js');"],
  ['a remote script src', "script.src = 'https://cdn.example/x.js';"],
  ['a script element', "const s = document.createElement('script');"],
  ['a script element by namespace', "document.createElementNS('http://www.w3.org/1999/xhtml', 'script');"],
];

const clean: Array<[string, string]> = [
  ['a method named evaluate', 'page.evaluate(fn);'],
  ['an identifier ending in eval', 'retrieval(items); medieval(x);'],
  ['eval in a comment', '// never eval(text) here\n/* new Function("x") */ const a = 1;'],
  ['eval in a string', 'const help = "do not call eval(text) or document.write(x)";'],
  ['innerHTML in a template text', 'const note = `innerHTML = nothing`;'],
  ['innerHTML read, not written', 'const before = element.innerHTML; if (element.outerHTML === before) {}'],
  ['innerHTML compared', 'if (a.innerHTML == b) {}'],
  ['textContent assigned', 'element.textContent = sentence;'],
  ['setTimeout with a function', 'setTimeout(() => run(), 10); window.setTimeout(callback, FLASH_MS);'],
  ['a Function type', 'type F = Function; const isFn = typeof x === "function"; myFunction(1);'],
  ['import() of a package', "const { JSDOM } = await import('jsdom');"],
  ['static import from a path', "import { analyze } from '../analysis';\nimport type { X } from './types';"],
  ['a local src', "image.src = 'icons/icon-16.png';"],
  ['a div element', "document.createElement('div');"],
  ['a regex with quotes and slashes', 'const re = /["\'`]\\/eval(/g; const y = a / b / c;'],
  ['a regex with a class holding a slash', 'const re = /[/"]+/; eval;'],
  ['a string with an escaped quote', "const s = 'it\\'s eval(x)'; const t = \"\\\"new Function\\\"\";"],
  ['nested templates', 'const s = `a ${`b ${c} eval(`} d`; const k = { a: 1 };'],
];

describe('lint-unsafe', () => {
  it.each(flagged)('flags %s', (_name, source) => {
    const findings = lintSource(source, 'x.ts');
    expect(findings.length, source).toBeGreaterThan(0);
    expect(findings[0]!.file).toBe('x.ts');
  });

  it.each(clean)('leaves %s alone', (_name, source) => {
    expect(lintSource(source, 'x.ts')).toEqual([]);
  });

  it('finds code inside a template substitution', () => {
    expect(lintSource('const s = `a ${eval(x)} b`;')).toHaveLength(1);
  });

  it('reports file:line:column', () => {
    const [finding] = lintSource('const a = 1;\n\n  el.innerHTML = a;\n', 'src/page/x.ts');
    expect(finding).toMatchObject({ file: 'src/page/x.ts', line: 3, column: 5 });
    expect(formatFinding(finding!)).toMatch(/^src\/page\/x\.ts:3:5: assigning innerHTML/);
  });

  it('keeps line numbers after multi-line comments, strings and regexes', () => {
    const source = '/*\n eval(\n*/\nconst r = /x/;\nconst s = `\n`;\neval(1);\n';
    expect(lintSource(source).map((f) => f.line)).toEqual([7]);
  });

  it('finds nothing in src/', () => {
    expect(lintTree([join(REPO, 'src')], REPO).map(formatFinding)).toEqual([]);
  });

  it('exits 1 with file:line messages on a tree with findings, 0 on a clean one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-unsafe-'));
    try {
      writeFileSync(join(dir, 'clean.ts'), 'export const a = "eval(x)";\n');
      const run = promisify(execFile);
      const script = join(REPO, 'scripts/lint-unsafe.mjs');
      expect((await run(process.execPath, [script, dir])).stdout).toMatch(/no eval/);
      writeFileSync(join(dir, 'bad.ts'), 'export {};\ndocument.body.innerHTML = location.hash;\n');
      const failed = await run(process.execPath, [script, dir]).then(() => null, (error: { code: number; stderr: string }) => error);
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toMatch(/bad\.ts:2:14: assigning innerHTML/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
