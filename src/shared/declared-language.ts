/**
 * The language a page declares: `<html lang>`, else a `<meta http-equiv="Content-Language">`
 * element; empty when it declares none. The content script and the CLI (src/cli/html-text.ts) read
 * a page's language hint the same way, so both hand the analyzer the same hint.
 */
export function declaredLanguage(document: Document): string {
  return document.documentElement.lang
    || document.querySelector('meta[http-equiv="Content-Language" i]')?.getAttribute('content') || '';
}
