/**
 * The page as read and analysed: its blocks in document order, cut into analysis runs
 * (analysis-runs.ts), and the findings pinned to them.
 *
 * A full scan reads and analyses everything, a run at a time (see FullScan). A rescan reads again
 * only the block-level elements that changed, keeps the blocks whose text came back unchanged
 * (same findings and ids, new DOM positions), cuts the runs near the changes again and analyses
 * again the runs whose text or context changed: every block's findings are then those a full
 * scan of the page as it is now gives.
 */
import { endsRun } from './analysis-runs';
import { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE } from './markup-rules';
import { FullScan } from './full-scan';
import { analyzeBlocks, type AnalyzeText, type BlockSpan, type PlacedFinding } from './placed-findings';
import { blockOwnerOf, containsRendered, hasAncestorIn, isBlockBounded, renderedParent } from './rendered-tree';
import { extractPageText, lastIndexAtOrBefore, type ExtractOptions, type TextBlock } from './text-blocks';

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
  /** Findings not in the plan's `stale` that analysing their run again replaced: hide them too. */
  dropped: PlacedFinding[];
}

export interface RescanPlan {
  regions: Region[];
  /** Findings whose block, source block or a content block is about to be read again or is gone: hide them first. */
  stale: PlacedFinding[];
  /** Text nodes whose data was written: a live Range on them has collapsed, even where the text reads the same. */
  rewritten: ReadonlySet<Node>;
  /** The blocks either side of blocks dropped as gone: their runs lost text. */
  seams: TextBlock[];
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
  /** The first block of each analysis run, as the findings were last analysed. */
  private runStarts = new Set<TextBlock>();

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
    this.runStarts = new Set();
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
    const seams: TextBlock[] = [];
    if (gone.size > 0) {
      this.blocks.forEach((block, i) => {
        const before = this.blocks[i - 1];
        const after = this.blocks[i + 1];
        if (!gone.has(block) && ((before && gone.has(before)) || (after && gone.has(after)))) seams.push(block);
      });
      this.blocks = this.blocks.filter((block) => !gone.has(block));
      for (const block of gone) this.runStarts.delete(block);
    }

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
    return { regions, stale, rewritten: new Set(changed.filter((node) => node.nodeType === TEXT_NODE)), seams };
  }

  /** Read the plan's regions again and analyse again the runs whose text changed. */
  applyRescan(plan: RescanPlan): RescanResult {
    this.ordered = null;
    const renewed = new Map<TextBlock, TextBlock>();
    /** Blocks read with new text, and blocks beside ones that went: the runs around them changed. */
    const dirty = new Set<TextBlock>(plan.seams);
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
      const { head, tail } = matchUnchanged(old, fresh, renewed, dirty);
      this.blocks.splice(region.from, region.to - region.from, ...fresh);
      if (head + tail === fresh.length && head + tail < old.length) {
        // Blocks went from between two that stayed (or the region's neighbours).
        const before = this.blocks[region.from + head - 1];
        const after = this.blocks[region.from + head];
        if (before) dirty.add(before);
        if (after) dirty.add(after);
      }
      for (const block of old) {
        const placed = this.findingsByBlock.get(block);
        this.findingsByBlock.delete(block);
        const successor = renewed.get(block);
        if (this.runStarts.delete(block) && successor) this.runStarts.add(successor);
        if (placed && successor) {
          for (const finding of placed) finding.span.block = successor;
          this.findingsByBlock.set(successor, placed);
        }
      }
    }
    for (const finding of plan.stale) {
      // Spans in blocks read again unchanged follow them; those in changed blocks go with their run's new analysis.
      for (const span of finding.content) span.block = renewed.get(span.block) ?? span.block;
      if (finding.source) finding.source.block = renewed.get(finding.source.block) ?? finding.source.block;
    }
    const kept = new Set(plan.stale);
    const { fresh, replaced } = this.analyzeRunsAround(dirty, renewed);
    const dropped = replaced.filter((finding) => !kept.has(finding));
    const alive = plan.stale.filter((finding) => this.findingsByBlock.get(finding.span.block)?.includes(finding));
    const unmoved = new Set([...renewed]
      .filter(([old, successor]) => sameRuns(old, successor) && !successor.runs.some((run) => plan.rewritten.has(run.node)))
      .map(([, successor]) => successor));
    const fits = (block: TextBlock) => !read.has(block) || unmoved.has(block);
    const inPlace = new Set(alive.filter((finding) => fits(finding.span.block)
      && (!finding.source || fits(finding.source.block))));
    return { shown: [...alive, ...fresh], inPlace, dropped };
  }

  /**
   * Cut the runs around the dirty blocks again and analyse again each run whose blocks or context
   * changed: from the run before a dirty block on, until a cut falls where one fell before past
   * it (the runs after it are then cut as before). Returns the new findings and the old ones they
   * replaced; a finding found again as it was stays, with its id (and its ranges, when its block
   * was not read again).
   */
  private analyzeRunsAround(dirtyBlocks: ReadonlySet<TextBlock>, renewed: ReadonlyMap<TextBlock, TextBlock>): { fresh: PlacedFinding[]; replaced: PlacedFinding[] } {
    const fresh: PlacedFinding[] = [];
    const replaced: PlacedFinding[] = [];
    const dirtySet = new Set([...dirtyBlocks].map((block) => renewed.get(block) ?? block));
    const dirty: number[] = [];
    if (dirtySet.size > 0) this.blocks.forEach((block, i) => dirtySet.has(block) && dirty.push(i));
    const count = this.blocks.length;
    const dirtyIn = (low: number, high: number) => {
      const at = lastIndexAtOrBefore(dirty, low - 1, (index) => index) + 1;
      return at < dirty.length && dirty[at]! <= high;
    };
    let next = 0;
    while (next < dirty.length) {
      let from = this.runStartAtOrBefore(Math.max(dirty[next]! - 1, 0));
      for (;;) {
        let moved = !this.runStarts.has(this.blocks[from]!);
        this.runStarts.add(this.blocks[from]!);
        let chars = 0;
        let last = from;
        for (; ; last++) {
          const block = this.blocks[last]!;
          if (last > from && this.runStarts.delete(block)) moved = true;
          chars += block.text.length;
          if (last === count - 1 || endsRun(block, chars)) break;
        }
        const to = last + 1;
        const cutKept = to < count && this.runStarts.has(this.blocks[to]!);
        // A dirty block is the run's own, or the context on either side.
        if (moved || (to < count && !cutKept) || dirtyIn(from - 1, to)) this.analyzeRunAgain(from, to, fresh, replaced);
        // A dirty block is done with once the run after it (its right-hand neighbour's) is.
        while (next < dirty.length && (to === count || dirty[next]! <= to - 2)) next++;
        if (to === count || (cutKept && (next === dirty.length || dirty[next]! > to))) break;
        from = to;
      }
    }
    return { fresh, replaced };
  }

  /** The first block of the run that holds block `index`, as the runs were cut before. */
  private runStartAtOrBefore(index: number): number {
    let at = index;
    while (at > 0 && !this.runStarts.has(this.blocks[at]!)) at--;
    return at;
  }

  /** Analyse blocks `[from, to)` again as one run; keeps those of their old findings found again as they were. */
  private analyzeRunAgain(from: number, to: number, fresh: PlacedFinding[], replaced: PlacedFinding[]): void {
    const targets = new Set(this.blocks.slice(from, to));
    const context = this.blocks.slice(Math.max(from - 1, 0), Math.min(to + 1, this.blocks.length));
    const key = findingKey(context);
    const old = new Map<string, PlacedFinding>();
    for (const block of targets) {
      for (const finding of this.findingsByBlock.get(block) ?? []) old.set(key(finding), finding);
      this.findingsByBlock.delete(block);
    }
    const placed = analyzeBlocks(context, this.analyze, (block) => targets.has(block), () => ++this.lastId).map((finding) => {
      const same = old.get(key(finding));
      if (same) {
        old.delete(key(finding));
        return same;
      }
      fresh.push(finding);
      return finding;
    });
    replaced.push(...old.values());
    this.index(placed);
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

  /** Analyse the run of blocks `[from, to)` with one neighbour block on each side as context. */
  private analyzeRun(from: number, to: number): void {
    this.runStarts.add(this.blocks[from]!);
    this.noteContainers(this.blocks.slice(from, to));
    const targets = new Set(this.blocks.slice(from, to));
    const context = this.blocks.slice(Math.max(from - 1, 0), Math.min(to + 1, this.blocks.length));
    const placed = analyzeBlocks(context, this.analyze, (block) => targets.has(block), () => ++this.lastId);
    this.index(placed);
    this.placedByScan.push(...placed);
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
function matchUnchanged(old: readonly TextBlock[], fresh: readonly TextBlock[], renewed: Map<TextBlock, TextBlock>, changed: Set<TextBlock>): { head: number; tail: number } {
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
  return { head, tail };
}

/**
 * What a finding is, as the reader sees it, with its blocks told by their place among `blocks`:
 * two analyses of one run give the same key for the same finding.
 */
function findingKey(blocks: readonly TextBlock[]): (placed: PlacedFinding) => string {
  const position = new Map(blocks.map((block, i) => [block, i]));
  const span = (at: BlockSpan) => `${position.get(at.block) ?? -1}:${at.start}:${at.end}`;
  return ({ finding, highlight, span: own, source, content, sentence }) => {
    const type = finding.kind === 'quote' ? finding.class : finding.kind === 'attribution' ? finding.sourceType : '';
    return [highlight, span(own), source ? span(source) : '', content.map(span).join(' '), type, finding.text, finding.explanation, sentence].join('|');
  };
}

/** Whether two readings of a block map onto the very same Text nodes and offsets. */
function sameRuns(a: TextBlock, b: TextBlock): boolean {
  if (a.runs.length !== b.runs.length) return false;
  return a.runs.every((run, i) => {
    const other = b.runs[i]!;
    return run.node === other.node && run.nodeOffset === other.nodeOffset && run.length === other.length && run.blockOffset === other.blockOffset;
  });
}
