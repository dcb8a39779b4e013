/**
 * The content script's logic, with every browser API passed in so jsdom tests can run it: it wires
 * the reader's settings, pause and dismissals, the messages of the popup and the background, the
 * tooltip, and rescans of what changes to the page model, the full pass (page/full-pass.ts) and
 * the painter (page/near-screen-painter.ts around the Highlight API or marks). Nothing it does may
 * break the page: every callback is guarded, all listeners hang off one AbortController, and when
 * the extension goes away (updated, reloaded, disabled) it removes its highlights and stops.
 */
import { categoryOf } from '../page/highlight-names';
import { FullPass } from '../page/full-pass';
import { HighlightRegistryPainter, supportsHighlights, type HighlightWindow } from '../page/highlight-registry-painter';
import { idleScheduler, idleSlices, type Schedule, type SliceSchedule } from '../page/idle-scheduler';
import { MarkPainter } from '../page/mark-painter';
import { NearScreenPainter } from '../page/near-screen-painter';
import { PageChangeObserver } from '../page/observer';
import { PageModel, type RescanResult } from '../page/page-model';
import { applyPersonalWords } from '../page/personal-words';
import { declaredLanguage } from '../shared/declared-language';
import { darkPageCss, HighlightColors, highlightColorCss, pageIsDark } from '../page/highlight-colors';
import { extractPageText } from '../page/text-blocks';
import { ArticleChoice } from '../page/article-choice';
import type { AnalyzeText, PlacedFinding } from '../page/placed-findings';
import { languageOfTag, warmUpSteps } from '../analysis';
import type { Finding, LanguageCode } from '../analysis/types';
import { Tooltip } from '../page/tooltip';
import { watchTooltipTriggers, type FindingLocator, type ShownFinding } from '../page/tooltip-triggers';
import type { MessageSender, RuntimeApi, StorageApi } from '../shared/extension-api';
import { translator, type I18nApi } from '../shared/i18n';
import type { PageFindings } from '../report/findings-json';
import { pageStatus, pageSummary, type PageAbout, type PageSummary } from '../report/summary';
import { dispatch, isFromOwnExtension, notifyExtension, type Handlers, type PageCommand, type ToContentScript } from '../shared/messages';
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
  /** The interface's language, for the tooltip's labels. */
  i18n: I18nApi;
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
/** When the first finding is handed to the painter (drawn at the next frame). */
export const FIRST_HIGHLIGHT_MARK = 'quotelight:first-highlight';
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
  private readonly article: ArticleChoice;
  private readonly observer: PageChangeObserver;
  private readonly tooltip: Tooltip;
  private readonly colors: HighlightColors;
  /** Only the top frame talks to the popup and the badge; frames only show highlights. */
  private readonly isTopFrame: boolean;
  /** Made at the first full pass. */
  private painter: NearScreenPainter | null = null;
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
  /** Null until the settings are first read, or a full pass starts before them. */
  private paused: boolean | null = null;
  /** Until the settings are read, findings are found but not shown (the site may be paused, or categories off). */
  private settingsRead = false;
  /** A full pass done before the settings were read: its end is marked and reported once they are. */
  private endUnmarked = false;
  private firstHighlightMarked = false;
  private lastSignature = '';
  private stopped = false;
  /** When this script started: the first pass's scan-start mark is dated from it, settings load included. */
  private startedAt: number | undefined;
  private readonly slices: SliceSchedule;
  /** The last full pass, done, given up or under way; null before the first. */
  private pass: FullPass | null = null;

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
    this.article = new ArticleChoice(this.document);
    this.observer = new PageChangeObserver(
      this.window,
      environment.schedule ?? idleScheduler(this.window),
      this.guard((changed: Node[]) => this.rescan(changed)),
    );
    const { local } = environment.storage;
    this.tooltip = new Tooltip(this.document, translator(environment.i18n), {
      onDismiss: this.guard((finding: Finding) => {
        const term = termOf(finding.text);
        const host = this.window.location.hostname;
        if (term && host) void updateDismissals(local, (d) => withDismissal(d, host, term, true)).catch(reportError);
      }),
      onShown: this.guard((finding: Finding | null) => this.showContent(finding)),
    });
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

    const unwatchDismissals = watchDismissals(storage, this.guard((d: Dismissals) => this.applyDismissals(d)));
    signal.addEventListener('abort', unwatchDismissals);
    // Both read at once; unreadable storage (or an extension already gone) means defaults.
    const dismissals = loadDismissals(storage.local).catch(() => null);
    const stored = loadSettings(storage.sync).catch(() => defaultSettings());
    const read = dismissals
      .then((loaded) => {
        if (loaded && !this.stopped) this.guard(() => this.applyDismissals(loaded))();
        return stored;
      })
      .then((settings) => {
        if (!this.stopped && !this.settingsRead) this.guard(() => this.applySettings(settings))();
      });
    // Storage takes 5 to 200 ms to answer, and the settings mostly choose which findings are shown
    // and how: the page is read meanwhile, as the default settings read it. First the analyzer's
    // one-time costs are paid, each step in a task of its own so that none is long, in the language
    // the page declares (the analyzer itself, not `environment.analyze`, which may keep a record of
    // what it read); then the pass starts in a task of its own, unless the settings came first and
    // say the site is paused.
    const warmUp = this.environment.warmUp ?? warmUpSteps;
    for (const step of warmUp(languageOfTag(declaredLanguage(this.document)) ?? 'en')) {
      await nextTask(this.window);
      if (this.stopped) return;
      if (this.paused === null) this.guard(step)();
    }
    await nextTask(this.window);
    if (this.stopped) return;
    if (this.paused === null) this.guard(() => this.fullPass())();
    await read;
    if (this.stopped) return;

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
      this.window.addEventListener(type, this.guard(() => this.painter?.follow()), { signal, passive: true, capture: true });
    }
    await this.pass?.done;
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
    this.pass?.cancel();
    this.guard(() => this.observer.disconnect())();
    this.guard(() => this.painter?.hideAll())();
    this.painter?.reset();
    this.guard(() => this.tooltip.remove())();
    this.guard(() => this.colors.apply(null))();
    this.model.clear();
  }

  private applySettings(settings: Settings): void {
    if (this.stopped) return;
    const previous = this.settings;
    this.settings = settings;
    const paused = isPausedOn(settings, this.window.location.hostname);
    if (!this.settingsRead) {
      this.settingsRead = true;
      this.settingsArrived(previous, paused);
    } else if (this.paused === null || (this.paused && !paused)) {
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
      this.painter?.hideAll();
      this.painter?.showAll();
      this.observer.discardOwnChanges();
    }
    this.applyColors();
  }

  /** The first settings read: the pass begun before them is shown, read again or given up. */
  private settingsArrived(assumed: Settings, paused: boolean): void {
    if (this.paused === null) {
      // Read before the pass started, which starts as they say, if at all.
      if (paused) {
        this.paused = true;
        this.report();
      }
    } else if (paused) {
      this.pause();
    } else if (readingDiffers(assumed, this.settings)) {
      this.rescanAll();
    } else {
      // Marks change the DOM: the page's own changes are kept apart from ours.
      if (this.painter?.changesDom) this.observer.collectPageChanges();
      this.painter?.showAll();
      this.observer.discardOwnChanges();
      if (this.endUnmarked) {
        this.endUnmarked = false;
        this.mark(SCAN_END_MARK);
      }
      this.report();
    }
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
    this.pass?.cancel();
    this.observer.collectPageChanges();
    this.painter?.hideAll();
    this.observer.discardOwnChanges();
    this.tooltip.hide();
    this.model.clear();
    this.fullPass();
  }

  /**
   * Read and analyse the whole page: the first slice now, the rest in idle-time slices (blocks on
   * the first screen first), each slice's findings shown as it ends (page/full-pass.ts).
   */
  private fullPass(): void {
    this.mark(SCAN_START_MARK, this.startedAt);
    this.startedAt = undefined;
    const painter = (this.painter ??= this.createPainter());
    const pass = new FullPass({
      window: this.window,
      document: this.document,
      model: this.model,
      observer: this.observer,
      painter,
      slices: this.slices,
      enabled: (findings) => this.enabled(findings),
      guard: this.guard,
      onError: reportError,
      onDone: (changed) => this.passDone(changed),
    });
    this.pass = pass;
    this.observer.observe(this.document);
    this.model.setWithin(this.settings.articleOnly ? this.article.choose() : null);
    this.paused = false;
    pass.start();
  }

  private passDone(changed: Node[]): void {
    // The page's background is looked at again at each full pass (a site's dark theme may load late).
    this.darkPage = safely(() => pageIsDark(this.window));
    this.applyColors();
    if (this.settingsRead) this.mark(SCAN_END_MARK);
    else this.endUnmarked = true;
    this.report();
    if (changed.length > 0) this.rescan(changed);
  }

  private rescan(changed: Node[]): void {
    if (this.stopped || this.paused) return;
    if (this.model.scanning) {
      // Blocks read before the change are read again once the full pass is done.
      this.pass?.holdBack(changed);
      return;
    }
    if (!this.isAlive()) {
      this.stop();
      return;
    }
    if (this.settings.articleOnly && this.article.changedBy(changed, this.model.within)) {
      // The article was replaced (single-page navigation), or the page's articles changed (a live blog's posts): read what is chosen now.
      this.rescanAll();
      return;
    }
    this.mark(RESCAN_START_MARK);
    const painter = this.painter!;
    const plan = this.model.planRescan(changed);
    let result: RescanResult;
    if (painter.changesDom) {
      // Marks must be gone before their blocks are read again.
      painter.hide(plan.stale);
      this.observer.discardOwnChanges();
      result = this.model.applyRescan(plan);
      painter.hide(result.dropped);
      painter.show(this.enabled(result.shown));
    } else {
      // Ranges over untouched Text nodes still fit: only the rest are made again.
      result = this.model.applyRescan(plan);
      const { shown, inPlace, dropped } = result;
      painter.hide([...plan.stale.filter((placed) => !inPlace.has(placed)), ...dropped]);
      painter.show(this.enabled(shown.filter((placed) => !inPlace.has(placed))));
    }
    this.observer.discardOwnChanges();
    if ([...plan.stale, ...result.dropped].some((placed) => placed.finding === this.tooltip.finding)) this.tooltip.hide();
    this.mark(RESCAN_END_MARK);
    this.report();
  }

  private pause(): void {
    this.pass?.cancel();
    this.observer.disconnect();
    this.painter?.hideAll();
    this.tooltip.hide();
    this.model.clear();
    this.paused = true;
    this.report();
  }

  private createPainter(): NearScreenPainter {
    const candidate = this.window as unknown as Partial<HighlightWindow>;
    const painter = supportsHighlights(candidate) ? new HighlightRegistryPainter(candidate) : new MarkPainter(this.window);
    const findings = { all: () => this.model.findings(), enabled: (placed: readonly PlacedFinding[]) => this.enabled(placed) };
    return new NearScreenPainter(painter, this.window, findings, this.guard);
  }

  private enabled(findings: readonly PlacedFinding[]): PlacedFinding[] {
    if (this.hiddenByUser || !this.settingsRead) return [];
    const enabled = findings.filter((placed) => this.settings.categories[categoryOf(placed.finding)]);
    if (enabled.length > 0 && !this.firstHighlightMarked) {
      this.firstHighlightMarked = true;
      this.mark(FIRST_HIGHLIGHT_MARK);
    }
    return enabled;
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
    // Nothing is said before the settings are read: the site may be paused.
    if (!this.isTopFrame || this.stopped || !this.settingsRead) return;
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

  /** The popup's questions and the background's shortcuts: one answer per message type of the protocol. */
  private readonly handlers: Handlers<keyof ToContentScript> = {
    'get-summary': ({ payload }) => this.summary(payload.allFindings === true),
    'get-page-findings': () => this.pageFindings(),
    'reveal-finding': ({ payload }) => this.reveal(payload.id),
    'run-command': ({ payload }) => this.runCommand(payload.command),
  };

  private answer(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
    try {
      if (this.stopped || !isFromOwnExtension(sender, this.environment.runtime.id)) return undefined;
      return dispatch(this.handlers, message, sender);
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
      this.painter?.hideAll();
      this.tooltip.hide();
      this.painter?.showAll();
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
    // Far from the screen on a page with too many to show all: go to its block first.
    if (finding) this.painter?.bringNear(finding);
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
      const shown = this.paused || !this.painter ? [] : this.painter.showing();
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
