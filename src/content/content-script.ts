/**
 * The content script's logic, with every browser API passed in so jsdom tests can run it: the
 * first full pass, rescans of what changes, highlights per the user's settings, the tooltip, and
 * the popup's questions. Nothing it does may break the page: every callback is guarded, all
 * listeners hang off one AbortController, and when the extension goes away (updated, reloaded,
 * disabled) it removes its highlights and stops.
 */
import { categoryOf } from '../page/highlight-names';
import { HighlightRegistryPainter, supportsHighlights, type HighlightWindow } from '../page/highlight-registry-painter';
import { idleScheduler, type Schedule } from '../page/idle-scheduler';
import { MarkPainter } from '../page/mark-painter';
import { PageChangeObserver } from '../page/observer';
import { PageModel } from '../page/page-model';
import type { Painter } from '../page/painter';
import { applyPersonalWords } from '../page/personal-words';
import { darkPageCss, HighlightColors, highlightColorCss, pageIsDark } from '../page/highlight-colors';
import { extractPageText, findArticleRoot } from '../page/text-blocks';
import type { AnalyzeText, PlacedFinding } from '../page/placed-findings';
import type { Finding, LanguageCode } from '../analysis/types';
import { Tooltip } from '../page/tooltip';
import { watchTooltipTriggers, type FindingLocator, type ShownFinding } from '../page/tooltip-triggers';
import type { MessageSender, RuntimeApi, StorageApi } from '../shared/extension-api';
import { translator, type I18nApi } from '../shared/i18n';
import { isFromOwnExtension, isMessage, notifyExtension, type PageCommand, type PageFindings, type PageSummary } from '../shared/messages';
import { dismissedOn, loadDismissals, updateDismissals, watchDismissals, withDismissal, type Dismissals } from '../shared/dismissals';
import { termOf } from '../page/personal-words';
import {
  CATEGORIES, defaultSettings, hasStandardColors, isPausedOn, loadSettings, watchSettings, type Settings,
} from '../shared/settings';
import { findingsInPageText } from './page-findings';
import { summarize } from './page-summary';

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
  /** The languages `analyze` has read this page in so far (the popup says which); none when absent. */
  languagesUsed?: () => readonly LanguageCode[];
  /** The interface's language for the tooltip's labels; English without it. */
  i18n?: I18nApi;
  /** When batched rescans run; idle time by default. */
  schedule?: Schedule;
}

export interface RunningContentScript {
  /** Settles once the settings are read and the first pass (if not paused) is done. */
  ready: Promise<void>;
  /** Whether the extension that started this script is still installed and enabled. */
  isAlive(): boolean;
  stop(): void;
}

/** Performance marks on the page's timeline (issue 3's test contract). */
export const SCAN_START_MARK = 'quotelight:scan-start';
export const SCAN_END_MARK = 'quotelight:scan-end';
export const RESCAN_END_MARK = 'quotelight:rescan-end';

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
  /** Terms the reader dismissed on this site ("Not a scare quote"). */
  private dismissed: string[] = [];
  /** Null until the settings are first read. */
  private paused: boolean | null = null;
  private lastSignature = '';
  private stopped = false;

  constructor(private readonly environment: ContentScriptEnvironment) {
    this.window = environment.window;
    // From the page's window: its addEventListener accepts only its own AbortSignal (jsdom is strict about it).
    this.abort = new environment.window.AbortController();
    this.document = environment.window.document;
    this.isTopFrame = this.window.top === this.window;
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
    }), environment.i18n && translator(environment.i18n));
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
      try {
        this.dismissed = dismissedOn(await loadDismissals(local), this.window.location.hostname);
      } catch {
        // Unreadable: nothing dismissed.
      }
    }
    let settings: Settings;
    try {
      settings = await loadSettings(storage.sync);
    } catch {
      // Storage unreadable (or the extension already gone): run with the defaults.
      settings = defaultSettings();
    }
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
    this.guard(() => this.observer.disconnect())();
    this.guard(() => this.painter?.hideAll())();
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
      const painter = this.painter!;
      painter.hideAll();
      painter.show(this.enabled(this.model.findings()));
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

  /** The reader's colours, made lighter on a page with a dark background (checked at each full pass). */
  private applyColors(): void {
    const dark = this.darkPage ??= safely(() => pageIsDark(this.window));
    const { colors } = this.settings;
    this.colors.apply(dark ? darkPageCss(colors) : hasStandardColors(this.settings) ? null : highlightColorCss(colors));
  }

  /** Read and analyse the page again from scratch (word lists or "article text only" changed). */
  private rescanAll(): void {
    this.observer.collectPageChanges();
    this.painter?.hideAll();
    this.observer.discardOwnChanges();
    this.tooltip.hide();
    this.model.clear();
    this.fullPass();
  }

  private fullPass(): void {
    this.mark(SCAN_START_MARK);
    this.painter ??= this.createPainter();
    this.observer.observe(this.document);
    this.model.setWithin(this.settings.articleOnly ? findArticleRoot(this.document) : null);
    // The page's background is looked at again at each full pass (a site's dark theme may load late).
    this.darkPage = null;
    this.applyColors();
    const findings = this.model.scanAll(this.document);
    this.painter.show(this.enabled(findings));
    this.observer.discardOwnChanges();
    this.paused = false;
    this.mark(SCAN_END_MARK);
    this.report();
  }

  private rescan(changed: Node[]): void {
    if (this.stopped || this.paused) return;
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
      painter.show(this.enabled(shown.filter((placed) => !inPlace.has(placed))));
    }
    this.observer.discardOwnChanges();
    if (plan.stale.some((placed) => placed.finding === this.tooltip.finding)) this.tooltip.hide();
    this.mark(RESCAN_END_MARK);
    this.report();
  }

  private pause(): void {
    this.observer.disconnect();
    this.painter?.hideAll();
    this.tooltip.hide();
    this.model.clear();
    this.paused = true;
    this.report();
  }

  private createPainter(): Painter {
    const candidate = this.window as unknown as Partial<HighlightWindow>;
    return supportsHighlights(candidate) ? new HighlightRegistryPainter(candidate) : new MarkPainter(this.window);
  }

  private enabled(findings: readonly PlacedFinding[]): PlacedFinding[] {
    if (this.hiddenByUser) return [];
    return findings.filter((placed) => this.settings.categories[categoryOf(placed.finding)]);
  }

  private summary(): PageSummary {
    const page = { url: this.window.location.href, title: this.document.title };
    if (this.paused) return summarize([], page, true);
    return summarize(this.model.findings(), page, false, this.environment.languagesUsed?.() ?? []);
  }

  /** Only when asked ("Download JSON"): reading the page again costs as much as the page is long. A paused site is not read. */
  private pageFindings(): PageFindings {
    const about = { url: this.window.location.href, title: this.document.title };
    if (this.paused) return { ...about, text: '', findings: [] };
    const page = extractPageText(this.document, { within: this.model.within });
    return { ...about, text: page.text, findings: findingsInPageText(this.model.findings(), page) };
  }

  /** Tell the badge and an open popup, when anything they show changed. */
  private report(): void {
    if (!this.isTopFrame || this.stopped) return;
    // A finding keeps its text and sentence for as long as it keeps its id, so the ids stand for
    // the list (much cheaper than comparing serialized summaries on a page with 50,000 findings).
    const findings = this.paused ? [] : this.model.findings();
    const languages = this.environment.languagesUsed?.().join(',') ?? '';
    const signature = [this.window.location.href, this.document.title, this.paused, languages, ...findings.map((placed) => placed.id)].join(' ');
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    notifyExtension(this.environment.runtime, 'summary-changed', this.summary()).catch(() => {
      // Nobody listening is fine; an extension that is gone means this script must go too.
      if (!this.isAlive()) this.stop();
    });
  }

  private answer(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
    try {
      if (this.stopped || !isMessage(message) || !isFromOwnExtension(sender, this.environment.runtime.id)) return undefined;
      if (message.type === 'get-summary') return Promise.resolve(this.summary());
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
      this.painter.hideAll();
      this.tooltip.hide();
      this.painter.show(this.enabled(this.model.findings()));
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
      for (const finding of this.paused ? [] : this.enabled(this.model.findings())) {
        const range = this.painter?.rangeOf(finding);
        if (!range || !matches(range)) continue;
        if (!best || finding.span.end - finding.span.start < best.finding.span.end - best.finding.span.start) best = { finding, range };
      }
      return best;
    };
    return {
      findingAt: (node, offset) => innermost((range) => safely(() => range.isPointInRange(node, offset))),
      findingOver: (element) => innermost((range) => safely(() => range.intersectsNode(element))),
      contentOf: ({ finding, source }) => ({
        finding,
        sourceText: source ? source.block.text.slice(source.start, source.end) : null,
      }),
    };
  }

  private mark(name: string): void {
    this.window.performance?.mark?.(name);
  }

  /** A listener that never lets an exception reach the page. */
  private readonly guard = <A extends unknown[]>(listener: (...args: A) => void) => (...args: A): void => {
    try {
      listener(...args);
    } catch (error) {
      reportError(error);
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
