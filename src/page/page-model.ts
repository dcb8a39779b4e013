/**
 * The page as read and analysed: its blocks in document order and the findings pinned to them.
 *
 * A full scan reads and analyses everything, a slice at a time (see FullScan), finding what the
 * CLI finds analysing the page as one text. A rescan reads again only the
 * block-level elements that changed, keeps the findings of blocks whose text came back unchanged
 * (same ids, new DOM positions), and analyses only the changed blocks, each run of them with one
 * block of context on either side, since a neighbouring sentence can credit a quote.
 */
import { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE } from './markup-rules';
import { FullScan } from './full-scan';
import { analyzeBlocks, type AnalyzeText, type BlockSpan, type PlacedFinding } from './placed-findings';
import { blockOwnerOf, containsRendered, hasAncestorIn, isBlockBounded, renderedParent } from './rendered-tree';
import { extractPageText, type ExtractOptions, type TextBlock } from './text-blocks';

/** Old blocks `[from, to)` that reading `root` again replaces. */
interface Region {
  root: Element | Document;
  from: number;
  to: number;
}

export interface RescanResult {
  /** The plan's stale findings that survive, now pointing at the new blocks, and the new ones. */
  shown: PlacedFinding[];
  /** Those of `shown` whose text nodes and offsets did not change: ranges made before still fit. */
  inPlace: ReadonlySet<PlacedFinding>;
}

export interface RescanPlan {
  regions: Region[];
  /** Findings whose block, source block or a content block is about to be read again or is gone: hide them first. */
  stale: PlacedFinding[];
  /** Text nodes whose data was written: a live Range on them has collapsed, even where the text reads the same. */
  rewritten: ReadonlySet<Node>;
}

export class PageModel {
  private blocks: TextBlock[] = [];
  private readonly findingsByBlock = new Map<TextBlock, PlacedFinding[]>();
  private lastId = 0;
  private scan: FullScan | null = null;
  /** Findings placed by the running scan since `continueScan` last returned. */
  private placedByScan: PlacedFinding[] = [];
  /** `findings()`, kept until blocks or findings change: asked for after every change, and a page may have 100,000. */
  private ordered: readonly PlacedFinding[] | null = null;

  /** Each container's first and last block as read (possibly since replaced: check they are still in `blocks`). */
  private firstBlockOf = new WeakMap<Node, TextBlock>();
  private lastBlockOf = new WeakMap<Node, TextBlock>();
  /** Whether any shadow root was read: then the blocks' order is not the document's order. */
  private sawShadowRoot = false;

  constructor(
    private readonly analyze: AnalyzeText,
    private extractOptions: ExtractOptions = {},
  ) {
    const onShadowRoot = extractOptions.onShadowRoot;
    this.extractOptions = {
      ...extractOptions,
      onShadowRoot: (root) => {
        this.sawShadowRoot = true;
        onShadowRoot?.(root);
      },
    };
  }

  /** Read only inside `within` from the next full scan on (null: the whole page). */
  get within(): Element | null {
    return this.extractOptions.within ?? null;
  }

  setWithin(within: Element | null): void {
    this.extractOptions = { ...this.extractOptions, within };
  }

  /** All findings in document order. */
  findings(): readonly PlacedFinding[] {
    return (this.ordered ??= this.blocks.flatMap((block) => this.findingsByBlock.get(block) ?? []));
  }

  findingById(id: number): PlacedFinding | undefined {
    return this.findings().find((placed) => placed.id === id);
  }

  /** Read and analyse the whole document; returns every finding. */
  scanAll(document: Document): PlacedFinding[] {
    this.startScan(document);
    return this.continueScan(() => true);
  }

  /**
   * Start a full scan (forgetting what was read before), to be run by `continueScan`; blocks
   * `isOnScreen` accepts are analysed first.
   */
  startScan(document: Document, isOnScreen?: (block: TextBlock) => boolean): void {
    this.clear();
    this.scan = new FullScan(document, this.extractOptions, this.blocks, (from, to) => this.analyzeRun(from, to), isOnScreen);
  }

  /** Whether a full scan is under way: no rescan may run until it is done. */
  get scanning(): boolean {
    return this.scan !== null;
  }

  /** Go on with the full scan until `timeLeft` says stop or it is done; returns the findings it placed. */
  continueScan(timeLeft: () => boolean): PlacedFinding[] {
    this.scan?.continue(timeLeft);
    if (this.scan?.done) this.scan = null;
    const placed = this.placedByScan;
    this.placedByScan = [];
    return placed;
  }

  /** Forget everything (the page was paused); ids keep counting so old ones are never reused. */
  clear(): void {
    this.sawShadowRoot = false;
    this.firstBlockOf = new WeakMap();
    this.lastBlockOf = new WeakMap();
    this.scan = null;
    this.placedByScan = [];
    this.blocks = [];
    this.findingsByBlock.clear();
    this.ordered = null;
  }

  /**
   * Which blocks reading the given changed nodes again will replace. Blocks whose element left
   * the document are dropped here and now. Does not touch the DOM.
   */
  planRescan(changes: Iterable<Node>): RescanPlan {
    this.ordered = null;
    const changed = [...changes];
    const gone = new Set(this.blocks.filter((block) => !block.container.isConnected));
    if (gone.size > 0) this.blocks = this.blocks.filter((block) => !gone.has(block));

    const regions = this.regionsFor(changed);
    const touched = new Set(gone);
    for (const region of regions) {
      for (let i = region.from; i < region.to; i++) touched.add(this.blocks[i]!);
    }
    const stale: PlacedFinding[] = [];
    // Nothing read before is read again (blocks added between blocks): nothing goes stale.
    if (touched.size > 0) for (const [block, placed] of this.findingsByBlock) {
      for (const finding of placed) {
        if (touched.has(block) || (finding.source && touched.has(finding.source.block))
          || finding.content.some((span) => touched.has(span.block))) stale.push(finding);
      }
    }
    for (const block of gone) this.findingsByBlock.delete(block);
    return { regions, stale, rewritten: new Set(changed.filter((node) => node.nodeType === TEXT_NODE)) };
  }

  /** Read the plan's regions again and analyse what changed. */
  applyRescan(plan: RescanPlan): RescanResult {
    this.ordered = null;
    const renewed = new Map<TextBlock, TextBlock>();
    const changed = new Set<TextBlock>();
    const read = new Set<TextBlock>();
    // From the last region back, so the earlier regions' indices stay valid while splicing
    // (insertions at one index: the last in the document first, so they end up in order).
    for (const region of [...plan.regions].sort((a, b) => b.from - a.from || laterFirst(a.root, b.root))) {
      const fresh = extractPageText(region.root, this.extractOptions).blocks;
      // All the blocks of these containers are in the region: they are indexed anew.
      for (const block of fresh) this.firstBlockOf.delete(block.container);
      this.noteContainers(fresh);
      for (const block of fresh) read.add(block);
      const old = this.blocks.slice(region.from, region.to);
      matchUnchanged(old, fresh, renewed, changed);
      this.blocks.splice(region.from, region.to - region.from, ...fresh);
      for (const block of old) {
        const placed = this.findingsByBlock.get(block);
        this.findingsByBlock.delete(block);
        const successor = renewed.get(block);
        if (placed && successor) {
          for (const finding of placed) finding.span.block = successor;
          this.findingsByBlock.set(successor, placed);
        }
      }
    }
    const current = new Set(plan.stale.length > 0 ? this.blocks : []);
    const lostSource = new Set<PlacedFinding>();
    for (const finding of plan.stale) {
      // A content piece whose block changed is dropped, as a source is: its offsets may no longer fit.
      if (finding.content.length > 0) finding.content = finding.content.filter((span) => followBlock(span, current, renewed));
      const source = finding.source;
      if (!source || followBlock(source, current, renewed)) continue;
      finding.source = null;
      lostSource.add(finding);
    }
    const fresh = this.analyzeChanged(changed);
    this.index(fresh);
    const alive = plan.stale.filter((finding) => this.findingsByBlock.get(finding.span.block)?.includes(finding));
    const unmoved = new Set([...renewed]
      .filter(([old, successor]) => sameRuns(old, successor) && !successor.runs.some((run) => plan.rewritten.has(run.node)))
      .map(([, successor]) => successor));
    const fits = (block: TextBlock) => !read.has(block) || unmoved.has(block);
    const inPlace = new Set(alive.filter((finding) => fits(finding.span.block) && !lostSource.has(finding)
      && (!finding.source || fits(finding.source.block))));
    return { shown: [...alive, ...fresh], inPlace };
  }

  private regionsFor(changed: Iterable<Node>): Region[] {
    const regions: Region[] = [];
    const seen = new Set<Node>();
    const within = this.extractOptions.within;
    for (const node of changed) {
      if (!node.isConnected) continue;
      // Changes outside the article (ads, comments) cannot change what is read.
      if (within && !containsRendered(within, node) && !containsRendered(node, within)) continue;
      let owner = blockOwnerOf(node);
      if (!owner || seen.has(owner)) continue;
      seen.add(owner);
      const inserted = this.insertionOf(owner);
      if (inserted) {
        regions.push(inserted);
        continue;
      }
      let interval = this.intervalOf(owner);
      // An element that held no blocks yet gives no position for its new ones: widen to the
      // nearest block ancestor that has some (at worst the whole document).
      while (interval.from === interval.to && owner.nodeType !== DOCUMENT_NODE) {
        const parent = renderedParent(owner);
        owner = (parent && blockOwnerOf(parent)) ?? owner.ownerDocument!;
        interval = this.intervalOf(owner);
      }
      regions.push({ root: owner, ...interval });
    }
    // A region inside another is read with it; of regions with one root, the first stands. One
    // walk up from each root rather than a look at every pair: 50 appended paragraphs are 50 regions.
    const byRoot = new Map<Node, Region>();
    for (const region of regions) if (!byRoot.has(region.root)) byRoot.set(region.root, region);
    const roots = new Set(byRoot.keys());
    return [...byRoot.values()].filter((region) => !hasAncestorIn(region.root, roots));
  }

  /**
   * A block element added between blocks (see isBlockBounded) and not read yet: it is read alone,
   * its blocks going in right after those of the nearest sibling before it that has blocks (or
   * right before those of the nearest after it), found through `lastBlockOf`/`firstBlockOf`
   * rather than by comparing positions, which costs as much as the parent has children. Null when
   * that cannot be told this way: then it is read with its parent, as any other change is.
   */
  private insertionOf(owner: Element | Document): Region | null {
    if (this.sawShadowRoot || owner.nodeType !== ELEMENT_NODE || !isBlockBounded(owner as Element)) return null;
    // An element read before, or holding blocks read before (a wrapper of paragraphs), is not new.
    if (this.firstBlockOf.has(owner) || this.holdsReadBlocks(owner)) return null;
    let steps = 0;
    for (let before = owner.previousSibling; before && steps < MAX_SIBLING_STEPS; before = before.previousSibling, steps++) {
      const last = this.lastBlockOf.get(before);
      // A sibling whose blocks are nested deeper ("<blockquote><p>") gives no position this way.
      if (!last && this.holdsReadBlocks(before)) return null;
      if (!last) continue;
      const index = this.blocks.lastIndexOf(last);
      const next = this.blocks[index + 1];
      // Its last block must be the last one inside it (blocks nested deeper are not indexed by it).
      if (index < 0 || (next && containsRendered(before, next.container))) return null;
      return { root: owner as Element, from: index + 1, to: index + 1 };
    }
    steps = 0;
    for (let after = owner.nextSibling; after && steps < MAX_SIBLING_STEPS; after = after.nextSibling, steps++) {
      const first = this.firstBlockOf.get(after);
      if (!first && this.holdsReadBlocks(after)) return null;
      if (!first) continue;
      const index = this.blocks.indexOf(first);
      const previous = this.blocks[index - 1];
      if (index < 0 || (previous && containsRendered(after, previous.container))) return null;
      return { root: owner as Element, from: index, to: index };
    }
    return null;
  }

  /** Whether an element's descendants include the container of a block read before. */
  private holdsReadBlocks(node: Node): boolean {
    if (node.nodeType !== ELEMENT_NODE) return false;
    for (const element of (node as Element).getElementsByTagName('*')) if (this.firstBlockOf.has(element)) return true;
    return false;
  }

  /** Index blocks by their container, for `insertionOf`. */
  private noteContainers(blocks: readonly TextBlock[]): void {
    for (const block of blocks) {
      if (!this.firstBlockOf.has(block.container)) this.firstBlockOf.set(block.container, block);
      this.lastBlockOf.set(block.container, block);
    }
  }

  /** The contiguous run of blocks that `owner` holds (document order keeps a subtree's blocks together). */
  private intervalOf(owner: Element | Document): { from: number; to: number } {
    if (owner.nodeType === DOCUMENT_NODE) return { from: 0, to: this.blocks.length };
    const from = this.blocks.findIndex((block) => containsRendered(owner, block.container));
    if (from < 0) return { from: 0, to: 0 };
    let to = from + 1;
    while (to < this.blocks.length && containsRendered(owner, this.blocks[to]!.container)) to++;
    return { from, to };
  }

  /** Analyse blocks `[from, to)` with one neighbour block on each side as context. */
  private analyzeRun(from: number, to: number): void {
    this.noteContainers(this.blocks.slice(from, to));
    const targets = new Set(this.blocks.slice(from, to));
    const context = this.blocks.slice(Math.max(from - 1, 0), Math.min(to + 1, this.blocks.length));
    const placed = analyzeBlocks(context, this.analyze, (block) => targets.has(block), () => ++this.lastId);
    this.index(placed);
    this.placedByScan.push(...placed);
  }

  /** Analyse each run of consecutive changed blocks with one neighbour block on each side as context. */
  private analyzeChanged(changed: ReadonlySet<TextBlock>): PlacedFinding[] {
    const fresh: PlacedFinding[] = [];
    let i = 0;
    while (i < this.blocks.length) {
      if (!changed.has(this.blocks[i]!)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < this.blocks.length && changed.has(this.blocks[end]!)) end++;
      const context = this.blocks.slice(Math.max(i - 1, 0), Math.min(end + 1, this.blocks.length));
      fresh.push(...analyzeBlocks(context, this.analyze, (block) => changed.has(block), () => ++this.lastId));
      i = end;
    }
    return fresh;
  }

  private index(placed: readonly PlacedFinding[]): void {
    this.ordered = null;
    const touched = new Set<PlacedFinding[]>();
    for (const finding of placed) {
      let list = this.findingsByBlock.get(finding.span.block);
      if (!list) this.findingsByBlock.set(finding.span.block, list = []);
      list.push(finding);
      touched.add(list);
    }
    for (const list of touched) list.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  }
}

/** Siblings looked through for one with blocks; beyond, an insertion is read with its parent. */
const MAX_SIBLING_STEPS = 1000;

const FOLLOWING = 4;

/**
 * Sort order of two regions at one index: the later in the document first. Siblings (new
 * paragraphs side by side) by walking between them, since comparing positions costs as much as
 * their parent has children.
 */
function laterFirst(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.parentNode && a.parentNode === b.parentNode) {
    let steps = 0;
    for (let node = a.nextSibling; node && steps < MAX_SIBLING_STEPS; node = node.nextSibling, steps++) if (node === b) return 1;
    steps = 0;
    for (let node = b.nextSibling; node && steps < MAX_SIBLING_STEPS; node = node.nextSibling, steps++) if (node === a) return -1;
  }
  return a.compareDocumentPosition(b) & FOLLOWING ? 1 : -1;
}

/**
 * Pair old and fresh blocks with the same text at the start and the end of a region (what an
 * append, a prepend or an edit in the middle leaves alone); the fresh blocks in between changed.
 */
function matchUnchanged(old: readonly TextBlock[], fresh: readonly TextBlock[], renewed: Map<TextBlock, TextBlock>, changed: Set<TextBlock>): void {
  let head = 0;
  while (head < old.length && head < fresh.length && old[head]!.text === fresh[head]!.text) {
    renewed.set(old[head]!, fresh[head]!);
    head++;
  }
  let tail = 0;
  while (tail < old.length - head && tail < fresh.length - head
    && old[old.length - 1 - tail]!.text === fresh[fresh.length - 1 - tail]!.text) {
    renewed.set(old[old.length - 1 - tail]!, fresh[fresh.length - 1 - tail]!);
    tail++;
  }
  for (let i = head; i < fresh.length - tail; i++) changed.add(fresh[i]!);
}

/** Points a span at its block's successor when it was read again unchanged; false when its block is gone or changed. */
function followBlock(span: BlockSpan, current: ReadonlySet<TextBlock>, renewed: ReadonlyMap<TextBlock, TextBlock>): boolean {
  if (current.has(span.block)) return true;
  const successor = renewed.get(span.block);
  if (successor) span.block = successor;
  return successor !== undefined;
}

/** Whether two readings of a block map onto the very same Text nodes and offsets. */
function sameRuns(a: TextBlock, b: TextBlock): boolean {
  if (a.runs.length !== b.runs.length) return false;
  return a.runs.every((run, i) => {
    const other = b.runs[i]!;
    return run.node === other.node && run.nodeOffset === other.nodeOffset && run.length === other.length && run.blockOffset === other.blockOffset;
  });
}
