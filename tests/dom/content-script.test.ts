import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_HIGHLIGHT_MARK, LONG_WORK_MEASURE, RESCAN_END_MARK, SCAN_END_MARK, SCAN_START_MARK, startContentScript, type PageWindow } from '../../src/content/content-script';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-names';
import { MAX_LISTED_FINDINGS, type PageStatus, type PageSummary } from '../../src/report/summary';
import type { LanguageCode } from '../../src/analysis/types';
import { defaultSettings } from '../../src/shared/settings';
import { fakeAnalyze, fakeAnalyzeWithContent } from './helpers/fake-analyzer';
import { fakeBrowser } from '../helpers/fake-browser';
import { FakeHighlight } from './helpers/fake-highlights';
import { manualSchedule } from './helpers/manual-schedule';

const ARTICLE = `
  <main id="main">
    <h1>The alleged <em>“peace</em> process”</h1>
    <p id="kyodo">Kyodo <a href="#x">said</a> talks were “over”. It reportedly ended.</p>
    <p>Tanaka said “no”.</p>
  </main>`;

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

interface SetUpOptions {
  highlights?: boolean;
  settings?: unknown;
  html?: string;
  analyze?: typeof fakeAnalyze;
  /** Runs as soon as the script has started, before its first pass. */
  afterStart?: (window: PageWindow, marks: readonly string[]) => void;
  warmUp?: (lang: LanguageCode) => Array<() => void>;
  /** `<html lang>`. */
  lang?: string;
}

async function setUp(options: SetUpOptions = {}) {
  const dom = new JSDOM(`<!doctype html><html${options.lang ? ` lang="${options.lang}"` : ''}><head><title>News</title></head><body>${options.html ?? ARTICLE}</body></html>`, {
    url: 'https://news.example/article',
    pretendToBeVisual: true,
  });
  const window = dom.window as unknown as PageWindow & { CSS: unknown; Highlight: unknown; FocusEvent: typeof FocusEvent };
  const registry = new Map<string, FakeHighlight>();
  if (options.highlights) {
    window.CSS = { highlights: registry };
    window.Highlight = FakeHighlight;
  }
  const marks: string[] = [];
  window.performance.mark = ((name: string) => void marks.push(name)) as unknown as Performance['mark'];
  const extension = fakeBrowser({ settings: options.settings });
  const schedule = manualSchedule();
  const original = window.document.documentElement.outerHTML;
  const script = startContentScript({
    window, ...extension.api, analyze: options.analyze ?? fakeAnalyze, schedule: schedule.schedule,
    warmUp: options.warmUp,
  });
  options.afterStart?.(window, marks);
  running.push(() => {
    script.stop();
    dom.window.close();
  });
  await script.ready;
  const { document } = window;
  return {
    window, document, extension, schedule, script, registry, marks, original,
    /** What the content script last told the badge. */
    lastStatus: () => (extension.broadcasts.at(-1) as { payload: PageStatus }).payload,
    /** What the popup would be shown. */
    askSummary: (payload: { allFindings?: boolean } = {}) => extension.ask({ type: 'get-summary', payload }) as Promise<PageSummary>,
    rangeTexts: (name: string) => [...registry.get(name) ?? []].map((range) => range.toString()),
    markTexts: (name: string) => [...document.querySelectorAll(`mark[data-quotelight="${name}"]`)].map((mark) => mark.textContent),
  };
}

describe('content script, Highlight-API mode', () => {
  it('registers all nine names after the first pass, marks the timeline, and leaves the DOM alone', async () => {
    const { registry, marks, document, original, rangeTexts } = await setUp({ highlights: true });
    expect([...registry.keys()].sort()).toEqual([...HIGHLIGHT_NAMES].sort());
    expect(rangeTexts('quotelight-scare')).toEqual(['“peace process”', '“over”', '“no”']);
    expect(rangeTexts('quotelight-source')).toEqual(['Kyodo', 'Tanaka']);
    expect(rangeTexts('quotelight-partial')).toEqual([]);
    expect(marks).toEqual([SCAN_START_MARK, FIRST_HIGHLIGHT_MARK, SCAN_END_MARK]);
    expect(document.documentElement.outerHTML).toBe(original);
  });

  it('starts up in several tasks, so a task the page queued meanwhile runs before the first pass', async () => {
    let marksWhenPageRan: number | undefined;
    const { marks } = await setUp({
      highlights: true,
      afterStart: (window, marks) => window.setTimeout(() => (marksWhenPageRan = marks.length), 0),
    });
    expect(marksWhenPageRan).toBe(0);
    expect(marks).toEqual([SCAN_START_MARK, FIRST_HIGHLIGHT_MARK, SCAN_END_MARK]);
  });

  it('records each stretch of its own work of 20 ms or more on the timeline, and no shorter one', async () => {
    const measures: Array<{ name: string; duration: number }> = [];
    // The first pass is slow; the rescan below (whose run holds " More.") is not.
    const slowAnalyze: typeof fakeAnalyze = (text) => {
      const until = performance.now() + (text.includes('alleged') && !text.includes(' More.') ? 30 : 0);
      while (performance.now() < until) { /* a slow block */ }
      return fakeAnalyze(text);
    };
    const record = (window: PageWindow) => {
      window.performance.measure = ((name: string, options: { start: number; end: number }) =>
        void measures.push({ name, duration: options.end - options.start })) as unknown as Performance['measure'];
    };
    const { document, schedule, marks } = await setUp({ highlights: true, analyze: slowAnalyze, afterStart: record });
    expect(measures.map((m) => m.name)).toContain(LONG_WORK_MEASURE);
    expect(Math.max(...measures.map((m) => m.duration))).toBeGreaterThanOrEqual(30);
    measures.length = 0;
    document.querySelector('main p:last-child')!.append(' More.');
    await schedule.run();
    expect(marks).toContain(RESCAN_END_MARK);
    expect(measures).toEqual([]);
  });

  it('highlights added content and drops removed content at the next idle pass', async () => {
    const { document, schedule, marks, rangeTexts, lastStatus } = await setUp({ highlights: true });
    const added = document.createElement('p');
    added.textContent = 'Later, an “update”.';
    document.getElementById('main')!.append(added);
    await schedule.run();
    expect(rangeTexts('quotelight-scare')).toEqual(['“peace process”', '“over”', '“no”', '“update”']);
    expect(marks.at(-1)).toBe(RESCAN_END_MARK);
    expect(lastStatus().counts.scare).toBe(4);

    document.getElementById('kyodo')!.remove();
    await schedule.run();
    expect(rangeTexts('quotelight-scare')).toEqual(['“peace process”', '“no”', '“update”']);
    expect(rangeTexts('quotelight-source')).toEqual(['Tanaka']);
    expect(lastStatus().counts).toMatchObject({ scare: 3, attribution: 1, 'attribution-named': 1, 'attribution-none': 0 });
  });

  it('watches open shadow roots it has read', async () => {
    const { document, schedule, rangeTexts } = await setUp({ highlights: true, html: '<div id="host"></div>' });
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    host.append(document.createComment('custom element ready'));
    await schedule.run();
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Inside a “component”.';
    shadow.append(paragraph);
    await schedule.run();
    expect(rangeTexts('quotelight-scare')).toEqual(['“component”']);
  });

  it('drops highlights of content hidden by inline display:none, and ignores other style changes', async () => {
    const { document, schedule, marks, rangeTexts } = await setUp({ highlights: true });
    const kyodo = document.getElementById('kyodo')!;
    kyodo.style.color = 'red';
    await schedule.run();
    expect(marks).not.toContain(RESCAN_END_MARK);
    kyodo.style.display = 'none';
    await schedule.run();
    expect(rangeTexts('quotelight-scare')).toEqual(['“peace process”', '“no”']);
    kyodo.style.display = '';
    await schedule.run();
    expect(rangeTexts('quotelight-scare').sort()).toEqual(['“no”', '“over”', '“peace process”']);
  });

  it('follows text a framework edits in place', async () => {
    const { document, schedule, rangeTexts } = await setUp({ highlights: true });
    document.querySelector('em')!.firstChild!.textContent = '“war';
    await schedule.run();
    expect(rangeTexts('quotelight-scare').sort()).toEqual(['“no”', '“over”', '“war process”']);
  });

  it('ignores its own tooltip and changes inside skipped content', async () => {
    const { document, schedule, window, marks } = await setUp({ highlights: true, html: `${ARTICLE}<textarea id="t"></textarea>` });
    document.querySelector('a')!.dispatchEvent(new window.FocusEvent('focusin', { bubbles: true }));
    const host = document.querySelector('[data-quotelight-ui]')!;
    expect(host.parentNode).toBe(document.documentElement);
    // Closed: the page cannot reach in.
    expect(host.shadowRoot).toBeNull();
    (document.getElementById('t') as HTMLTextAreaElement).append('typed “text”');
    document.querySelector('a')!.dispatchEvent(new window.FocusEvent('focusin', { bubbles: true }));
    await schedule.run();
    expect(marks).not.toContain(RESCAN_END_MARK);
  });
});

describe('content script, who is credited with what', () => {
  /** Focus on the cue's link shows its tooltip; Escape closes it. */
  const focusCue = (window: PageWindow & { FocusEvent: typeof FocusEvent }) =>
    window.document.querySelector('#kyodo a')!.dispatchEvent(new window.FocusEvent('focusin', { bubbles: true }));
  const pressEscape = (window: PageWindow) =>
    window.dispatchEvent(new (window as unknown as { KeyboardEvent: typeof KeyboardEvent }).KeyboardEvent('keydown', { key: 'Escape' }));

  it('Highlight API: the tooltip names the source and the claim, and lights the claim while open', async () => {
    const { window, rangeTexts, registry } = await setUp({ highlights: true, analyze: fakeAnalyzeWithContent });
    // The tooltip's root is closed and made at its first showing: the test keeps the one made.
    const attachShadow = vi.spyOn((window as unknown as { Element: typeof Element }).Element.prototype, 'attachShadow');
    expect(registry.has('quotelight-content')).toBe(false);
    focusCue(window);
    expect(rangeTexts('quotelight-content')).toEqual(['talks were “over”']);
    const card = (attachShadow.mock.results.at(-1)!.value as ShadowRoot).querySelector('[role="tooltip"]')!;
    expect([...card.children].slice(2, 4).map((line) => line.textContent)).toEqual(['Source: Kyodo (named source)', 'Claim: talks were “over”']);
    pressEscape(window);
    expect(registry.has('quotelight-content')).toBe(false);
    attachShadow.mockRestore();
  });

  it('<mark> fallback: lights the claim with marks while open, without a rescan, and leaves the DOM as it was', async () => {
    const { window, document, markTexts, schedule, marks } = await setUp({ analyze: fakeAnalyzeWithContent });
    const shown = document.body.innerHTML;
    focusCue(window);
    expect(markTexts('quotelight-content').join('')).toBe('talks were “over”');
    await schedule.run();
    expect(marks).not.toContain(RESCAN_END_MARK);
    pressEscape(window);
    expect(markTexts('quotelight-content')).toEqual([]);
    expect(document.body.innerHTML).toBe(shown);
    await schedule.run();
    expect(marks).not.toContain(RESCAN_END_MARK);
  });
});

describe('content script, <mark> fallback', () => {
  it('wraps findings in marks and reports counts', async () => {
    const { markTexts, lastStatus, askSummary, document } = await setUp();
    expect(markTexts('quotelight-hedge')).toEqual(['alleged']);
    expect(markTexts('quotelight-attribution-none')).toEqual(['reportedly']);
    const status = lastStatus();
    expect(status).toMatchObject({ url: 'https://news.example/article', title: 'News', paused: false });
    // The findings are asked for by the popup, never broadcast: a page may have 100,000 of them.
    expect(status).not.toHaveProperty('findings');
    const summary = await askSummary();
    expect(summary).toEqual(expect.objectContaining(status));
    expect(status.counts).toEqual({
      scare: 3, partial: 0, direct: 0, title: 0,
      attribution: 3, 'attribution-named': 2, 'attribution-vague': 0, 'attribution-none': 1,
      hedge: 1,
    });
    expect(summary.findings.map((finding) => finding.text)).toEqual(['alleged', '“peace process”', 'said', '“over”', 'reportedly', 'said', '“no”']);
    expect(summary.findings.find((finding) => finding.kind === 'attribution')!.sourceText).toBe('Kyodo');
    expect(summary).toMatchObject({ findingTotal: 7, scareTerms: [{ term: 'no', count: 1 }, { term: 'over', count: 1 }, { term: 'peace process', count: 1 }] });
    expect(summary.sources).toEqual({ named: [{ term: 'Kyodo', count: 1 }, { term: 'Tanaka', count: 1 }], vague: [] });
    expect(document.querySelectorAll('main mark').length).toBeGreaterThan(7);
  });

  it('rescans a changed block without leaving marks behind', async () => {
    const { document, schedule, markTexts } = await setUp();
    const kyodo = document.getElementById('kyodo')!;
    kyodo.append(' Later “more”.');
    await schedule.run();
    expect(markTexts('quotelight-scare')).toEqual(['“peace', ' process”', '“over”', '“more”', '“no”']);
    expect(document.querySelectorAll('#kyodo mark mark')).toHaveLength(0);
  });

  it('removes everything and restores the DOM exactly when the site is paused, and comes back on resume', async () => {
    const { document, extension, original, lastStatus, askSummary, markTexts } = await setUp();
    await extension.api.storage.sync.set({ settings: { ...defaultSettings(), pausedSites: ['news.example'] } });
    expect(document.documentElement.outerHTML).toBe(original);
    expect(lastStatus()).toMatchObject({ paused: true, counts: { scare: 0 } });
    expect(await askSummary()).toMatchObject({ paused: true, findings: [] });
    await extension.api.storage.sync.set({ settings: defaultSettings() });
    expect(markTexts('quotelight-hedge')).toEqual(['alleged']);
  });

  it('shows only the switched-on categories, at once', async () => {
    const { extension, markTexts, lastStatus } = await setUp();
    const settings = defaultSettings();
    settings.categories.scare = false;
    await extension.api.storage.sync.set({ settings });
    expect(markTexts('quotelight-scare')).toEqual([]);
    expect(markTexts('quotelight-hedge')).toEqual(['alleged']);
    expect(lastStatus().counts.scare).toBe(3);
  });

  it('readies the analyzer for the language the page declares, and not at all on a paused site', async () => {
    const readied: string[] = [];
    const warmUp = (lang: LanguageCode) => [() => void readied.push(`${lang} 1`), () => void readied.push(`${lang} 2`)];
    await setUp({ warmUp, html: '<main><p>Il a dit “non”.</p></main>' });
    expect(readied).toEqual(['en 1', 'en 2']);
    readied.length = 0;
    await setUp({ warmUp, lang: 'fr-CA', html: '<main><p>Il a dit « non ».</p></main>' });
    expect(readied).toEqual(['fr 1', 'fr 2']);
    readied.length = 0;
    await setUp({ warmUp, settings: { pausedSites: ['news.example'] } });
    expect(readied).toEqual([]);
  });

  it('does not start on a paused site', async () => {
    const { document, original, lastStatus } = await setUp({ settings: { pausedSites: ['news.example'] } });
    expect(document.documentElement.outerHTML).toBe(original);
    expect(lastStatus().paused).toBe(true);
  });

  it('removes its highlights and stops when the extension goes away', async () => {
    const { document, extension, schedule, original } = await setUp();
    extension.api.runtime.id = undefined as unknown as string;
    document.getElementById('main')!.append('new “text”');
    await schedule.run();
    document.getElementById('main')!.lastChild!.remove();
    expect(document.documentElement.outerHTML).toBe(original);
    expect(extension.api.runtime.onMessage.listeners.size).toBe(0);
  });
});

describe('content script, settings read slowly', () => {
  /** The script started with its settings withheld until `release` is called. */
  async function startWithSlowSettings(settings: unknown, highlights: boolean) {
    const dom = new JSDOM(`<!doctype html><html><head><title>News</title></head><body>${ARTICLE}</body></html>`, {
      url: 'https://news.example/article',
      pretendToBeVisual: true,
    });
    const window = dom.window as unknown as PageWindow & { CSS: unknown; Highlight: unknown };
    const registry = new Map<string, FakeHighlight>();
    if (highlights) {
      window.CSS = { highlights: registry };
      window.Highlight = FakeHighlight;
    }
    const marks: string[] = [];
    window.performance.mark = ((name: string) => void marks.push(name)) as unknown as Performance['mark'];
    const extension = fakeBrowser({ settings });
    const { get } = extension.api.storage.sync;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    extension.api.storage.sync.get = async (key: string) => {
      await released;
      return get(key);
    };
    const analysed: string[] = [];
    const analyze = (text: string) => {
      analysed.push(text);
      return fakeAnalyze(text);
    };
    const original = window.document.documentElement.outerHTML;
    const script = startContentScript({ window, ...extension.api, analyze, schedule: manualSchedule().schedule });
    running.push(() => {
      script.stop();
      dom.window.close();
    });
    await vi.waitFor(() => expect(marks).toContain(SCAN_START_MARK));
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { window, extension, marks, analysed, registry, original, release, ready: script.ready };
  }

  it('reads the page meanwhile, and shows and tells nothing until they are read', async () => {
    const page = await startWithSlowSettings(undefined, true);
    expect(page.analysed.join(' ')).toContain('reportedly');
    expect([...page.registry.values()].reduce((n, h) => n + h.size, 0)).toBe(0);
    expect(page.extension.broadcasts).toEqual([]);
    expect(page.marks).toEqual([SCAN_START_MARK]);
    page.release();
    await page.ready;
    expect([...page.registry.get('quotelight-scare')!].map((range) => range.toString())).toEqual(['“peace process”', '“over”', '“no”']);
    expect(page.marks).toEqual([SCAN_START_MARK, FIRST_HIGHLIGHT_MARK, SCAN_END_MARK]);
    expect(page.extension.broadcasts).not.toEqual([]);
  });

  it('leaves the page as it was when they say the site is paused', async () => {
    const page = await startWithSlowSettings({ ...defaultSettings(), pausedSites: ['news.example'] }, false);
    page.release();
    await page.ready;
    expect(page.window.document.documentElement.outerHTML).toBe(page.original);
    expect((page.extension.broadcasts.at(-1) as { payload: PageStatus }).payload.paused).toBe(true);
  });

  it('reads the page again when they hold a word list', async () => {
    const page = await startWithSlowSettings({ ...defaultSettings(), neverMark: ['over'] }, false);
    page.release();
    await page.ready;
    await vi.waitFor(() => expect(page.marks).toContain(SCAN_END_MARK));
    const scare = [...page.window.document.querySelectorAll('mark[data-quotelight="quotelight-scare"]')].map((mark) => mark.textContent);
    expect(scare).toEqual(['“peace', ' process”', '“no”']);
  });
});

describe('content script, messages', () => {
  it('answers the popup: the summary, and revealing a finding', async () => {
    const { extension, lastStatus, askSummary } = await setUp({ highlights: true });
    const summary = await askSummary();
    expect(summary).toEqual(expect.objectContaining(lastStatus()));
    const [first] = summary.findings;
    expect(await extension.ask({ type: 'reveal-finding', payload: { id: first!.id } })).toBe(true);
    expect(await extension.ask({ type: 'reveal-finding', payload: { id: 999 } })).toBe(false);
  });

  it('lists the first findings for the popup and every one when asked, with the tallies of all', async () => {
    const html = `<main>${Array.from({ length: MAX_LISTED_FINDINGS + 20 }, (_, k) => `<p>A “term ${k % 3}”, Kyodo said.</p>`).join('')}</main>`;
    const { askSummary } = await setUp({ html, highlights: true });
    const total = 2 * (MAX_LISTED_FINDINGS + 20);
    const listed = await askSummary();
    expect(listed.findings).toHaveLength(MAX_LISTED_FINDINGS);
    expect(listed.findingTotal).toBe(total);
    expect(listed.scareTerms.reduce((sum, term) => sum + term.count, 0)).toBe(MAX_LISTED_FINDINGS + 20);
    expect(listed.sources.named).toEqual([{ term: 'Kyodo', count: MAX_LISTED_FINDINGS + 20 }]);
    const every = await askSummary({ allFindings: true });
    expect(every.findings).toHaveLength(total);
    expect(every.findings.slice(0, MAX_LISTED_FINDINGS)).toEqual(listed.findings);
  });

  it('ignores malformed messages and other senders', async () => {
    const { extension } = await setUp();
    expect(extension.ask({ type: 'get-summary', payload: {} }, { id: 'other-extension' })).toBeUndefined();
    expect(extension.ask({ type: 'get-summary' })).toBeUndefined();
    expect(extension.ask('get-summary')).toBeUndefined();
  });
});

describe('content script, failures', () => {
  it('lets no exception from the analyzer reach the page', async () => {
    const analyze = vi.fn(() => {
      throw new Error('analyzer bug');
    });
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { document, original } = await setUp({ analyze });
    expect(analyze).toHaveBeenCalled();
    expect(debug).toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(original);
    debug.mockRestore();
  });
});
