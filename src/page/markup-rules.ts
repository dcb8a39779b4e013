/**
 * What the page reader skips and where it cuts blocks, decided by markup alone (tag names and
 * attributes, never computed style) so the CLI under jsdom and the browser read the same text
 * (issue 3, "The test contract").
 */

/** Marks Quotelight's own elements (tooltip host), which are never read as page text. */
export const UI_ATTRIBUTE = 'data-quotelight-ui';

/**
 * Content never read: issue 3's list, plus elements browsers never render as text
 * (head, title, noembed, noframes, media fallback content).
 */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas',
  'head', 'title', 'noembed', 'noframes', 'audio', 'video',
]);

/** Elements that start and end a text block; everything else flows inline into its block. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing',
  'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

/** `display: none` in an inline style attribute (the only style the CLI can see too). */
const INLINE_DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)/i;

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/** Whether this element's own markup hides it from reading (its ancestors are not checked). */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.hasAttribute(UI_ATTRIBUTE)) return true;
  if (isEditable(element.getAttribute('contenteditable'))) return true;
  const ariaHidden = element.getAttribute('aria-hidden');
  if (ariaHidden !== null && ariaHidden.trim().toLowerCase() === 'true') return true;
  return isDisplayNoneStyle(element.getAttribute('style'));
}

/** Whether an inline `style` attribute value hides its element. */
export function isDisplayNoneStyle(style: string | null): boolean {
  return style !== null && INLINE_DISPLAY_NONE.test(style);
}

/** `contenteditable` with any value but "false" makes an editor ("inherit" defers to ancestors, which are checked too). */
function isEditable(value: string | null): boolean {
  if (value === null) return false;
  const normalized = value.trim().toLowerCase();
  return normalized !== 'false' && normalized !== 'inherit';
}

/** Node type numbers as constants: the `Node` global does not exist in Node.js, where the CLI runs this. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;
