// The built CLI as a user runs it: exit statuses, messages and output shape. Findings are checked for
// shape and for matching their offsets; the rules have their own tests.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Finding } from '../../src/analysis/types';
import { USAGE } from '../../src/cli/args';
import { htmlToText } from '../../src/cli/html-text';

const FIXTURES = 'tests/fixtures/cli';
const REUTERS = `${FIXTURES}/reuters.txt`;
const SANCTIONS = `${FIXTURES}/sanctions.md`;
const PAGE = `${FIXTURES}/page.html`;
/** An <article> with a reader's comment beside it, which holds the only scare quote and distancing word. */
const ARTICLE = `${FIXTURES}/article-with-comments.html`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function quotelight(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/quotelight.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Parses one output line and checks it is `{"findings":[…]}` (after `file` when given) with offsets into `text`. */
function expectFindingsLine(line: string | undefined, text: string, file?: string): Finding[] {
  const parsed = JSON.parse(line ?? 'missing line') as { file?: string; findings: Finding[] };
  expect(Object.keys(parsed)).toEqual(file === undefined ? ['findings'] : ['file', 'findings']);
  expect(parsed.file).toBe(file);
  expect(Array.isArray(parsed.findings)).toBe(true);
  for (const finding of parsed.findings) expect(finding.text).toBe(text.slice(finding.start, finding.end));
  return parsed.findings;
}

const read = (path: string) => readFileSync(path, 'utf8');

beforeAll(() => {
  // Build just the Node bundles so the test exercises the current sources even without `npm run build`.
  execFileSync(process.execPath, ['scripts/build-node.mjs']);
});

describe('usage', () => {
  test('--help prints the usage on stdout', async () => {
    const { code, stdout, stderr } = await quotelight(['--help']);
    expect(code).toBe(0);
    expect(stdout.startsWith(`${USAGE}\n`)).toBe(true);
    expect(stderr).toBe('');
  });

  test('--help documents the formats, the --json shorthand and --whole-page', async () => {
    const { stdout } = await quotelight(['--help']);
    expect(stdout).toMatch(/^ {2}--format FMT {2}text .*\(the default\)$/m);
    expect(stdout).toMatch(/^ {16}json {2}\{"findings":/m);
    expect(stdout).toMatch(/^ {16}md {4}the Markdown report of the popup's "Copy report"/m);
    expect(stdout).toMatch(/^ {2}--json {8}short for --format json$/m);
    expect(stdout).toMatch(/^ {2}--whole-page {2}read all the text of a web page; by default only its main article/m);
  });

  test.each([
    [['scan', '--format', 'yaml', REUTERS], "unknown format 'yaml' in --format (choose from text, json, md)"],
    [['scan', '--json', '--format', 'md', REUTERS], '--format md contradicts the format already chosen (json)'],
    [['scan', '--whole-page=yes', PAGE], '--whole-page takes no value'],
    [['scan', '--yaml', REUTERS], "unknown option '--yaml'"],
    [['lint', REUTERS], "unknown command 'lint'"],
    [['scan', '--only', 'quote,opinion', REUTERS], "unknown kind 'opinion' in --only (choose from quote, attribution, hedge)"],
    [['scan'], 'no input: give files, - for stdin, or a URL'],
    [[], 'missing command'],
  ])('%j exits 2 with a message and the usage', async (args, message) => {
    const { code, stdout, stderr } = await quotelight(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`quotelight: ${message}\n${USAGE}  (quotelight --help for more)\n`);
  });
});

describe('scan --json', () => {
  test('one input gives exactly one {"findings":[…]} line', async () => {
    const { code, stdout, stderr } = await quotelight(['scan', '--json', REUTERS]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expectFindingsLine(lines[0], read(REUTERS));
  });

  test('several inputs give one line each, in input order, named by "file"', async () => {
    const inputs = [SANCTIONS, PAGE, REUTERS, SANCTIONS];
    const { code, stdout } = await quotelight(['scan', '--json', ...inputs]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(inputs.length);
    for (const [i, input] of inputs.entries()) {
      const text = input === PAGE ? await htmlToText(read(PAGE), 'file:///page.html', { articleOnly: true }) : read(input);
      expectFindingsLine(lines[i], text, input);
    }
  });

  test('- reads standard input', async () => {
    const text = 'He said "we will win," according to Reuters.\n';
    const { code, stdout } = await quotelight(['scan', '--json', '-'], text);
    expect(code).toBe(0);
    expectFindingsLine(stdout.trimEnd(), text);
  });

  test('--only keeps to the listed kinds', async () => {
    const { code, stdout } = await quotelight(['scan', '--json', '--only', 'quote,hedge', SANCTIONS]);
    expect(code).toBe(0);
    const findings = expectFindingsLine(stdout.trimEnd(), read(SANCTIONS));
    for (const finding of findings) expect(['quote', 'hedge']).toContain(finding.kind);
  });
});

describe('scan --format json', () => {
  test('is what --json prints', async () => {
    const long = await quotelight(['scan', '--format', 'json', REUTERS, PAGE]);
    const short = await quotelight(['scan', '--json', REUTERS, PAGE]);
    expect(long.code).toBe(0);
    expect(long.stdout).toBe(short.stdout);
    expectFindingsLine(long.stdout.split('\n')[0], read(REUTERS), REUTERS);
  });
});

/** `## Counts` table rows of a report as label → number. */
function reportCounts(report: string): Record<string, number> {
  return Object.fromEntries([...report.matchAll(/^\| (.+) \| (\d+) \|$/gm)].map((m) => [m[1], Number(m[2])]));
}

describe('scan --format md', () => {
  test('one input gives the popup\'s report: page title, file URL, counts, profile, each finding with its sentence', async () => {
    const { code, stdout, stderr } = await quotelight(['scan', '--format', 'md', PAGE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = expectFindingsLine((await quotelight(['scan', '--json', PAGE])).stdout.trimEnd(), await htmlToText(read(PAGE), 'file:///page.html', { articleOnly: true }));
    expect(stdout.startsWith(`# Quotelight fixture\n\n<${pathToFileURL(resolve(PAGE)).href}>\n\n## Counts\n`)).toBe(true);
    const counts = reportCounts(stdout);
    expect(counts['Scare quotes']).toBe(json.filter((f) => f.kind === 'quote' && f.class === 'scare').length);
    expect(counts['Direct quotes']).toBe(json.filter((f) => f.kind === 'quote' && f.class === 'direct').length);
    expect(counts['Attributions']).toBe(json.filter((f) => f.kind === 'attribution').length);
    expect(counts['Distancing words']).toBe(json.filter((f) => f.kind === 'hedge').length);
    expect(stdout).toMatch(/^## Sourcing profile\n\n\d+ attributions: \d+% named, \d+% vague, \d+% no source\.$/m);
    const items = stdout.match(/^\d+\. \*\*.+$/gm) ?? [];
    expect(items).toHaveLength(json.length);
    expect(stdout).toContain('. **Scare quote**: "experts"\n   > The so\\-called "experts" disagreed.\n');
    expect(stdout).not.toContain('\n---\n');
  });

  test('several inputs give one report each, in input order, separated by a --- line', async () => {
    const { code, stdout } = await quotelight(['scan', '--format', 'md', PAGE, REUTERS]);
    expect(code).toBe(0);
    // Each report ends in a newline; the rule then stands after a blank line.
    const reports = stdout.split('\n\n---\n\n');
    expect(reports).toHaveLength(2);
    expect(`${reports[0]}\n`).toBe((await quotelight(['scan', '--format', 'md', PAGE])).stdout);
    // A text file has no title: the report is named by the input as given.
    expect(reports[1]!.startsWith(`# ${REUTERS}\n\n<${pathToFileURL(resolve(REUTERS)).href}>\n`)).toBe(true);
    expect(stdout).not.toMatch(/^input +quote/m);
  });

  test('standard input has no address and is named as such', async () => {
    const { code, stdout } = await quotelight(['scan', '--format', 'md', '-'], 'He said "we will win," according to Reuters.\n');
    expect(code).toBe(0);
    expect(stdout.startsWith('# Standard input\n\n## Counts\n')).toBe(true);
  });

  test('an unreadable input is reported on stderr, the others still get their report', async () => {
    const { code, stdout, stderr } = await quotelight(['scan', '--format', 'md', `${FIXTURES}/absent.txt`, PAGE]);
    expect(code).toBe(1);
    expect(stderr).toBe(`quotelight: cannot read ${FIXTURES}/absent.txt: no such file\n`);
    expect(stdout.startsWith('# Quotelight fixture\n')).toBe(true);
  });
});

describe('web pages: the main article by default, --whole-page for all', () => {
  test('by default the text beside the article (here a comment) is not read', async () => {
    const { code, stdout } = await quotelight(['scan', '--json', ARTICLE]);
    expect(code).toBe(0);
    const findings = expectFindingsLine(stdout.trimEnd(), await htmlToText(read(ARTICLE), 'file:///a.html', { articleOnly: true }));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.kind === 'hedge' || (f.kind === 'quote' && f.class === 'scare'))).toEqual([]);
  });

  test('--whole-page reads it too, and finds the same in the article', async () => {
    const article = expectFindingsLine((await quotelight(['scan', '--json', ARTICLE])).stdout.trimEnd(), await htmlToText(read(ARTICLE), 'file:///a.html', { articleOnly: true }));
    const { code, stdout } = await quotelight(['scan', '--json', '--whole-page', ARTICLE]);
    expect(code).toBe(0);
    const whole = expectFindingsLine(stdout.trimEnd(), await htmlToText(read(ARTICLE), 'file:///a.html'));
    expect(whole.map((f) => f.text)).toEqual(expect.arrayContaining(['so-called', '"reform"']));
    expect(whole.map((f) => f.text).slice(0, article.length)).toEqual(article.map((f) => f.text));
  });

  test('plain text is read whole either way', async () => {
    const plain = await quotelight(['scan', '--json', SANCTIONS]);
    const whole = await quotelight(['scan', '--json', '--whole-page', SANCTIONS]);
    expect(whole.stdout).toBe(plain.stdout);
  });
});

describe('unreadable inputs', () => {
  test('a page nested 20,000 elements deep exits 1 with a one-line reason, not a stack overflow', async () => {
    const deep = join(mkdtempSync(join(tmpdir(), 'quotelight-')), 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(20_000)}He said "no".${'</div>'.repeat(20_000)}</body></html>`);
    const { code, stdout, stderr } = await quotelight(['scan', '--json', deep]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`quotelight: cannot read ${deep}: its elements nest more than 5,000 levels deep, more than the HTML reader can hold\n`);
  });

  test('a missing file exits 1 naming it', async () => {
    const { code, stdout, stderr } = await quotelight(['scan', '--json', `${FIXTURES}/absent.txt`]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`quotelight: cannot read ${FIXTURES}/absent.txt: no such file\n`);
  });

  test('the other inputs are still scanned', async () => {
    const { code, stdout, stderr } = await quotelight(['scan', '--json', REUTERS, `${FIXTURES}/absent.txt`, SANCTIONS]);
    expect(code).toBe(1);
    expect(stderr).toBe(`quotelight: cannot read ${FIXTURES}/absent.txt: no such file\n`);
    const lines = stdout.trimEnd().split('\n');
    expectFindingsLine(lines[0], read(REUTERS), REUTERS);
    expectFindingsLine(lines[1], read(SANCTIONS), SANCTIONS);
  });
});

describe('URLs', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/page.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(read(PAGE));
      } else {
        response.writeHead(404, 'Not Found').end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a page is fetched and read like the HTML file', async () => {
    const { code, stdout } = await quotelight(['scan', '--json', `${base}/page.html`]);
    expect(code).toBe(0);
    expectFindingsLine(stdout.trimEnd(), await htmlToText(read(PAGE), `${base}/page.html`, { articleOnly: true }));
  });

  test('an HTTP error exits 1 naming the URL', async () => {
    const { code, stderr } = await quotelight(['scan', `${base}/gone.html`]);
    expect(code).toBe(1);
    expect(stderr).toBe(`quotelight: cannot fetch ${base}/gone.html: HTTP 404 Not Found\n`);
  });
});

describe('text output', () => {
  test('ends with the summary table, without colour when stdout is not a terminal', async () => {
    const { code, stdout } = await quotelight(['scan', REUTERS, SANCTIONS]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('\x1b[');
    expect(stdout).toContain(`==> ${REUTERS} <==\n`);
    const table = stdout.slice(stdout.lastIndexOf('\n\ninput') + 2).trimEnd().split('\n');
    expect(table.map((row) => row.split(/\s+/)[0])).toEqual(['input', REUTERS, SANCTIONS, 'total']);
  });
});
