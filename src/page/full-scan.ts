/**
 * A full scan that runs a slice at a time, so that no single task is long even on a huge page: the
 * page is read a slice at a time, and its blocks are analysed in runs of about RUN_CHARS
 * characters, each run with one block of context on either side (as a rescan does: a neighbouring
 * sentence can credit a quote). Blocks on the first screen are analysed as soon as they and their
 * next neighbour are read; the rest in document order once everything is read. Every block is
 * analysed once (as a target; it may also be context for its neighbours' runs).
 *
 * The blocks are appended to the caller's array as they are read; the page must not be read
 * again (rescanned) while the scan runs.
 */
import { containsRendered } from './rendered-tree';
import { BLOCK_SEPARATOR, BlockReader, type ExtractOptions, type TextBlock } from './text-blocks';

/** Characters of target text per analysis run: a few milliseconds of the analyzer's time. */
export const RUN_CHARS = 3000;

/** Analyse blocks `[from, to)` of the array (with their neighbours as context) and keep the findings. */
export type AnalyzeRun = (from: number, to: number) => void;

export class FullScan {
  private readonly reader: BlockReader;
  /** Blocks the reader produced that are not yet sorted into `blocks` (outside "within" they are dropped). */
  private readFrom = 0;
  /** Per block index: analysed as a target. */
  private readonly analysed: boolean[] = [];
  /** Indices of blocks on the first screen, in document order, not yet analysed. */
  private readonly onScreen: number[] = [];
  /** Every block before this index has been analysed. */
  private cursor = 0;
  /** Where the next block starts in the page text (blocks joined by BLOCK_SEPARATOR). */
  private offset = 0;

  constructor(
    root: Document,
    private readonly options: ExtractOptions,
    private readonly blocks: TextBlock[],
    private readonly analyzeRun: AnalyzeRun,
    /** Whether a block shows on the first screen; none do when absent. */
    private readonly isOnScreen: (block: TextBlock) => boolean = () => false,
  ) {
    this.reader = new BlockReader(root, options);
  }

  get done(): boolean {
    return this.reader.done && this.onScreen.length === 0 && this.cursor >= this.blocks.length;
  }

  /** Read and analyse until `timeLeft` says stop (after at least one step) or everything is done. */
  continue(timeLeft: () => boolean): void {
    do {
      if (this.onScreen.length > 0 && this.runReady(this.onScreen[0]!)) {
        this.analyzeFrom(this.onScreen.shift()!);
      } else if (!this.reader.done) {
        this.reader.read(timeLeft);
        this.takeReadBlocks();
      } else {
        while (this.cursor < this.blocks.length && this.analysed[this.cursor]) this.cursor++;
        if (this.cursor < this.blocks.length) this.analyzeFrom(this.cursor);
        // Left over only when reading ended with an on-screen block last: it is ready now.
        else if (this.onScreen.length > 0) this.analyzeFrom(this.onScreen.shift()!);
      }
    } while (!this.done && timeLeft());
  }

  /** A run from block `index` can be analysed once the block after it (its context) is read. */
  private runReady(index: number): boolean {
    return this.reader.done || index + 1 < this.blocks.length;
  }

  private takeReadBlocks(): void {
    const read = this.reader.blocks;
    const within = this.options.within;
    for (; this.readFrom < read.length; this.readFrom++) {
      const block = read[this.readFrom]!;
      if (within && !containsRendered(within, block.container)) continue;
      block.start = this.offset;
      this.offset += block.text.length + BLOCK_SEPARATOR.length;
      this.blocks.push(block);
      this.analysed.push(false);
      if (this.isOnScreen(block)) this.onScreen.push(this.blocks.length - 1);
    }
    // The reader keeps only what is not yet handed over.
    read.length = 0;
    this.readFrom = 0;
  }

  /** Analyse the not-yet-analysed blocks from `from`, up to RUN_CHARS characters (at least one block). */
  private analyzeFrom(from: number): void {
    if (this.analysed[from]) return;
    // While reading goes on, the last block read is kept back: it has no right-hand context yet.
    const limit = this.reader.done ? this.blocks.length : this.blocks.length - 1;
    let to = from;
    let chars = 0;
    while (to < limit && !this.analysed[to] && (to === from || chars + this.blocks[to]!.text.length <= RUN_CHARS)) {
      chars += this.blocks[to]!.text.length;
      this.analysed[to] = true;
      to++;
    }
    if (to > from) this.analyzeRun(from, to);
  }
}
