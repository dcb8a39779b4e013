/**
 * The content script's logic, with every browser API passed in so jsdom tests can run it: the
 * first full pass, rescans of what changes, highlights per the user's settings, the tooltip, and
 * the popup's questions. Nothing it does may break the page: every callback is guarded, all
 * listeners hang off one AbortController, and when the extension goes away (updated, reloaded,
 * disabled) it removes its highlights and stops.
 */
import { categoryOf } from '../page/highlight-names';
import { HighlightRegistryPainter, supportsHighlights, type HighlightWindow } from '../page/highlight-registry-painter';
import { idleScheduler, idleSlices, type Schedule, type SliceSchedule } from '../page/idle-scheduler';
import { nearScreen, nearScreenTest, REGISTER_ALL_LIMIT } from '../page/highlight-window';
import { MarkPainter } from '../page/mark-painter';
import { PageChangeObserver } from '../page/observer';
import { PageModel } from '../page/page-model';
import type { Painter } from '../page/painter';
import { applyPersonalWords } from '../page/personal-words';
import { declaredLanguage } from '../page/declared-language';
import { darkPageCss, HighlightColors, highlightColorCss, pageIsDark } from '../page/highlight-colors';
import { ELEMENT_NODE } from '../page/markup-rules';
import { extractPageText, findArticleRoot, type TextBlock } from '../page/text-blocks';
import type { AnalyzeText, PlacedFinding } from '../page/placed-findings';
import { languageOfTag, warmUpSteps } from '../analysis';
import type { Finding, LanguageCode } from '../analysis/types';
import { Tooltip } from '../page/tooltip';
import { watchTooltipTriggers, type FindingLocator, type ShownFinding } from '../page/tooltip-triggers';
import type { MessageSender, RuntimeApi, StorageApi } from '../shared/extension-api';
import { translator, type I18nApi } from '../shared/i18n';
import type { PageFindings } from '../report/findings-json';
import { pageStatus, pageSummary, type PageAbout, type PageSummary } from '../report/summary';
import { isFromOwnExtension, isMessage, notifyExtension, type PageCommand } from '../shared/messages';
import { dismissedOn, loadDismissals, updateDismissals, watchDismissals, withDismissal, type Dismissals } from '../shared/dismissals';
import { termOf } from '../page/personal-words';
import {
  CATEGORIES, defaultSettings, hasStandardColors, isPausedOn, loadSettings, watchSettings, type Settings,
} from '../shared/settings';
import { findingsInPageText } from './page-findings';
import { idsSignature, placedTexts } from './page-summary';

/** The page's window (in a content script, its isolated-world view), with the constructors used from it. */
export type PageWindow = Window & {
  MutationObserver: typeof MutationObserver;
  AbortController: typeof AbortController;
  CSSStyleSheet: typeof CSSStyleSheet;
};

export interface ContentScriptEnvironment {
  window: PageWindow;
  runtime: Pick<RuntimeApi, 'id' | 'sendMessage' | 'onMessage'>;
  storage: Pick<StorageApi, 'sync' | 'onChanged' | 'local'>;
  analyze: AnalyzeText;
  /** The analyzer's start-up steps for a language; `warmUpSteps` of the analyzer by default. */
  warmUp?: (lang: LanguageCode) => Array<() => void>;
  /** The languages `analyze` has read this page in so far (the popup says which); none when absent. */
  languagesUsed?: () => readonly LanguageCode[];
  /** The interface's language for the tooltip's labels; English without it. */
  i18n?: I18nApi;
  /** When batched rescans run; idle time by default. */
  schedule?: Schedule;
  /** When the slices of a full pass after its first run; idle time by default. */
  slices?: SliceSchedule;
}

export interface RunningContentScript {
  /** Settles once the settings are read and the first pass (if not paused) is done, all its slices. */
  ready: Promise<void>;
  /** Whether the extension that started this script is still installed and enabled. */
  isAlive(): boolean;
  stop(): void;
}

/** Performance marks on the page's timeline (issue 3's test contract). */
export const SCAN_START_MARK = 'quotelight:scan-start';
export const SCAN_END_MARK = 'quotelight:scan-end';
export const RESCAN_END_MARK = 'quotelight:rescan-end';
/** Where a rescan's own work starts (the changes waited for idle time before). */
export const RESCAN_START_MARK = 'quotelight:rescan-start';
/**
 * A measure over each stretch of this script's own work of LONG_WORK_MS or more, so a benchmark can
 * tell the script's long tasks from the page's own (a big page's layout takes far longer than 50 ms).
 */
export const LONG_WORK_MEASURE = 'quotelight:long-work';
const LONG_WORK_MS = 20;

/**
 * Chrome tells an orphaned content script nothing when its extension is reloaded or updated;
 * `runtime.id` turning undefined is the only sign, so it is checked this often.
 */
const LIVENESS_CHECK_MS = 2000;

/**
 * The full pass's first slice, run as soon as the settings are read: long enough to read a short
 * page whole without waiting for idle time, well short of a 50 ms long task.
 */
const FIRST_SLICE_MS = 25;
/** Findings shown per step of a slice. */
const SHOW_PIECE = 500;
/** This many blocks in a row below the first screen end the search for blocks on it. */
const BELOW_SCREEN_RUN = 50;

export function startContentScript(environment: ContentScriptEnvironment): RunningContentScript {
  const script = new ContentScript(environment);
  const ready = script.start().catch(reportError);
  return { ready, isAlive: () => script.isAlive(), stop: () => script.stop() };
}

class ContentScript {
  private readonly window: PageWindow;
  private readonly document: Document;
  private readonly abort: AbortController;
  private readonly model: PageModel;
  private readonly observer: PageChangeObserver;
  private readonly tooltip: Tooltip;
  private readonly colors: HighlightColors;
  /** Only the top frame talks to the popup and the badge; frames only show highlights. */
  private readonly isTopFrame: boolean;
  private painter: Painter | null = null;
  private settings: Settings = defaultSettings();
  /** Whether the page's own background is dark; null until first looked at. */
  private darkPage: boolean | null = null;
  /** Highlights hidden on this page by the toggle shortcut (not saved: the next page shows them). */
  private hiddenByUser = false;
  /** The finding the next/previous shortcuts last went to. */
  private cursorId: number | null = null;
  /** The finding the tooltip was last given (see `locator`), whose content it lights. */
  private explained: PlacedFinding | null = null;
  /** Terms the reader dismissed on this site ("Not a scare quote"). */
  private dismissed: string[] = [];
  /** Null until the settings are first read. */
  private paused: boolean | null = null;
  private lastSignature = '';
  private stopped = false;
  /** When this script started: the first pass's scan-start mark is dated from it, settings load included. */
  private startedAt: number | undefined;
  /** Cancels the full pass's next slice; null when no full pass is under way. */
  private cancelSlice: (() => void) | null = null;
  /** Page changes seen while a full pass runs, rescanned when it is done. */
  private changedDuringPass: Node[] = [];
  private readonly slices: SliceSchedule;
  /** Whether the full pass under way has shown anything yet. */
  private paintedInPass = false;
  /** Findings of the full pass under way not yet shown, and how many it has shown. */
  private unshown: PlacedFinding[] = [];
  /** Whether only the findings near the screen are shown (see highlight-window.ts), and which are. */
  private windowed = false;
  private inWindow = new Set<PlacedFinding>();
  private windowFrame = 0;
  /** The batch being shown, a piece per step. */
  private batch: PlacedFinding[] = [];
  private shownInPass = 0;
  /** Resolves when the full pass under way (if any) is done or given up. */
  private passDone: Promise<void> = Promise.resolve();
  private endPass: () => void = () => {};

  constructor(private readonly environment: ContentScriptEnvironment) {
    this.window = environment.window;
    // From the page's window: its addEventListener accepts only its own AbortSignal (jsdom is strict about it).
    this.abort = new environment.window.AbortController();
    this.document = environment.window.document;
    this.isTopFrame = this.window.top === this.window;
    this.startedAt = this.window.performance?.now?.();
    this.slices = environment.slices ?? idleSlices(this.window);
    // The reader's word lists are applied to each analysis, so counts, popup and badge agree with what is shown.
    const analyze = (text: string) => applyPersonalWords(environment.analyze(text), text, {
      neverMark: [...this.settings.neverMark, ...this.dismissed],
      extraHedges: this.settings.extraHedges,
    });
    this.model = new PageModel(analyze, { onShadowRoot: (root) => this.observer.observe(root) });
    this.observer = new PageChangeObserver(
      this.window,
      environment.schedule ?? idleScheduler(this.window),
      this.guard((changed: Node[]) => this.rescan(changed)),
    );
    const local = environment.storage.local;
    this.tooltip = new Tooltip(this.document, local && this.guard((finding: Finding) => {
      const term = termOf(finding.text);
      const host = this.window.location.hostname;
      if (term && host) void updateDismissals(local, (d) => withDismissal(d, host, term, true)).catch(reportError);
    }), environment.i18n && translator(environment.i18n), this.guard((finding: Finding | null) => this.showContent(finding)));
    this.colors = new HighlightColors(this.window);
  }

  async start(): Promise<void> {
    const { signal } = this.abort;
    const { runtime, storage } = this.environment;
    if (this.isTopFrame) {
      const onMessage = (message: unknown, sender: MessageSender) => this.answer(message, sender);
      runtime.onMessage.addListener(onMessage);
      signal.addEventListener('abort', () => runtime.onMessage.removeListener(onMessage));
    }
    const unwatch = watchSettings(storage, this.guard((settings: Settings) => this.applySettings(settings)));
    signal.addEventListener('abort', unwatch);

    const local = storage.local;
    if (local) {
      const unwatchDismissals = watchDismissals(storage, this.guard((d: Dismissals) => this.applyDismissals(d)));
      signal.addEventListener('abort', unwatchDismissals);
    }
    // Both read at once; unreadable storage (or an extension already gone) means defaults.
    const dismissals = local ? loadDismissals(local).catch(() => null) : Promise.resolve(null);
    const stored = loadSettings(storage.sync).catch(() => defaultSettings());
    // While storage answers, the analyzer's one-time start-up costs are paid, each step in a task
    // of its own so that none is long, and in the language the page declares; not on a site the
    // settings, once read, say is paused. The analyzer itself, not `environment.analyze`: that one
    // may keep a record of what it read.
    let pausedHere = false;
    void stored.then((read) => (pausedHere = isPausedOn(read, this.window.location.hostname)));
    const warmUp = this.environment.warmUp ?? warmUpSteps;
    for (const step of warmUp(languageOfTag(declaredLanguage(this.document)) ?? 'en')) {
      await nextTask(this.window);
      if (this.stopped) return;
      if (!pausedHere) this.guard(step)();
    }
    const loaded = await dismissals;
    if (loaded) this.dismissed = dismissedOn(loaded, this.window.location.hostname);
    const settings = await stored;
    if (this.stopped) return;
    this.guard(() => this.applySettings(settings))();

    const liveness = this.window.setInterval(this.guard(() => {
      if (!this.isAlive()) this.stop();
    }), LIVENESS_CHECK_MS);
    signal.addEventListener('abort', () => this.window.clearInterval(liveness));
    // Single-page navigation may change the address without changing any text.
    for (const type of ['popstate', 'hashchange']) {
      this.window.addEventListener(type, this.guard(() => this.report()), { signal });
    }
    watchTooltipTriggers(this.window, this.tooltip, this.locator(), signal, this.guard);
    for (const type of ['scroll', 'resize']) {
      // Capturing: scrolling any container on the page can bring other findings near the screen.
      this.window.addEventListener(type, this.guard(this.moveWindow), { signal, passive: true, capture: true });
    }
    await this.passDone;
  }

  isAlive(): boolean {
    try {
      return !this.stopped && Boolean(this.environment.runtime.id);
    } catch {
      return false;
    }
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.abort.abort();
    this.cancelPass();
    this.guard(() => this.observer.disconnect())();
    this.guard(() => this.hideAll())();
    this.guard(() => this.tooltip.remove())();
    this.guard(() => this.colors.apply(null))();
    this.model.clear();
  }

  private applySettings(settings: Settings): void {
    if (this.stopped) return;
    const previous = this.settings;
    this.settings = settings;
    const paused = isPausedOn(settings, this.window.location.hostname);
    if (this.paused === null || (this.paused && !paused)) {
      if (paused) {
        this.paused = true;
        this.report();
      } else {
        this.fullPass();
      }
    } else if (paused && !this.paused) {
      this.pause();
    } else if (!paused && readingDiffers(previous, settings)) {
      this.rescanAll();
    } else if (!paused && categoriesDiffer(previous, settings)) {
      this.hideAll();
      this.showAll();
      this.observer.discardOwnChanges();
    }
    this.applyColors();
  }

  private applyDismissals(dismissals: Dismissals): void {
    const dismissed = dismissedOn(dismissals, this.window.location.hostname);
    if (dismissed.join('\n') === this.dismissed.join('\n')) return;
    this.dismissed = dismissed;
    if (!this.stopped && this.paused === false) this.rescanAll();
  }

  /**
   * The reader's colours, made lighter on a page with a dark background (looked at when a full
   * pass ends: reading computed style is cheap once the browser has drawn the page).
   */
  private applyColors(): void {
    const dark = this.darkPage ?? false;
    const { colors } = this.settings;
    this.colors.apply(dark ? darkPageCss(colors) : hasStandardColors(this.settings) ? null : highlightColorCss(colors));
  }

  /** Read and analyse the page again from scratch (word lists or "article text only" changed). */
  private rescanAll(): void {
    this.cancelPass();
    this.observer.collectPageChanges();
    this.hideAll();
    this.observer.discardOwnChanges();
    this.tooltip.hide();
    this.model.clear();
    this.fullPass();
  }

  /**
   * Read and analyse the whole page: the first slice now, the rest in idle-time slices (blocks on
   * the first screen first), each slice's findings shown as it ends.
   */
  private fullPass(): void {
    this.mark(SCAN_START_MARK, this.startedAt);
    this.startedAt = undefined;
    // The first slice at once: the first screen's blocks, if they are read in time. Its time counts
    // from here, finding the article and the page's first layout included (tens of ms on a huge page).
    const clock = this.window.performance;
    const end = clock.now() + FIRST_SLICE_MS;
    this.painter ??= this.createPainter();
    this.observer.observe(this.document);
    this.model.setWithin(this.settings.articleOnly ? findArticleRoot(this.document) : null);
    this.paused = false;
    this.changedDuringPass = [];
    this.passDone = new Promise((resolve) => (this.endPass = resolve));
    this.paintedInPass = false;
    this.unshown = [];
    this.batch = [];
    this.shownInPass = 0;
    this.windowed = false;
    this.model.startScan(this.document, this.onScreenTest());
    this.runSlice(() => clock.now() < end);
  }

  private runSlice(timeLeft: () => boolean): void {
    this.cancelSlice = null;
    if (this.stopped || this.paused !== false) return;
    // The page's own changes so far are kept apart from the records of our marks, dropped below.
    this.observer.collectPageChanges();
    try {
      do {
        if (this.batch.length === 0 || this.windowed) this.scanStep(timeLeft);
        if (this.batch.length > 0 && !this.windowed) {
          // Ranges take microseconds each: a big batch is shown a piece at a time.
          const piece = this.enabled(this.batch.splice(0, SHOW_PIECE));
          this.painter!.show(piece);
          if (piece.length > 0) this.paintedInPass = true;
        }
      } while (((this.batch.length > 0 && !this.windowed) || this.model.scanning) && timeLeft());
      if (this.windowed && !this.model.scanning) this.refreshWindow();
    } catch (error) {
      // The run that failed is given up; the pass goes on with the rest of the page.
      reportError(error);
    }
    this.observer.discardOwnChanges();
    if (this.model.scanning || (this.batch.length > 0 && !this.windowed)) {
      this.cancelSlice = this.slices((next) => this.guard(() => this.runSlice(next))());
      return;
    }
    // The page's background is looked at again at each full pass (a site's dark theme may load late).
    this.darkPage = safely(() => pageIsDark(this.window));
    this.applyColors();
    this.mark(SCAN_END_MARK);
    this.endPass();
    this.report();
    const changed = this.changedDuringPass;
    this.changedDuringPass = [];
    if (changed.length > 0) this.rescan(changed);
  }

  /** Read and analyse on; what is found goes to the batch to show, or straight to the screen in a window. */
  private scanStep(timeLeft: () => boolean): void {
    this.unshown.push(...this.model.continueScan(timeLeft));
    if (this.windowed) {
      this.showNear(this.unshown);
      this.unshown = [];
      return;
    }
    // Chromium redraws all of a page's highlights whenever any change, so they are shown in
    // batches that double: the first screen's at once, the rest in a few redraws, not one per slice.
    if (this.unshown.length > this.shownInPass || !this.model.scanning) {
      this.shownInPass += this.unshown.length;
      this.batch = this.unshown;
      this.unshown = [];
    }
    if (!this.painter!.changesDom && this.shownInPass > REGISTER_ALL_LIMIT) {
      // Marks are drawn with the page, as its text is: only highlight ranges are windowed.
      this.windowed = true;
      this.batch = [];
      this.hideAll();
      this.refreshWindow();
    }
  }

  /** Give up the full pass under way, if any (its findings so far stay in the model until cleared). */
  private cancelPass(): void {
    this.cancelSlice?.();
    this.cancelSlice = null;
    this.endPass();
  }

  /**
   * Whether a block shows in the first screenful, by its element's box. Blocks are looked at in
   * document order until a run of them lies below the screen (the rest of the page, as a rule);
   * with marks, painting changes the layout, so only until anything is painted.
   */
  private onScreenTest(): (block: TextBlock) => boolean {
    const height = this.window.innerHeight;
    const width = this.window.innerWidth;
    const seen = new Map<Node, boolean>();
    let below = 0;
    return (block) => {
      if (below >= BELOW_SCREEN_RUN || (this.painter?.changesDom && this.paintedInPass)) return false;
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

  private rescan(changed: Node[]): void {
    if (this.stopped || this.paused) return;
    if (this.model.scanning) {
      // Blocks read before the change are read again once the full pass is done.
      this.changedDuringPass.push(...changed);
      return;
    }
    if (!this.isAlive()) {
      this.stop();
      return;
    }
    const within = this.model.within;
    if (within && !within.isConnected) {
      // The article was replaced (single-page navigation): find the new one.
      this.rescanAll();
      return;
    }
    this.mark(RESCAN_START_MARK);
    const painter = this.painter!;
    const plan = this.model.planRescan(changed);
    if (painter.changesDom) {
      // Marks must be gone before their blocks are read again.
      painter.hide(plan.stale);
      this.observer.discardOwnChanges();
      painter.show(this.enabled(this.model.applyRescan(plan).shown));
    } else {
      // Ranges over untouched Text nodes still fit: only the rest are made again.
      const { shown, inPlace } = this.model.applyRescan(plan);
      painter.hide(plan.stale.filter((placed) => !inPlace.has(placed)));
      const fresh = shown.filter((placed) => !inPlace.has(placed));
      if (this.windowed) this.showNear(fresh);
      else painter.show(this.enabled(fresh));
    }
    this.observer.discardOwnChanges();
    if (plan.stale.some((placed) => placed.finding === this.tooltip.finding)) this.tooltip.hide();
    this.mark(RESCAN_END_MARK);
    this.report();
  }

  private pause(): void {
    this.cancelPass();
    this.observer.disconnect();
    this.hideAll();
    this.tooltip.hide();
    this.model.clear();
    this.paused = true;
    this.report();
  }

  /** Show every enabled finding or, on a page with too many, those near the screen. */
  private showAll(): void {
    if (this.windowed) this.refreshWindow();
    else this.painter?.show(this.enabled(this.model.findings()));
  }

  private hideAll(): void {
    this.painter?.hideAll();
    this.inWindow = new Set();
  }

  /** Show the findings near the screen now, and only those. */
  private refreshWindow(): void {
    const painter = this.painter;
    if (!painter) return;
    // Near the screen first: a binary search, then only those few are filtered by category.
    const near = this.enabled(nearScreen(this.model.findings(), this.window.innerHeight));
    const keep = new Set(near);
    painter.hide([...this.inWindow].filter((placed) => !keep.has(placed)));
    painter.show(near);
    this.inWindow = keep;
  }

  /** Show those of these new findings that are near the screen. */
  private showNear(findings: readonly PlacedFinding[]): void {
    const near = this.enabled(findings).filter(nearScreenTest(this.window.innerHeight));
    this.painter?.show(near);
    for (const placed of near) this.inWindow.add(placed);
  }

  /** On scroll or resize: once a frame at most. */
  private readonly moveWindow = (): void => {
    if (!this.windowed || this.windowFrame !== 0) return;
    this.windowFrame = this.window.requestAnimationFrame(this.guard(() => {
      this.windowFrame = 0;
      if (this.windowed && !this.stopped) this.refreshWindow();
    }));
  };

  private createPainter(): Painter {
    const candidate = this.window as unknown as Partial<HighlightWindow>;
    return supportsHighlights(candidate) ? new HighlightRegistryPainter(candidate) : new MarkPainter(this.window);
  }

  private enabled(findings: readonly PlacedFinding[]): PlacedFinding[] {
    if (this.hiddenByUser) return [];
    return findings.filter((placed) => this.settings.categories[categoryOf(placed.finding)]);
  }

  /** The popup's view of the page: asked for only while it is open. */
  private summary(allFindings: boolean): PageSummary {
    return pageSummary(this.shownFindings(), placedTexts, this.about(), allFindings);
  }

  /** The findings the page has, as counted and listed: none while paused. */
  private shownFindings(): readonly PlacedFinding[] {
    return this.paused ? [] : this.model.findings();
  }

  private about(): PageAbout {
    const paused = this.paused === true;
    return {
      url: this.window.location.href,
      title: this.document.title,
      paused,
      languages: paused ? [] : this.environment.languagesUsed?.() ?? [],
    };
  }

  /** Only when asked ("Download JSON"): reading the page again costs as much as the page is long. A paused site is not read. */
  private pageFindings(): PageFindings {
    const about = { url: this.window.location.href, title: this.document.title };
    if (this.paused) return { ...about, text: '', findings: [] };
    const page = extractPageText(this.document, { within: this.model.within });
    return { ...about, text: page.text, findings: findingsInPageText(this.model.findings(), page) };
  }

  /** Tell the badge and an open popup, when anything they show changed (the popup then asks for the findings). */
  private report(): void {
    if (!this.isTopFrame || this.stopped) return;
    const findings = this.shownFindings();
    const about = this.about();
    const signature = [about.url, about.title, about.paused, about.languages.join(','), idsSignature(findings)].join(' ');
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    notifyExtension(this.environment.runtime, 'summary-changed', pageStatus(findings, about)).catch(() => {
      // Nobody listening is fine; an extension that is gone means this script must go too.
      if (!this.isAlive()) this.stop();
    });
  }

  private answer(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
    try {
      if (this.stopped || !isMessage(message) || !isFromOwnExtension(sender, this.environment.runtime.id)) return undefined;
      if (isMessage(message, 'get-summary')) return Promise.resolve(this.summary(message.payload.allFindings === true));
      if (message.type === 'get-page-findings') return Promise.resolve(this.pageFindings());
      if (isMessage(message, 'reveal-finding')) return Promise.resolve(this.reveal(message.payload.id));
      if (isMessage(message, 'run-command')) return Promise.resolve(this.runCommand(message.payload.command));
    } catch (error) {
      reportError(error);
    }
    return undefined;
  }

  /** A keyboard shortcut; false when there was nothing to do (paused, or no finding shown). */
  private runCommand(command: PageCommand): boolean {
    if (this.paused !== false || !this.painter) return false;
    if (command === 'toggle-highlights') {
      this.hiddenByUser = !this.hiddenByUser;
      this.hideAll();
      this.tooltip.hide();
      this.showAll();
      this.observer.discardOwnChanges();
      return true;
    }
    const shown = this.enabled(this.model.findings()).filter((placed) => this.painter!.rangeOf(placed));
    if (shown.length === 0) return false;
    const at = shown.findIndex((placed) => placed.id === this.cursorId);
    const step = command === 'next-finding' ? 1 : -1;
    const index = at < 0 ? (step > 0 ? 0 : shown.length - 1) : (at + step + shown.length) % shown.length;
    const target = shown[index]!;
    this.cursorId = target.id;
    this.reveal(target.id);
    // Scrolling fires `scroll`, which hides tooltips; show this one once the scroll has landed.
    this.window.requestAnimationFrame(() => this.window.requestAnimationFrame(this.guard(() => {
      const range = this.painter?.rangeOf(target);
      if (range && !this.stopped) this.tooltip.show(this.locator().contentOf(target), range.getBoundingClientRect());
    })));
    return true;
  }

  /** Scroll a finding into view and flash it; false when it is gone or not shown. */
  private reveal(id: number): boolean {
    const finding = this.model.findingById(id);
    if (finding && this.windowed && !this.painter?.rangeOf(finding)) {
      // Far from the screen, so not shown: go to its block first.
      const container = finding.span.block.container;
      if (container.nodeType === ELEMENT_NODE) (container as Element).scrollIntoView?.({ block: 'center', inline: 'nearest' });
      this.refreshWindow();
    }
    const range = finding && this.painter?.rangeOf(finding);
    if (!finding || !range) return false;
    const container = range.startContainer;
    const element = container.nodeType === 1 ? container as Element : container.parentElement;
    element?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    this.painter!.flash(finding);
    return true;
  }

  private locator(): FindingLocator {
    const innermost = (matches: (range: Range) => boolean): ShownFinding | null => {
      let best: ShownFinding | null = null;
      // Hit-tested once a frame while the pointer moves: on a windowed page only the findings shown near the screen.
      const shown = this.paused ? [] : this.windowed ? this.inWindow : this.enabled(this.model.findings());
      for (const finding of shown) {
        const range = this.painter?.rangeOf(finding);
        if (!range || !matches(range)) continue;
        if (!best || finding.span.end - finding.span.start < best.finding.span.end - best.finding.span.start) best = { finding, range };
      }
      return best;
    };
    return {
      findingAt: (node, offset) => innermost((range) => safely(() => range.isPointInRange(node, offset))),
      findingOver: (element) => innermost((range) => safely(() => range.intersectsNode(element))),
      contentOf: (placed) => {
        this.explained = placed;
        const { finding, source, content } = placed;
        return {
          finding,
          sourceText: source ? source.block.text.slice(source.start, source.end) : null,
          contentText: content.length > 0 ? content.map((span) => span.block.text.slice(span.start, span.end)).join(' ') : null,
        };
      },
    };
  }

  /** Light what the finding the tooltip shows credits, or (null) nothing. */
  private showContent(finding: Finding | null): void {
    const painter = this.painter;
    if (!painter) return;
    const placed = finding && this.explained?.finding === finding ? this.explained : null;
    // Marks change the DOM: the page's own changes are kept apart from ours, as when findings are shown.
    if (painter.changesDom) this.observer.collectPageChanges();
    painter.showContent(placed);
    if (painter.changesDom) this.observer.discardOwnChanges();
  }

  private mark(name: string, startTime?: number): void {
    this.window.performance?.mark?.(name, startTime === undefined ? undefined : { startTime });
  }

  /** A listener that never lets an exception reach the page. */
  private readonly guard = <A extends unknown[]>(listener: (...args: A) => void) => (...args: A): void => {
    const clock = this.window.performance;
    const start = clock?.now?.();
    try {
      listener(...args);
    } catch (error) {
      reportError(error);
    }
    if (start === undefined) return;
    const end = clock.now();
    if (end - start < LONG_WORK_MS) return;
    try {
      clock.measure?.(LONG_WORK_MEASURE, { start, end });
    } catch {
      // A page that replaced `performance` goes without the record.
    }
  };
}

/** Settings that change what is read and found, not only what is shown. */
function readingDiffers(a: Settings, b: Settings): boolean {
  return a.articleOnly !== b.articleOnly
    || a.neverMark.join('\n') !== b.neverMark.join('\n')
    || a.extraHedges.join('\n') !== b.extraHedges.join('\n');
}

function categoriesDiffer(a: Settings, b: Settings): boolean {
  return CATEGORIES.some((category) => a.categories[category] !== b.categories[category]);
}

/**
 * Ends the task, so the browser can answer input and draw in between. `scheduler.yield` goes on
 * ahead of the page's other queued tasks, which a busy page loading has many of; a timer waits behind them.
 */
function nextTask(window: PageWindow): Promise<void> {
  const scheduler = (window as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** Range tests throw for nodes in another document or a doctype; that just means "no". */
function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}

function reportError(error: unknown): void {
  console.debug('Quotelight:', error);
}
