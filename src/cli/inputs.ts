/** Turning a command-line input (a path, `-`, a URL) into the plain text the analyzer reads. */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlPage, MAX_NESTING, nestingDepth, type PageText, type ReadOptions } from './html-text';

/** An input as a worker can receive it: standard input is read by the main thread beforehand. */
export type InputRef =
  | { type: 'text'; name: string; text: string }
  | { type: 'file'; name: string }
  | { type: 'url'; name: string };

export class UnreadableInputError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm']);
/** A server that never answers must not hang a scan of many URLs. */
const FETCH_TIMEOUT_MS = 30_000;

/** `stdin` is what standard input held, read once even when `-` is given twice. */
export function inputRef(arg: string, stdin: string): InputRef {
  if (arg === '-') return { type: 'text', name: '-', text: stdin };
  if (/^https?:\/\//i.test(arg)) return { type: 'url', name: arg };
  return { type: 'file', name: arg };
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The text to analyse, with a web page's declared language; throws UnreadableInputError with a one-line reason naming the input. */
export async function loadInput(ref: InputRef, options: ReadOptions = {}): Promise<PageText> {
  switch (ref.type) {
    case 'text':
      return { text: ref.text };
    case 'file':
      return loadFile(ref.name, options);
    case 'url':
      return loadUrl(ref.name, options);
  }
}

async function loadFile(path: string, options: ReadOptions): Promise<PageText> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new UnreadableInputError(`cannot read ${path}: ${fileErrorReason(error)}`);
  }
  const url = pathToFileURL(resolve(path)).href;
  if (!HTML_EXTENSIONS.has(extname(path).toLowerCase())) return { text: content, url };
  checkNesting(path, content);
  return htmlPage(content, url, options);
}

async function loadUrl(url: string, options: ReadOptions): Promise<PageText> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    body = await response.text();
  } catch (error) {
    // undici reports network failures as "fetch failed" and keeps the useful part in `cause`.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new UnreadableInputError(`cannot fetch ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  if (!response.ok) throw new UnreadableInputError(`cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`.trimEnd());
  checkNesting(url, body);
  const page = await htmlPage(body, response.url || url, options);
  // A Content-Language header stands for the page's language when its markup declares none.
  const header = response.headers.get('content-language')?.split(',')[0]?.trim();
  return page.lang || !header ? page : { ...page, lang: header };
}

function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function checkNesting(name: string, html: string): void {
  if (nestingDepth(html) > MAX_NESTING) {
    throw new UnreadableInputError(`cannot read ${name}: its elements nest more than ${MAX_NESTING.toLocaleString('en')} levels deep, more than the HTML reader can hold`);
  }
}
