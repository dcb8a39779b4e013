import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { startContentScript, type PageWindow } from '../../src/content/content-script';
import { pageAnalyzer } from '../../src/content/page-analyzer';
import { extractPageText } from '../../src/page/text-blocks';
import type { PageFindings } from '../../src/report/findings-json';
import { isPageFindings } from '../../src/shared/messages';
import { defaultSettings } from '../../src/shared/settings';
import { findingsJson } from '../../src/report/findings-json';
import type { AttributionFinding, Finding } from '../../src/analysis/types';
import { fakeAnalyzeWithContent } from './helpers/fake-analyzer';
import { fakeBrowser } from '../helpers/fake-browser';
import { manualSchedule } from './helpers/manual-schedule';

const ARTICLE = `<header><a href="/">Home</a></header><main>
  <h1>The alleged <em>“peace</em> process”</h1>
  <p>Kyodo <a href="#x">said</a> talks were “over”. It reportedly ended.</p>
  <p>Tanaka said “no”, according to officials.</p>
</main>`;

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

async function setUp(settings: unknown = { ...defaultSettings(), articleOnly: false }, analyze?: (text: string) => Finding[]) {
  const dom = new JSDOM(`<!doctype html><html lang="en"><head><title>News</title></head><body>${ARTICLE}</body></html>`, {
    url: 'https://news.example/article',
  });
  const window = dom.window as unknown as PageWindow;
  const extension = fakeBrowser({ settings });
  const schedule = manualSchedule();
  const { analyze: analyzePage, languagesUsed } = pageAnalyzer(() => 'en');
  const script = startContentScript({
    window, ...extension.api, analyze: analyze ?? analyzePage, languagesUsed, schedule: schedule.schedule,
  });
  running.push(() => {
    script.stop();
    dom.window.close();
  });
  await script.ready;
  const ask = async () => {
    const reply = await extension.ask({ type: 'get-page-findings', payload: {} });
    expect(isPageFindings(reply)).toBe(true);
    return reply as PageFindings;
  };
  return { window, schedule, ask, extension };
}

/** Every offset indexes the page text: a finding's, its source's and its sentence's. */
function expectConsistent({ text, findings }: PageFindings): void {
  for (const finding of findings) {
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    if (finding.kind === 'attribution' && finding.source) expect(text.slice(finding.source.start, finding.source.end)).toBe(finding.source.text);
    if (finding.kind === 'attribution' && finding.content) expect(finding.content.end).toBeLessThanOrEqual(text.length);
    expect(finding.sentence.start).toBeLessThanOrEqual(finding.start);
    expect(finding.sentence.end).toBeGreaterThanOrEqual(finding.end);
  }
}

describe('content script: the page’s findings in the spec format', () => {
  it('are what the CLI finds in the same page, with the page text and address', async () => {
    const { window, ask } = await setUp();
    const reply = await ask();
    const { text } = extractPageText(window.document);
    expect(reply).toEqual({ url: 'https://news.example/article', title: 'News', text, findings: analyze(text, { hint: 'en' }) });
    expect(reply.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['quote', 'attribution', 'hedge']));
    expect(reply.findings.some((f) => f.kind === 'attribution' && f.source)).toBe(true);
    expectConsistent(reply);
  });

  it('keep their offsets right after paragraphs are added before and after them', async () => {
    const { window, schedule, ask } = await setUp();
    const main = window.document.querySelector('main')!;
    const before = window.document.createElement('p');
    before.textContent = 'Officials said the “deal” was close.';
    main.querySelector('h1')!.after(before);
    const after = window.document.createElement('p');
    after.textContent = 'The so-called “reform” was reportedly delayed.';
    main.append(after);
    await schedule.run();
    const reply = await ask();
    expectConsistent(reply);
    expect(reply.findings.map((f) => f.text)).toEqual(expect.arrayContaining(['“deal”', 'so-called', '“reform”', '“over”', 'said']));
  });

  it('leave out a finding whose paragraph changed and is not read yet, rather than misplace it', async () => {
    const { window, ask } = await setUp();
    const first = (await ask()).findings.length;
    window.document.querySelector('p')!.firstChild!.textContent = 'Reuters ';
    const reply = await ask();
    expectConsistent(reply);
    expect(reply.findings.length).toBeLessThan(first);
  });

  it('carry each attribution’s content, at its place in the page text, also after the page changed', async () => {
    const { window, schedule, ask } = await setUp(undefined, fakeAnalyzeWithContent);
    const claims = ({ text, findings }: PageFindings) => findings.flatMap((f) => (f.kind === 'attribution' && f.content ? [text.slice(f.content.start, f.content.end)] : []));
    const before = await ask();
    expectConsistent(before);
    expect(claims(before)).toEqual(['talks were “over”', '“no”, according to officials']);
    // In the file as in the reply: the JSON the popup saves is these findings, written as they are.
    expect(JSON.parse(findingsJson(before.findings)).findings.find((f: Finding) => f.kind === 'attribution').content).toEqual(
      (before.findings.find((f) => f.kind === 'attribution') as AttributionFinding).content,
    );
    const main = window.document.querySelector('main')!;
    const added = window.document.createElement('p');
    added.textContent = 'Reuters said the “deal” was close.';
    main.querySelector('h1')!.after(added);
    await schedule.run();
    const after = await ask();
    expectConsistent(after);
    expect(claims(after)).toEqual(['the “deal” was close', 'talks were “over”', '“no”, according to officials']);
  });

  it('are none on a paused site, whose text is not read', async () => {
    const { ask } = await setUp({ ...defaultSettings(), pausedSites: ['news.example'] });
    expect(await ask()).toMatchObject({ text: '', findings: [] });
  });

  it('are not given to another extension', async () => {
    const { extension } = await setUp();
    expect(extension.ask({ type: 'get-page-findings', payload: {} }, { id: 'other' })).toBeUndefined();
  });
});
