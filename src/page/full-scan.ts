/**
 * A full scan that runs a slice at a time, so that no single task is long even on a huge page: the
 * page is read a slice at a time, cut into runs as it is read (analysis-runs.ts), and each run is
 * analysed as one text with one block of context on either side (a neighbouring sentence can
 * credit a quote). Runs holding blocks on the first screen are analysed as soon as they and their
 * next neighbour are read; the rest in document order once everything is read. Every block is
 * analysed once as a target (it may also be context for its neighbours' runs).
 *
 * The blocks are appended to the caller's array as they are read; the page must not be read
 * again (rescanned) while the scan runs.
 */
import { endsRun } from './analysis-runs';
import { containsRendered } from './rendered-tree';
import { BLOCK_SEPARATOR, BlockReader, type ExtractOptions, type TextBlock } from './text-blocks';

/** Analyse the run of blocks `[from, to)` of the array (with their neighbours as context) and keep the findings. */
export type AnalyzeRun = (from: number, to: number) => void;

interface Run {
  from: number;
  to: number;
  analysed: boolean;
}

export class FullScan {
  private readonly reader: BlockReader;
  /** Blocks the reader produced that are not yet sorted into `blocks` (outside "within" they are dropped). */
  private readFrom = 0;
  /** The runs cut so far; the blocks from `runFrom` on are in none yet. */
  private readonly runs: Run[] = [];
  private runFrom = 0;
  private runChars = 0;
  /** Indices of runs holding blocks on the first screen, in document order, not yet analysed. */
  private readonly onScreen: number[] = [];
  /** Every run before this index has been analysed. */
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
    return this.reader.done && this.onScreen.length === 0 && this.cursor >= this.runs.length;
  }

  /** Read and analyse until `timeLeft` says stop (after at least one step) or everything is done. */
  continue(timeLeft: () => boolean): void {
    do {
      if (this.onScreen.length > 0 && this.runReady(this.onScreen[0]!)) {
        this.analyse(this.onScreen.shift()!);
      } else if (!this.reader.done) {
        this.reader.read(timeLeft);
        this.takeReadBlocks();
      } else {
        while (this.cursor < this.runs.length && this.runs[this.cursor]!.analysed) this.cursor++;
        if (this.cursor < this.runs.length) this.analyse(this.cursor);
      }
    } while (!this.done && timeLeft());
  }

  /** A run can be analysed once it is cut and the block after it (its context) is read. */
  private runReady(index: number): boolean {
    const run = this.runs[index];
    return run !== undefined && (this.reader.done || run.to < this.blocks.length);
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
      if (this.isOnScreen(block) && this.onScreen[this.onScreen.length - 1] !== this.runs.length) this.onScreen.push(this.runs.length);
      this.runChars += block.text.length;
      if (endsRun(block, this.runChars)) this.cutRun();
    }
    if (this.reader.done && this.runFrom < this.blocks.length) this.cutRun();
    // The reader keeps only what is not yet handed over.
    read.length = 0;
    this.readFrom = 0;
  }

  private cutRun(): void {
    this.runs.push({ from: this.runFrom, to: this.blocks.length, analysed: false });
    this.runFrom = this.blocks.length;
    this.runChars = 0;
  }

  private analyse(index: number): void {
    const run = this.runs[index]!;
    if (run.analysed) return;
    run.analysed = true;
    this.analyzeRun(run.from, run.to);
  }
}
