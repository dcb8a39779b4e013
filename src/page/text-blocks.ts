/**
 * Reads a page as the analyzer sees it: block-level elements cut the text into blocks, each block
 * joins its text nodes (so a finding can cross <em>, <a>, <span>) with whitespace collapsed as the
 * browser renders it, and keeps a map from every block offset back to a Text node position
 * (mark.js's offset-map idea, with exclusions checked on all ancestors and no recursion).
 *
 * The CLI runs this under jsdom and the content script in the browser; both must produce the same
 * text for the same static HTML, so nothing here looks at computed style or browser-only APIs.
 */
import {
  CDATA_SECTION_NODE, DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, isBlockElement, isSkippedElement,
} from './markup-rules';
import { containsRendered, isInsideSkipped, renderedParent } from './rendered-tree';

/** Characters of `length` in a block that are, one for one, the characters of `node` from `nodeOffset`. */
export interface TextRun {
  blockOffset: number;
  length: number;
  node: Text;
  nodeOffset: number;
}

export interface TextBlock {
  /** The block-level element (or the extraction root) whose inline content this is. */
  container: Node;
  /** Offset of the block's first character in `PageText.text`. */
  start: number;
  text: string;
  /** In block order; characters no run covers are line breaks made from `<br>`. */
  runs: TextRun[];
}

export interface PageText {
  /** The blocks' texts joined by BLOCK_SEPARATOR. */
  text: string;
  blocks: TextBlock[];
}

/** A DOM range as boundary points in Text nodes, ready for `Range.setStart`/`setEnd`. */
export interface TextRange {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface ExtractOptions {
  /** Called for each open shadow root read, so a caller can watch it for changes. */
  onShadowRoot?: (shadowRoot: ShadowRoot) => void;
  /**
   * Read only blocks inside this element ("article text only", see `findArticleRoot`); null or
   * absent reads the whole page.
   */
  within?: Element | null;
}

/** A blank line between blocks, so the analyzer sees each block as its own paragraph. */
export const BLOCK_SEPARATOR = '\n\n';

/** Read `root` (a document, an element or a shadow root) into blocks; nothing under a skipped ancestor is read. */
export function extractPageText(root: Document | Element | ShadowRoot, options: ExtractOptions = {}): PageText {
  let blocks = readBlocks(root, options);
  const within = options.within;
  if (within) blocks = blocks.filter((block) => containsRendered(within, block.container));
  return joinBlocks(blocks);
}

/** Below this many characters of paragraph text, a candidate is a teaser, not the article. */
const MIN_ARTICLE_CHARS = 200;

/**
 * Of several articles, one holding more than this share of their paragraph text is the article
 * (the others are teasers, cards, related stories); when none does, they are posts or briefs.
 */
const MOST = 0.5;

/** The container of several articles is the smallest element holding at least this share of their text. */
const NEARLY_ALL = 0.75;

/**
 * Paragraph text under `root` (`root` included), by markup alone (skipped paragraphs do not count),
 * counted only up to `enough`: a 5 MB article's paragraphs take 100 ms to read, and a lone article
 * needs only enough text to be chosen.
 */
function paragraphChars(root: Element, enough = Infinity): number {
  let total = 0;
  const paragraphs = root.localName === 'p' ? [root, ...root.querySelectorAll('p')] : root.querySelectorAll('p');
  for (const p of paragraphs) {
    if (total >= enough) break;
    if (!isInsideSkipped(p)) total += (p.textContent ?? '').trim().length;
  }
  return total;
}

/**
 * The main article of a page, for "article text only", decided by markup alone, so the CLI
 * (`extractPageText(document, { within: findArticleRoot(document) })`) and the browser choose the
 * same element:
 *
 * 1. The `<article>` elements, each with its paragraph text; an article inside another counts as
 *    part of it (a live blog's posts in the blog's article, comments in a post, cards in a story).
 *    A lone article with enough text is the article.
 * 2. Of several, the one holding most (over half) of their text is the article: a story beside
 *    teaser cards and related stories.
 * 3. When none does, they are a live blog's posts or a section page's briefs, and the article is
 *    their container, the smallest element holding nearly all (three quarters) of their text, so
 *    every post is read, unless a run of paragraphs outside it holds more text than its articles
 *    (a story not marked up as an article, beside teaser cards).
 * 4. Else `<main>` (or `[role=main]`), else the element holding the largest cluster of paragraph
 *    text (the parent whose `<p>` children hold the most characters, the core of Readability's
 *    scoring).
 *
 * Null when none holds enough text: then the whole page is read.
 */
export function findArticleRoot(document: Document): Element | null {
  const articles = outermostArticles(document);
  // A lone article needs only enough text, however long it is: a 5 MB article is not read whole.
  if (articles.length === 1 && paragraphChars(articles[0]!, MIN_ARTICLE_CHARS) >= MIN_ARTICLE_CHARS) return articles[0]!;
  let census: ParagraphCensus | null = null;
  if (articles.length > 1) {
    census = paragraphCensus(document);
    const chosen = articleAmong(articles, census);
    if (chosen) return chosen;
  }
  const main = document.querySelector('main, [role="main"]');
  if (main && !isInsideSkipped(main) && paragraphChars(main, MIN_ARTICLE_CHARS) >= MIN_ARTICLE_CHARS) return main;
  const cluster = (census ?? paragraphCensus(document)).largestCluster;
  return cluster && cluster.chars >= MIN_ARTICLE_CHARS && cluster.parent.localName !== 'body' ? cluster.parent : null;
}

/** The `<article>` elements read (not skipped) that are inside no other article, in document order. */
function outermostArticles(document: Document): Element[] {
  const articles: Element[] = [];
  for (const article of document.querySelectorAll('article')) {
    // In document order an enclosing article comes first; a skipped one is not kept, and its
    // articles are skipped with it.
    const last = articles[articles.length - 1];
    if (last && last.contains(article)) continue;
    if (!isInsideSkipped(article)) articles.push(article);
  }
  return articles;
}

/** The page's paragraph text (read paragraphs only), counted once for every question asked of it. */
interface ParagraphCensus {
  /** Per outermost article: the characters of its paragraphs. */
  byArticle: Map<Element, number>;
  /** The parent whose `<p>` children hold the most characters, and how many. */
  largestCluster: { parent: Element; chars: number } | null;
}

/** One pass over the page's paragraphs, each looked up to the root once (it is read, and in which article). */
function paragraphCensus(document: Document): ParagraphCensus {
  const byArticle = new Map<Element, number>();
  const byParent = new Map<Element, number>();
  paragraphs: for (const p of document.querySelectorAll('p')) {
    let article: Element | null = null;
    for (let current: Node | null = p; current; current = renderedParent(current)) {
      if (current.nodeType !== ELEMENT_NODE) continue;
      const element = current as Element;
      if (isSkippedElement(element)) continue paragraphs;
      if (element.localName === 'article') article = element;
    }
    const chars = (p.textContent ?? '').trim().length;
    if (article) byArticle.set(article, (byArticle.get(article) ?? 0) + chars);
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + chars);
  }
  let largestCluster: ParagraphCensus['largestCluster'] = null;
  for (const [parent, chars] of byParent) if (!largestCluster || chars > largestCluster.chars) largestCluster = { parent, chars };
  return { byArticle, largestCluster };
}

/** Steps 2 and 3 of `findArticleRoot` for several outermost articles: the article, their container, or null. */
function articleAmong(articles: readonly Element[], census: ParagraphCensus): Element | null {
  const chars = articles.map((article) => census.byArticle.get(article) ?? 0);
  const total = chars.reduce((sum, n) => sum + n, 0);
  if (total < MIN_ARTICLE_CHARS) return null;
  let best = 0;
  for (let i = 1; i < chars.length; i++) if (chars[i]! > chars[best]!) best = i;
  if (chars[best]! > total * MOST) return chars[best]! >= MIN_ARTICLE_CHARS ? articles[best]! : null;
  const container = smallestHolding(articles, chars, total * NEARLY_ALL);
  if (!container) return null;
  const cluster = census.largestCluster;
  // A story not marked up as an article, beside teaser cards that are.
  if (cluster && cluster.chars > container.chars && !container.element.contains(cluster.parent)) return null;
  return container.element;
}

/**
 * The deepest element holding articles with at least `share` characters between them, and how
 * many they hold. Each article's characters are added to its ancestors, each ancestor reached
 * once: the articles' ancestors are walked as one tree, children before parents.
 */
function smallestHolding(articles: readonly Element[], chars: readonly number[], share: number): { element: Element; chars: number } | null {
  const held = new Map<Element, number>();
  const parentOf = new Map<Element, Element | null>();
  /** Every element met, each after the ones above it: parents before children. */
  const topDown: Element[] = [];
  for (let i = 0; i < articles.length; i++) {
    if (chars[i] === 0) continue;
    const article = articles[i]!;
    held.set(article, chars[i]!);
    const walk: Element[] = [];
    for (let element: Element | null = article; element && !parentOf.has(element); element = element.parentElement) {
      parentOf.set(element, element.parentElement);
      walk.push(element);
    }
    for (let k = walk.length - 1; k >= 0; k--) topDown.push(walk[k]!);
  }
  for (let k = topDown.length - 1; k >= 0; k--) {
    const element = topDown[k]!;
    const parent = parentOf.get(element);
    if (parent) held.set(parent, (held.get(parent) ?? 0) + (held.get(element) ?? 0));
  }
  // The elements holding enough form one line from the root down (two side by side would hold
  // more than all there is): the deepest is the last of them met top-down.
  let deepest: Element | null = null;
  for (const element of topDown) if ((held.get(element) ?? 0) >= share) deepest = element;
  return deepest && { element: deepest, chars: held.get(deepest) ?? 0 };
}

/** Lay blocks out one after another with BLOCK_SEPARATOR, setting each block's `start`. */
function joinBlocks(blocks: TextBlock[]): PageText {
  let offset = 0;
  for (const block of blocks) {
    block.start = offset;
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blocks };
}

/** Marks the end of a block element on the traversal stack. */
const LEAVE_BLOCK = Symbol('leave block');

/** How many stack entries are read between two looks at the clock. */
const ENTRIES_PER_CLOCK_CHECK = 256;

/**
 * Reads `root` into blocks a slice at a time: `read` stops when `timeLeft` says so and takes up
 * where it stopped at the next call, so a huge page is read across several short tasks. Blocks
 * come out in document order, each complete (its block element left) when it is added.
 *
 * Depth-first over the rendered tree with an explicit stack (pages nest 20,000 deep): open shadow
 * roots replace their host's children, slots stand for their assigned nodes. Nodes the page adds
 * to a part already read are not seen; the caller's mutation observer has them.
 */
export class BlockReader {
  readonly blocks: TextBlock[] = [];
  private readonly builder: BlockBuilder;
  private readonly stack: Array<Node | typeof LEAVE_BLOCK>;
  private finished = false;

  constructor(private readonly root: Document | Element | ShadowRoot, private readonly options: ExtractOptions = {}) {
    this.builder = new BlockBuilder(root, this.blocks);
    this.stack = root.nodeType === DOCUMENT_NODE || !isInsideSkipped(root) ? [root] : [];
  }

  get done(): boolean {
    return this.finished;
  }

  /** Read on until the end or until `timeLeft` returns false; returns whether the end was reached. */
  read(timeLeft: () => boolean = () => true): boolean {
    const { builder, stack, root, options } = this;
    let untilCheck = ENTRIES_PER_CLOCK_CHECK;
    while (stack.length > 0) {
      if (--untilCheck === 0) {
        if (!timeLeft()) return false;
        untilCheck = ENTRIES_PER_CLOCK_CHECK;
      }
      const entry = stack.pop()!;
      if (entry === LEAVE_BLOCK) {
        builder.leaveBlock();
        continue;
      }
      const type = entry.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        builder.addText(entry as Text);
        continue;
      }
      if (type === ELEMENT_NODE) {
        const element = entry as Element;
        if (element.localName === 'br') {
          builder.addLineBreak();
          continue;
        }
        const block = isBlockElement(element);
        // A skipped block element (pre, a hidden div) still separates the text around it.
        if (block) builder.enterBlock(element);
        if (isSkippedElement(element)) {
          if (block) builder.leaveBlock();
          continue;
        }
        if (block) stack.push(LEAVE_BLOCK);
        pushRenderedChildren(element, stack, options);
        continue;
      }
      // Document and shadow root: their children; comments, doctypes and the rest hold no text.
      if (entry === root) pushChildren(entry, stack);
    }
    if (!this.finished) builder.leaveBlock();
    this.finished = true;
    return true;
  }
}

function readBlocks(root: Document | Element | ShadowRoot, options: ExtractOptions): TextBlock[] {
  const reader = new BlockReader(root, options);
  reader.read();
  return reader.blocks;
}

/** Push in reverse so they pop in document order. */
function pushChildren(parent: Node, stack: Array<Node | typeof LEAVE_BLOCK>): void {
  for (let child = parent.lastChild; child; child = child.previousSibling) stack.push(child);
}

function pushRenderedChildren(element: Element, stack: Array<Node | typeof LEAVE_BLOCK>, options: ExtractOptions): void {
  const shadow = element.shadowRoot;
  if (shadow) {
    options.onShadowRoot?.(shadow);
    pushChildren(shadow, stack);
    return;
  }
  if (element.localName === 'slot' && typeof (element as HTMLSlotElement).assignedNodes === 'function') {
    const assigned = (element as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) {
      for (let i = assigned.length - 1; i >= 0; i--) stack.push(assigned[i]!);
      return;
    }
  }
  pushChildren(element, stack);
}

/** CSS collapsible white space: space, tab, segment breaks (not NBSP or other Unicode spaces). */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/**
 * Builds one block at a time. White space is held back until the next visible character, so runs
 * collapse to one space and nothing is left at the block's edges or around a line break.
 */
class BlockBuilder {
  /** Containers of the blocks being read, innermost last: text after a nested block goes back to its parent's. */
  private readonly containers: Node[];
  private chunks: string[] = [];
  private runs: TextRun[] = [];
  /** Length of the block so far, including the slice not yet copied. */
  private length = 0;
  /** A source slice not yet copied into `chunks`, extended while the text stays contiguous. */
  private sliceNode: Text | null = null;
  private sliceStart = 0;
  private sliceEnd = 0;
  /** The first white-space character of a run waiting to become one space. */
  private spaceNode: Text | null = null;
  private spaceOffset = 0;
  private pendingBreaks = 0;

  constructor(root: Node, private readonly blocks: TextBlock[]) {
    this.containers = [root];
  }

  enterBlock(element: Element): void {
    this.finishBlock();
    this.containers.push(element);
  }

  leaveBlock(): void {
    this.finishBlock();
    if (this.containers.length > 1) this.containers.pop();
  }

  addLineBreak(): void {
    this.spaceNode = null;
    if (this.length > 0) this.pendingBreaks++;
  }

  addText(node: Text): void {
    const data = node.data;
    const end = data.length;
    let i = 0;
    while (i < end) {
      let j = i;
      while (j < end && isCollapsible(data.charCodeAt(j))) j++;
      if (j > i) {
        if (this.length > 0 && this.pendingBreaks === 0 && this.spaceNode === null) {
          this.spaceNode = node;
          this.spaceOffset = i;
        }
        i = j;
      }
      while (j < end && !isCollapsible(data.charCodeAt(j))) j++;
      if (j > i) {
        this.emitHeldWhiteSpace();
        this.emitSource(node, i, j);
        i = j;
      }
    }
  }

  private emitHeldWhiteSpace(): void {
    if (this.pendingBreaks > 0) {
      this.emitLiteral('\n'.repeat(this.pendingBreaks));
    } else if (this.spaceNode !== null) {
      const node = this.spaceNode;
      const offset = this.spaceOffset;
      if (node.data.charCodeAt(offset) === 0x20) {
        this.emitSource(node, offset, offset + 1);
      } else {
        this.addRun(node, offset, 1);
        this.emitLiteral(' ');
      }
    }
    this.pendingBreaks = 0;
    this.spaceNode = null;
  }

  /** Characters copied as they are from `node`. */
  private emitSource(node: Text, start: number, end: number): void {
    this.addRun(node, start, end - start);
    if (this.sliceNode === node && this.sliceEnd === start) {
      this.sliceEnd = end;
    } else {
      this.copySlice();
      this.sliceNode = node;
      this.sliceStart = start;
      this.sliceEnd = end;
    }
    this.length += end - start;
  }

  /** Characters that differ from the source (a collapsed space, line breaks); the caller maps them. */
  private emitLiteral(text: string): void {
    this.copySlice();
    this.chunks.push(text);
    this.length += text.length;
  }

  /** Map the next `length` block characters (from the current end) to `node` from `nodeOffset`. */
  private addRun(node: Text, nodeOffset: number, length: number): void {
    const blockOffset = this.length;
    const last = this.runs[this.runs.length - 1];
    if (last && last.node === node && last.nodeOffset + last.length === nodeOffset && last.blockOffset + last.length === blockOffset) {
      last.length += length;
    } else {
      this.runs.push({ blockOffset, length, node, nodeOffset });
    }
  }

  private copySlice(): void {
    if (this.sliceNode === null) return;
    this.chunks.push(this.sliceNode.data.slice(this.sliceStart, this.sliceEnd));
    this.sliceNode = null;
  }

  private finishBlock(): void {
    this.copySlice();
    const text = this.chunks.join('');
    // Text of only non-collapsible spaces (a `<p>&nbsp;</p>` spacer) is still an empty block.
    if (text.trim() !== '') {
      this.blocks.push({ container: this.containers[this.containers.length - 1]!, start: 0, text, runs: this.runs });
    }
    this.chunks = [];
    this.runs = [];
    this.length = 0;
    this.spaceNode = null;
    this.pendingBreaks = 0;
  }
}

/**
 * The Text-node positions of `[start, end)` in the page text. A range never crosses a block: it is
 * clipped to the block `start` falls in (or the next one, if `start` is in a separator). Null when
 * nothing readable is left.
 */
export function rangeFor(page: PageText, start: number, end: number): TextRange | null {
  const blockIndex = lastIndexAtOrBefore(page.blocks, start, (block) => block.start);
  let block = page.blocks[Math.max(blockIndex, 0)];
  if (!block) return null;
  if (start >= block.start + block.text.length) {
    block = page.blocks[blockIndex + 1];
    if (!block) return null;
  }
  return blockRange(block, start - block.start, end - block.start);
}

/**
 * The Text-node positions of `[start, end)` in one block's text, clipped to the block. Line breaks
 * from `<br>` at either edge are left out, since they have no Text node. Null when nothing
 * readable is left.
 */
export function blockRange(block: TextBlock, start: number, end: number): TextRange | null {
  const localStart = Math.max(start, 0);
  const localEnd = Math.min(end, block.text.length);
  if (localStart >= localEnd) return null;
  const runs = block.runs;
  // The run holding localStart, or the first run after it when localStart is on a line break.
  let first = lastIndexAtOrBefore(runs, localStart, (run) => run.blockOffset);
  if (first < 0 || localStart >= runs[first]!.blockOffset + runs[first]!.length) first++;
  // The run holding localEnd - 1, or the last run before it.
  const last = lastIndexAtOrBefore(runs, localEnd - 1, (run) => run.blockOffset);
  const startRun = runs[first];
  const endRun = runs[last];
  if (!startRun || !endRun || first > last) return null;
  return {
    startNode: startRun.node,
    startOffset: startRun.nodeOffset + Math.max(localStart - startRun.blockOffset, 0),
    endNode: endRun.node,
    endOffset: endRun.nodeOffset + Math.min(localEnd - endRun.blockOffset, endRun.length),
  };
}

/** Binary search: the last index whose key is <= `target` in ascending `items`, or -1. */
export function lastIndexAtOrBefore<T>(items: readonly T[], target: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle]!) <= target) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
