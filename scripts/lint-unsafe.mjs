// `npm run lint`: the privacy lint of issue 5. Fails (exit 1) with `file:line:column: message` for
// every place in src/ that could run a string as code, write markup into a page, or load code from
// the network:
//   - eval( / window.eval / (0, eval)(, new Function / Function(, setTimeout/setInterval with a string;
//   - innerHTML / outerHTML assigned, insertAdjacentHTML(, setHTMLUnsafe(, createContextualFragment(,
//     document.write( / writeln(, and those sinks named in a string (computed property access);
//   - import() of an http(s) or protocol-relative URL, or of anything but a string literal;
//     `import … from 'https://…'`, importScripts(, new Worker( with a remote URL, a remote URL
//     assigned to `.src`, and `createElement('script')`.
// Comments are ignored and string contents are never mistaken for code (a word like "eval(" in an
// explanation is fine). Run by the test command; its rules are unit-tested in
// tests/unit/lint-unsafe.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Keywords after which `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS = new Set([
  'return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'else', 'do', 'yield', 'await', 'instanceof',
]);

/**
 * Splits source into code and literals. Returns `code`: the source with comments blanked and the
 * contents of strings, template texts and regular expressions blanked (quotes and newlines kept,
 * so offsets and line numbers stay), and `strings`: each string literal's value by the offset of
 * its opening quote.
 */
export function maskSource(source) {
  const out = source.split('');
  /** @type {Map<number, string>} */
  const strings = new Map();
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  /** Brace depths at which a template literal's `${` was opened. */
  const templateStack = [];
  let braceDepth = 0;
  let i = 0;
  const n = source.length;

  const previousSignificant = (at) => {
    let k = at - 1;
    while (k >= 0 && /\s/.test(out[k])) k--;
    if (k < 0) return { char: '', word: '' };
    let w = k;
    while (w >= 0 && /[\w$]/.test(out[w])) w--;
    return { char: out[k], word: out.slice(w + 1, k + 1).join('') };
  };

  /** Scans template text from `i` (just after ` or }) to the closing ` or to `${`. */
  const scanTemplateText = () => {
    const start = i;
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '`') {
        blank(start, i);
        i++;
        return;
      }
      if (c === '$' && source[i + 1] === '{') {
        blank(start, i);
        templateStack.push(braceDepth);
        braceDepth++;
        i += 2;
        return;
      }
      i++;
    }
    blank(start, n);
  };

  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i;
      i++;
      let value = '';
      while (i < n && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') {
          value += source[i + 1] ?? '';
          i += 2;
        } else {
          value += source[i];
          i++;
        }
      }
      strings.set(start, value);
      blank(start + 1, i);
      i++;
      continue;
    }
    if (c === '`') {
      const start = i;
      i++;
      // A template without substitutions is a plain string too.
      const close = source.indexOf('`', i);
      const text = close < 0 ? '' : source.slice(i, close);
      if (close >= 0 && !text.includes('${')) strings.set(start, text);
      scanTemplateText();
      continue;
    }
    if (c === '{') {
      braceDepth++;
      i++;
      continue;
    }
    if (c === '}') {
      braceDepth--;
      i++;
      if (templateStack.length > 0 && templateStack[templateStack.length - 1] === braceDepth) {
        templateStack.pop();
        scanTemplateText();
      }
      continue;
    }
    if (c === '/') {
      const { char, word } = previousSignificant(i);
      const division = /[\w$)\]}]/.test(char) && !REGEX_AFTER_WORDS.has(word);
      if (!division) {
        const start = i;
        i++;
        let inClass = false;
        while (i < n && source[i] !== '\n') {
          const r = source[i];
          if (r === '\\') {
            i += 2;
            continue;
          }
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          i++;
        }
        blank(start + 1, i);
        i++;
        continue;
      }
    }
    i++;
  }
  return { code: out.join(''), strings };
}

const REMOTE_URL = /^\s*(?:https?:)?\/\//i;
const QUOTE_AHEAD = /^\s*(['"`])/;

/** The string literal starting at `index` in masked code (after white space), if any. */
function literalAt(masked, index) {
  const rest = masked.code.slice(index, index + 200);
  const quote = QUOTE_AHEAD.exec(rest);
  if (!quote) return null;
  const at = index + quote[0].length - 1;
  return masked.strings.get(at) ?? null;
}

/**
 * Rules on masked code. `check` (optional) gets the match and the masked source and says whether
 * it is really a finding (for rules that look at a literal).
 */
const RULES = [
  { pattern: /(?<![\w$.])eval\s*(?:\?\.\s*)?\(/g, message: 'eval( runs a string as code' },
  { pattern: /\b(?:window|globalThis|self|global|frames|top|parent)\s*(?:\?\.|\.)\s*eval\b/g, message: 'eval reached through a global object runs a string as code' },
  { pattern: /,\s*eval\s*\)\s*\(/g, message: 'indirect eval ((0, eval)(…)) runs a string as code' },
  { pattern: /\bnew\s+Function\b/g, message: 'new Function builds code from a string' },
  { pattern: /(?<![\w$.]|new\s+)Function\s*\(/g, message: 'Function( builds code from a string' },
  {
    pattern: /(?<![\w$])(?:setTimeout|setInterval|setImmediate)\s*\(/g,
    message: 'setTimeout/setInterval with a string argument runs it as code',
    check: (match, masked) => literalAt(masked, match.index + match[0].length) !== null,
  },
  { pattern: /\.\s*(?:innerHTML|outerHTML)\s*(?:=(?!=)|\+=)/g, message: 'assigning innerHTML/outerHTML parses markup into the page' },
  { pattern: /(?<![\w$])insertAdjacentHTML\s*\(/g, message: 'insertAdjacentHTML( parses markup into the page' },
  { pattern: /(?<![\w$])(?:setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)\s*\(/g, message: 'parses markup into the page' },
  { pattern: /\bdocument\s*(?:\?\.|\.)\s*write(?:ln)?\s*\(/g, message: 'document.write( writes markup into the page' },
  {
    pattern: /\[\s*(?=['"`])/g,
    message: 'an HTML or code sink named in a string (computed property access)',
    check: (match, masked) => /^(?:innerHTML|outerHTML|insertAdjacentHTML|write|writeln|eval|setHTMLUnsafe)$/.test(literalAt(masked, match.index + match[0].length) ?? ''),
  },
  {
    pattern: /(?<![\w$.])import\s*\(/g,
    message: 'import() of a remote URL or of a computed specifier loads code that is not in the package',
    check: (match, masked) => {
      const literal = literalAt(masked, match.index + match[0].length);
      return literal === null || REMOTE_URL.test(literal);
    },
  },
  {
    pattern: /\b(?:from|import)\s*(?=['"`])/g,
    message: 'import from a remote URL loads code that is not in the package',
    check: (match, masked) => REMOTE_URL.test(literalAt(masked, match.index + match[0].length) ?? ''),
  },
  { pattern: /(?<![\w$.])importScripts\s*\(/g, message: 'importScripts( loads code into a worker' },
  {
    pattern: /\bnew\s+(?:Shared)?Worker\s*\(/g,
    message: 'a worker from a remote URL runs code that is not in the package',
    check: (match, masked) => REMOTE_URL.test(literalAt(masked, match.index + match[0].length) ?? ''),
  },
  {
    pattern: /\.\s*src\s*=(?!=)/g,
    message: 'a remote URL assigned to .src loads a resource (a script?) from the network',
    check: (match, masked) => REMOTE_URL.test(literalAt(masked, match.index + match[0].length) ?? ''),
  },
  {
    pattern: /\bcreateElement(?:NS)?\s*\(/g,
    message: "createElement('script') adds a script to the page",
    check: (match, masked) => {
      const rest = masked.code.slice(match.index + match[0].length);
      // createElementNS(namespace, 'script'): the second argument.
      const comma = match[0].includes('NS') ? rest.indexOf(',') + 1 : 0;
      return /^script$/i.test(literalAt(masked, match.index + match[0].length + comma) ?? '');
    },
  },
];

/** 1-based line and column of an offset. */
function position(source, offset) {
  let line = 1;
  let lineStart = 0;
  for (let k = source.indexOf('\n'); k >= 0 && k < offset; k = source.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The findings in one file's text, in source order.
 * @returns {{ file: string, line: number, column: number, message: string, text: string }[]}
 */
export function lintSource(source, file = '<source>') {
  const masked = maskSource(source);
  const findings = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const match of masked.code.matchAll(rule.pattern)) {
      if (rule.check && !rule.check(match, masked)) continue;
      const { line, column } = position(source, match.index);
      const lineText = source.split('\n')[line - 1] ?? '';
      findings.push({ file, line, column, message: rule.message, text: lineText.trim() });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** TypeScript and JavaScript files under `dir` (or `dir` itself, when it is a file), sorted. */
export function sourceFiles(dir) {
  if (!statSync(dir).isDirectory()) return [dir];
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** Lints every source file under `roots` (paths shown relative to `cwd`). */
export function lintTree(roots, cwd = process.cwd()) {
  return roots.flatMap((root) => sourceFiles(root)).flatMap((path) => lintSource(readFileSync(path, 'utf8'), relative(cwd, path)));
}

export function formatFinding(finding) {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message}\n    ${finding.text}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = resolve(fileURLToPath(import.meta.url), '../..');
  const roots = process.argv.length > 2 ? process.argv.slice(2).map((arg) => resolve(arg)) : [join(repo, 'src')];
  const findings = lintTree(roots, process.cwd());
  for (const finding of findings) console.error(formatFinding(finding));
  if (findings.length > 0) {
    console.error(`lint-unsafe: ${findings.length} unsafe construct(s); see scripts/lint-unsafe.mjs for why each is banned.`);
    process.exitCode = 1;
  } else {
    console.log(`lint-unsafe: no eval, Function, HTML sinks or remote code in ${roots.map((r) => relative(process.cwd(), r) || '.').join(', ')}.`);
  }
}
