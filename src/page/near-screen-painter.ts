/**
 * A Painter around another that, on a page with thousands of findings, shows only those near the
 * screen (highlight-window.ts says why), and follows the screen as the reader scrolls. Until a full
 * pass narrows it, and always with marks (drawn with the page, as its text is), it passes every
 * call straight through.
 */
import { nearScreen, nearScreenTest, REGISTER_ALL_LIMIT } from './highlight-window';
import { ELEMENT_NODE } from './markup-rules';
import type { Painter } from './painter';
import type { PlacedFinding } from './placed-findings';

/** Wraps a listener so that no exception it throws reaches the page (the content script's `guard`). */
export type Guard = <A extends unknown[]>(listener: (...args: A) => void) => (...args: A) => void;

/** What a page could show: all its findings in document order, and which of them the reader has on. */
export interface ShowableFindings {
  all(): readonly PlacedFinding[];
  enabled(findings: readonly PlacedFinding[]): PlacedFinding[];
}

export type ScreenWindow = Pick<Window, 'innerHeight' | 'requestAnimationFrame'>;

export class NearScreenPainter implements Painter {
  private narrowed = false;
  /** When narrowed: the findings shown, all near the screen when last looked. */
  private inWindow = new Set<PlacedFinding>();
  private frame = 0;

  constructor(
    private readonly inner: Painter,
    private readonly window: ScreenWindow,
    private readonly page: ShowableFindings,
    private readonly guard: Guard,
  ) {}

  get changesDom(): boolean {
    return this.inner.changesDom;
  }

  /** Whether only the findings near the screen are shown. */
  get windowed(): boolean {
    return this.narrowed;
  }

  /**
   * Once a full pass has found more than REGISTER_ALL_LIMIT findings, show only those near the
   * screen from then on (until `reset`): what is shown goes, and what is near the screen comes.
   * Never with marks. True when it narrowed now.
   */
  narrowPast(found: number): boolean {
    if (this.narrowed || this.inner.changesDom || found <= REGISTER_ALL_LIMIT) return false;
    this.narrowed = true;
    this.hideAll();
    this.refresh();
    return true;
  }

  /** Pass everything through again (a new full pass decides anew, or the script stops). */
  reset(): void {
    this.narrowed = false;
    this.inWindow = new Set();
  }

  /** Show these findings, or when narrowed those of them near the screen. */
  show(findings: readonly PlacedFinding[]): void {
    if (!this.narrowed) {
      this.inner.show(findings);
      return;
    }
    const near = findings.filter(nearScreenTest(this.window.innerHeight));
    this.inner.show(near);
    for (const placed of near) this.inWindow.add(placed);
  }

  hide(findings: readonly PlacedFinding[]): void {
    this.inner.hide(findings);
    if (this.narrowed) for (const placed of findings) this.inWindow.delete(placed);
  }

  hideAll(): void {
    this.inner.hideAll();
    this.inWindow = new Set();
  }

  /** Show every enabled finding or, when narrowed, those near the screen. */
  showAll(): void {
    if (this.narrowed) this.refresh();
    else this.inner.show(this.page.enabled(this.page.all()));
  }

  /** When narrowed, show the findings near the screen now, and only those. */
  refresh(): void {
    if (!this.narrowed) return;
    // Near the screen first: a binary search, then only those few are filtered by category.
    const near = this.page.enabled(nearScreen(this.page.all(), this.window.innerHeight));
    const keep = new Set(near);
    this.inner.hide([...this.inWindow].filter((placed) => !keep.has(placed)));
    this.inner.show(near);
    this.inWindow = keep;
  }

  /** The findings that may be shown, for hit-testing as the pointer moves: when narrowed only the few near the screen. */
  showing(): Iterable<PlacedFinding> {
    return this.narrowed ? this.inWindow : this.page.enabled(this.page.all());
  }

  /** Before revealing a finding far from the screen, so not shown: scroll to its block, and show what is near it. */
  bringNear(finding: PlacedFinding): void {
    if (!this.narrowed || this.inner.rangeOf(finding)) return;
    const container = finding.span.block.container;
    if (container.nodeType === ELEMENT_NODE) (container as Element).scrollIntoView?.({ block: 'center', inline: 'nearest' });
    this.refresh();
  }

  /** On scroll or resize: follow the screen, once a frame at most. */
  readonly follow = (): void => {
    if (!this.narrowed || this.frame !== 0) return;
    this.frame = this.window.requestAnimationFrame(this.guard(() => {
      this.frame = 0;
      this.refresh();
    }));
  };

  rangeOf(finding: PlacedFinding): Range | null {
    return this.inner.rangeOf(finding);
  }

  flash(finding: PlacedFinding): void {
    this.inner.flash(finding);
  }

  showContent(finding: PlacedFinding | null): void {
    this.inner.showContent(finding);
  }
}
