import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { startContentScript, type PageWindow } from '../../src/content/content-script';
import { pageAnalyzer } from '../../src/content/page-analyzer';
import { declaredLanguage } from '../../src/shared/declared-language';
import type { PageStatus, PageSummary } from '../../src/report/summary';
import { defaultSettings } from '../../src/shared/settings';
import { fakeBrowser } from '../helpers/fake-browser';
import { manualSchedule } from './helpers/manual-schedule';

const FRENCH = `<main><p>Le ministre a déclaré que la « réforme » était nécessaire, selon l’agence.</p>
  <p id="last">Les syndicats ont dénoncé une prétendue « modernisation », a-t-il ajouté.</p></main>`;

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

async function setUp(html: string, lang: string, settings?: unknown) {
  const dom = new JSDOM(`<!doctype html><html lang="${lang}"><head><title>Article</title></head><body>${html}</body></html>`, {
    url: 'https://news.example/article',
  });
  const window = dom.window as unknown as PageWindow;
  const extension = fakeBrowser({ settings });
  const schedule = manualSchedule();
  const { analyze, languagesUsed } = pageAnalyzer(() => declaredLanguage(window.document));
  const script = startContentScript({ window, ...extension.api, analyze, languagesUsed, schedule: schedule.schedule });
  running.push(() => {
    script.stop();
    dom.window.close();
  });
  await script.ready;
  const lastStatus = () => (extension.broadcasts.at(-1) as { payload: PageStatus }).payload;
  const askSummary = () => extension.ask({ type: 'get-summary', payload: {} }) as Promise<PageSummary>;
  return { window, extension, schedule, lastStatus, askSummary };
}

describe('content script: the languages a page was read in', () => {
  it('reports the language of a French page in its summary', async () => {
    const { lastStatus, askSummary } = await setUp(FRENCH, 'fr');
    expect(lastStatus().languages).toEqual(['fr']);
    const summary = await askSummary();
    expect(summary.findings.length).toBeGreaterThan(0);
    expect(summary).toMatchObject({ languages: ['fr'] });
  });

  it('adds the language of a paragraph added later, and reports the change', async () => {
    const { window, schedule, lastStatus } = await setUp(FRENCH, 'fr');
    const added = window.document.createElement('p');
    added.textContent = 'The minister said on Tuesday that the so-called “reform” would go ahead, according to officials who were at the meeting.';
    window.document.querySelector('main')!.append(added);
    await schedule.run();
    expect(lastStatus().languages).toEqual(['fr', 'en']);
  });

  it('reports no language on a paused site', async () => {
    const { lastStatus } = await setUp(FRENCH, 'fr', { ...defaultSettings(), pausedSites: ['news.example'] });
    expect(lastStatus()).toMatchObject({ paused: true, languages: [] });
  });
});
