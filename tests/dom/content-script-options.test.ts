// What the options page's settings do on a page: word lists, article text only, where it runs, colours.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { startContentScript, type PageWindow } from '../../src/content/content-script';
import type { PageSummary } from '../../src/report/summary';
import { defaultSettings, saveSettings, withPalette, type Settings } from '../../src/shared/settings';
import { fakeAnalyze } from './helpers/fake-analyzer';
import { fakeBrowser } from '../helpers/fake-browser';
import { FakeHighlight } from './helpers/fake-highlights';
import { manualSchedule } from './helpers/manual-schedule';

const LONG = 'Tanaka said the talks went on for hours and ended late in the evening with nothing agreed at all. '.repeat(3);
const PAGE = `
  <nav id="nav"><p>Menu: the “latest” news</p></nav>
  <article id="story">
    <p id="first">Kyodo said talks were “over”. It was purportedly final.</p>
    <p>${LONG}</p>
  </article>
  <aside id="comments"><p>A commenter called it a “sham”.</p></aside>`;

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

async function setUp(settings: Partial<Settings> = {}, url = 'https://news.example/article') {
  const dom = new JSDOM(`<!doctype html><html><head><title>News</title></head><body>${PAGE}</body></html>`, { url, pretendToBeVisual: true });
  const window = dom.window as unknown as PageWindow & { CSS: unknown; Highlight: unknown };
  const registry = new Map<string, FakeHighlight>();
  window.CSS = { highlights: registry };
  window.Highlight = FakeHighlight;
  window.performance.mark = (() => undefined) as unknown as Performance['mark'];
  const extension = fakeBrowser({ settings: { ...defaultSettings(), ...settings } });
  const schedule = manualSchedule();
  const script = startContentScript({ window, ...extension.api, analyze: fakeAnalyze, schedule: schedule.schedule });
  running.push(() => {
    script.stop();
    dom.window.close();
  });
  await script.ready;
  return {
    window, extension, schedule, document: window.document,
    scare: () => [...registry.get('quotelight-scare') ?? []].map((range) => range.toString()),
    hedges: () => [...registry.get('quotelight-hedge') ?? []].map((range) => range.toString()),
    lastSummary: () => (extension.broadcasts.at(-1) as { payload: PageSummary }).payload,
    save: (next: Partial<Settings>) => saveSettings(extension.api.storage.sync, { ...defaultSettings(), ...settings, ...next }),
  };
}

describe('article text only', () => {
  it('is on by default and reads only the article', async () => {
    const { scare, lastSummary } = await setUp();
    expect(scare()).toEqual(['“over”']);
    expect(lastSummary().counts.scare).toBe(1);
  });

  it('off, reads the whole page; switching it reads the page again', async () => {
    const page = await setUp({ articleOnly: false });
    expect(page.scare()).toEqual(['“latest”', '“over”', '“sham”']);
    await page.save({ articleOnly: true });
    expect(page.scare()).toEqual(['“over”']);
    expect(page.lastSummary().counts.scare).toBe(1);
  });

  it('ignores changes outside the article and reads those inside', async () => {
    const { document, schedule, scare } = await setUp();
    const comment = document.createElement('p');
    comment.textContent = 'Another “troll” comment.';
    document.getElementById('comments')!.append(comment);
    const line = document.createElement('p');
    line.textContent = 'An “update” to the story.';
    document.getElementById('story')!.append(line);
    await schedule.run();
    expect(scare()).toEqual(['“over”', '“update”']);
  });
});

describe('word lists', () => {
  it('never marks the reader’s terms and marks their extra distancing words', async () => {
    const page = await setUp({ neverMark: ['over'], extraHedges: ['purportedly'] });
    expect(page.scare()).toEqual([]);
    expect(page.hedges()).toEqual(['purportedly']);
    await page.save({ neverMark: [], extraHedges: [] });
    expect(page.scare()).toEqual(['“over”']);
    expect(page.hedges()).toEqual([]);
  });
});

describe('where it runs', () => {
  it('runs only on chosen sites in that mode', async () => {
    const off = await setUp({ siteMode: 'chosen', chosenSites: ['other.example'] });
    expect(off.scare()).toEqual([]);
    expect(off.lastSummary().paused).toBe(true);
    await off.save({ siteMode: 'chosen', chosenSites: ['news.example'] });
    expect(off.scare()).toEqual(['“over”']);
  });

  it('never runs on the never-run list', async () => {
    const page = await setUp({ pausedSites: ['news.example'] });
    expect(page.lastSummary().paused).toBe(true);
    expect(page.scare()).toEqual([]);
  });
});

describe('colours', () => {
  it('adopts a colour sheet only for non-standard colours, and removes it again', async () => {
    const page = await setUp();
    const sheets = () => page.document.adoptedStyleSheets ?? [];
    const before = sheets().length;
    await saveSettings(page.extension.api.storage.sync, withPalette(defaultSettings(), 'colorblind'));
    if (!('adoptedStyleSheets' in page.document)) return; // jsdom without constructed sheets: nothing to check
    expect(sheets().length).toBe(before + 1);
    await saveSettings(page.extension.api.storage.sync, defaultSettings());
    expect(sheets().length).toBe(before);
  });
});

describe('dismissals ("Not a scare quote")', () => {
  it('drops the dismissed term on this site only, and brings it back when undone', async () => {
    const page = await setUp();
    const { local } = page.extension.api.storage;
    await local.set({ dismissals: { 'other.example': ['over'] } });
    expect(page.scare()).toEqual(['“over”']);
    await local.set({ dismissals: { 'news.example': ['over'] } });
    expect(page.scare()).toEqual([]);
    expect(page.lastSummary().counts.scare).toBe(0);
    await local.set({ dismissals: {} });
    expect(page.scare()).toEqual(['“over”']);
  });
});

describe('keyboard shortcuts on the page', () => {
  const command = (page: Awaited<ReturnType<typeof setUp>>, name: string) =>
    page.extension.ask({ type: 'run-command', payload: { command: name } });

  it('toggles the highlights off and on, without changing the counts', async () => {
    const page = await setUp({ articleOnly: false });
    expect(await command(page, 'toggle-highlights')).toBe(true);
    expect(page.scare()).toEqual([]);
    expect(await command(page, 'toggle-highlights')).toBe(true);
    expect(page.scare()).toEqual(['“latest”', '“over”', '“sham”']);
  });

  it('goes to the next and previous finding, wrapping round, and shows its tooltip', async () => {
    const page = await setUp({ articleOnly: false, categories: { scare: true, partial: false, direct: false, title: false, attribution: false, hedge: false } });
    // jsdom has no layout: give ranges a box.
    (page.window as unknown as { Range: typeof Range }).Range.prototype.getBoundingClientRect = () =>
      ({ top: 10, bottom: 20, left: 10, right: 50, width: 40, height: 10 }) as DOMRect;
    const flashed = () => [...(page.window as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('quotelight-flash') ?? []].map(String);
    await command(page, 'next-finding');
    expect(flashed()).toEqual(['“latest”']);
    await command(page, 'next-finding');
    expect(flashed()).toEqual(['“over”']);
    await command(page, 'previous-finding');
    await command(page, 'previous-finding');
    expect(flashed()).toEqual(['“sham”']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const host = page.document.querySelector<HTMLElement>('quotelight-tooltip');
    expect(host?.style.getPropertyValue('display')).toBe('block');
  });

  it('does nothing while paused', async () => {
    const page = await setUp({ pausedSites: ['news.example'] });
    expect(await command(page, 'next-finding')).toBe(false);
  });
});
