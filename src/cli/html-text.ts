/** Web pages are read exactly as the extension reads them, so CLI and browser report the same offsets. */
import { extractPageText } from '../page/text-blocks';

export async function htmlToText(html: string, url: string): Promise<string> {
  // Loaded on first use: jsdom takes about a second to load, which plain-text scans should not pay.
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // jsdom's defaults run no scripts and load no subresources: a saved page cannot reach the network.
  // A console with no listener drops its complaints about the page's CSS, which say nothing about its text.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extractPageText(dom.window.document).text;
  } finally {
    dom.window.close();
  }
}
