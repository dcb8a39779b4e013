/** Web pages are read exactly as the extension reads them, so CLI and browser report the same offsets. */
import { extractPageText, findArticleRoot } from '../page/text-blocks';
import { declaredLanguage } from '../shared/declared-language';

export interface PageText {
  text: string;
  /** The language the page declares: `<html lang>`, else `<meta http-equiv="Content-Language">`. */
  lang?: string;
  /** A web page's `<title>`, for the Markdown report. */
  title?: string;
  /** Where the text was read from (a file: or http(s): URL), for the Markdown report; none for standard input. */
  url?: string;
}

export interface ReadOptions {
  /** Read only the page's main article, as the extension's "article text only" (the CLI's default); else all of it. */
  articleOnly?: boolean;
}

export async function htmlToText(html: string, url: string, options: ReadOptions = {}): Promise<string> {
  return (await htmlPage(html, url, options)).text;
}

export async function htmlPage(html: string, url: string, { articleOnly = false }: ReadOptions = {}): Promise<PageText> {
  // Loaded on first use: jsdom takes about a second to load, which plain-text scans should not pay.
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // jsdom's defaults run no scripts and load no subresources: a saved page cannot reach the network.
  // A console with no listener drops its complaints about the page's CSS, which say nothing about its text.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const lang = declaredLanguage(document);
    const within = articleOnly ? findArticleRoot(document) : null;
    const title = document.title.trim();
    return { text: extractPageText(document, { within }).text, url, ...(lang ? { lang } : {}), ...(title ? { title } : {}) };
  } finally {
    dom.window.close();
  }
}

/** Deeper than this, jsdom's recursive tree code overflows the stack (browsers flatten such pages). */
export const MAX_NESTING = 5_000;

const VOID_OR_SELF_CLOSING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'param', 'keygen', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'colgroup', 'tbody',
  'thead', 'tfoot', 'rb', 'rt', 'rp',
]);

/**
 * How deeply elements nest, estimated from the tags alone in one pass (elements whose end tag may be
 * left out are not counted), so that a page too deep for jsdom is refused before it is parsed.
 */
export function nestingDepth(html: string): number {
  const tags = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[3] || VOID_OR_SELF_CLOSING.has(match[2]!.toLowerCase())) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
