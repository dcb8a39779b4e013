/**
 * The content script's full pass: the page read and analysed from scratch (PageModel's sliced
 * scan, blocks on the first screen first), the first slice at once and the rest in idle-time
 * slices, and what each slice finds shown as it ends. Findings are shown in batches that double,
 * and past REGISTER_ALL_LIMIT only near the screen (NearScreenPainter). Page changes seen while it
 * runs are held back and handed over when it is done, since no rescan may run during a scan.
 */
import type { SliceSchedule } from './idle-scheduler';
import { ELEMENT_NODE } from './markup-rules';
import type { Guard, NearScreenPainter } from './near-screen-painter';
import type { PageChangeObserver } from './observer';
import type { PageModel } from './page-model';
import type { PlacedFinding } from './placed-findings';
import type { TextBlock } from './text-blocks';

/**
 * The first slice, run as soon as the pass starts: long enough to read a short page whole without
 * waiting for idle time, well short of a 50 ms long task.
 */
const FIRST_SLICE_MS = 25;
/** Findings shown per step of a slice. */
const SHOW_PIECE = 500;
/** This many blocks in a row below the first screen end the search for blocks on it. */
const BELOW_SCREEN_RUN = 50;

export type PassWindow = Pick<Window, 'innerHeight' | 'innerWidth'> & { performance: Pick<Performance, 'now'> };

/** What the pass asks of the painter (NearScreenPainter). */
export type PassPainter = Pick<NearScreenPainter, 'changesDom' | 'windowed' | 'show' | 'refresh' | 'reset' | 'narrowPast'>;

export interface FullPassParts {
  window: PassWindow;
  document: Document;
  model: PageModel;
  /** The page's own changes are kept apart from those showing findings makes (marks). */
  observer: Pick<PageChangeObserver, 'collectPageChanges' | 'discardOwnChanges'>;
  painter: PassPainter;
  slices: SliceSchedule;
  /** Which findings to show: those of the categories switched on, none while the reader hides them all. */
  enabled(findings: readonly PlacedFinding[]): PlacedFinding[];
  guard: Guard;
  /** Hears what a run of the pass threw; the pass goes on with the rest of the page. */
  onError(error: unknown): void;
  /** Once every block is read, analysed and shown: the page changes seen meanwhile, to rescan. */
  onDone(changed: Node[]): void;
}

export class FullPass {
  /** Resolves when the pass is done or given up. */
  readonly done: Promise<void>;
  private settle: () => void = () => {};
  /**
   * The first slice's time counts from the pass's creation, finding the article and the page's
   * first layout included (tens of ms on a huge page).
   */
  private readonly firstSliceEnd: number;
  private over = false;
  /** Cancels the next slice; null while none is waiting. */
  private cancelSlice: (() => void) | null = null;
  private changed: Node[] = [];
  /** Whether the pass has shown anything yet. */
  private painted = false;
  /** Findings found and not yet batched; the batch being shown, a piece per step; how many were batched. */
  private unshown: PlacedFinding[] = [];
  private batch: PlacedFinding[] = [];
  private batched = 0;

  constructor(private readonly parts: FullPassParts) {
    this.done = new Promise((resolve) => (this.settle = resolve));
    this.firstSliceEnd = parts.window.performance.now() + FIRST_SLICE_MS;
  }

  /** Forget what was read and start reading: the first slice now, the first screen's blocks if they are read in time. */
  start(): void {
    const { window, document, model, painter } = this.parts;
    painter.reset();
    model.startScan(document, onScreenTest(window, () => painter.changesDom && this.painted));
    this.runSlice(() => window.performance.now() < this.firstSliceEnd);
  }

  /** Page changes seen while the pass runs: read again once it is done. */
  holdBack(changed: readonly Node[]): void {
    this.changed.push(...changed);
  }

  /** Give the pass up (its findings so far stay in the model until it is cleared). */
  cancel(): void {
    this.over = true;
    this.cancelSlice?.();
    this.cancelSlice = null;
    this.settle();
  }

  private runSlice(timeLeft: () => boolean): void {
    this.cancelSlice = null;
    if (this.over) return;
    const { model, observer, painter } = this.parts;
    // The page's own changes so far are kept apart from the records of our marks, dropped below.
    observer.collectPageChanges();
    try {
      do {
        if (this.batch.length === 0 || painter.windowed) this.scanStep(timeLeft);
        if (this.batch.length > 0 && !painter.windowed) {
          // Ranges take microseconds each: a big batch is shown a piece at a time.
          const piece = this.parts.enabled(this.batch.splice(0, SHOW_PIECE));
          painter.show(piece);
          if (piece.length > 0) this.painted = true;
        }
      } while (((this.batch.length > 0 && !painter.windowed) || model.scanning) && timeLeft());
      if (!model.scanning) painter.refresh();
    } catch (error) {
      // The run that failed is given up; the pass goes on with the rest of the page.
      this.parts.onError(error);
    }
    observer.discardOwnChanges();
    if (model.scanning || (this.batch.length > 0 && !painter.windowed)) {
      this.cancelSlice = this.parts.slices((next) => this.parts.guard(() => this.runSlice(next))());
      return;
    }
    this.over = true;
    this.settle();
    const changed = this.changed;
    this.changed = [];
    this.parts.onDone(changed);
  }

  /** Read and analyse on; what is found goes to the batch to show, or, when windowed, straight to the painter. */
  private scanStep(timeLeft: () => boolean): void {
    const { model, painter } = this.parts;
    this.unshown.push(...model.continueScan(timeLeft));
    if (painter.windowed) {
      painter.show(this.parts.enabled(this.unshown));
      this.unshown = [];
      return;
    }
    // Chromium redraws all of a page's highlights whenever any change, so they are shown in
    // batches that double: the first screen's at once, the rest in a few redraws, not one per slice.
    if (this.unshown.length > this.batched || !model.scanning) {
      this.batched += this.unshown.length;
      this.batch = this.unshown;
      this.unshown = [];
    }
    if (painter.narrowPast(this.batched)) this.batch = [];
  }
}

/**
 * Whether a block shows in the first screenful, by its element's box. Blocks are looked at in
 * document order until a run of them lies below the screen (the rest of the page, as a rule), or
 * until `stop` says so (with marks, painting changes the layout: only until anything is painted).
 */
function onScreenTest(window: Pick<Window, 'innerHeight' | 'innerWidth'>, stop: () => boolean): (block: TextBlock) => boolean {
  const height = window.innerHeight;
  const width = window.innerWidth;
  const seen = new Map<Node, boolean>();
  let below = 0;
  return (block) => {
    if (below >= BELOW_SCREEN_RUN || stop()) return false;
    const container = block.container;
    let shows = seen.get(container);
    if (shows === undefined) {
      const box = container.nodeType === ELEMENT_NODE ? (container as Element).getBoundingClientRect() : null;
      shows = box !== null && box.bottom > 0 && box.top < height && box.right > 0 && box.left < width && box.height > 0;
      below = box !== null && box.top >= height ? below + 1 : 0;
      seen.set(container, shows);
    }
    return shows;
  };
}
