// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { COUNT_NAMES, type Counts } from '../../src/report/counts';
import { MAX_LISTED_FINDINGS, type FindingSummary, type PageSummary } from '../../src/report/summary';
import { SETTINGS_KEY, parseSettings } from '../../src/shared/settings';
import { jsonFileName, startPopup } from '../../src/popup/popup';
import { fakeBrowser, settle, type SentToTab } from '../helpers/fake-browser';

function counts(values: Partial<Counts>): Counts {
  return { ...Object.fromEntries(COUNT_NAMES.map((n) => [n, 0])), ...values } as Counts;
}

const findings: FindingSummary[] = [
  { id: 0, kind: 'quote', class: 'scare', text: '“experts”', sentence: 'The “experts” disagree.' },
  { id: 1, kind: 'quote', class: 'scare', text: '"Experts"', sentence: '"Experts" again.' },
  { id: 2, kind: 'quote', class: 'scare', text: '‘peace process’', sentence: 'The ‘peace process’ stalled.' },
  { id: 3, kind: 'attribution', sourceType: 'named', text: 'said', sourceText: 'Kyodo', sentence: 'Kyodo said so.' },
  { id: 4, kind: 'attribution', sourceType: 'vague', text: 'say', sourceText: 'officials', sentence: 'Officials say so.' },
  { id: 5, kind: 'attribution', sourceType: 'none', text: 'reportedly', sentence: 'It reportedly did.' },
  { id: 6, kind: 'hedge', text: 'so-called', sentence: 'The so-called plan.' },
  { id: 7, kind: 'quote', class: 'direct', text: '“<img src=x onerror=alert(1)>”', sentence: 'x' },
];

const summary: PageSummary = {
  url: 'https://news.example/story',
  title: 'Story',
  counts: counts({ scare: 3, direct: 1, attribution: 3, 'attribution-named': 1, 'attribution-vague': 1, 'attribution-none': 1, hedge: 1 }),
  findings,
  findingTotal: findings.length,
  scareTerms: [{ term: 'experts', count: 2 }, { term: 'peace process', count: 1 }],
  sources: { named: [{ term: 'Kyodo', count: 1 }], vague: [{ term: 'officials', count: 1 }] },
  paused: false,
  languages: ['en'],
};

const answerWith = (s: PageSummary, reveal = true) => async ({ message }: SentToTab) =>
  ((message as { type: string }).type === 'get-summary' ? s : reveal);

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('main');
  root.id = 'app';
  document.body.append(root);
});

const count = (name: string) => root.querySelector(`[data-count="${name}"]`)?.textContent;
const texts = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe('popup', () => {
  it('shows the summary of the tab named by ?tabId, asked from its top frame', async () => {
    const { api, toTabs } = fakeBrowser({ activeTabId: 1, answer: answerWith(summary) });
    await startPopup(root, api, '?tabId=7');
    expect(toTabs[0]).toEqual({ tabId: 7, message: { type: 'get-summary', payload: {} }, options: { frameId: 0 } });
    expect(root.dataset.state).toBe('ready');
    for (const name of COUNT_NAMES) expect(count(name)).toBe(String(summary.counts[name]));
    expect(texts('.legend li')).toEqual(['named source 34%', 'vague source 33%', 'no source 33%']);
    expect(texts('.terms .term').slice(0, 2)).toEqual(['“experts”', '“peace process”']);
    expect(texts('.terms .times').slice(0, 2)).toEqual(['×2', '×1']);
    expect(texts('.sources h3')).toEqual(['Named', 'Vague']);
    expect(texts('.sources .term')).toEqual(['Kyodo', 'officials']);
    expect(root.querySelectorAll('button[data-finding]')).toHaveLength(findings.length);
    expect(root.querySelector('.site')?.textContent).toBe('news.example');
  });

  it('gives every control a name a screen reader can announce', async () => {
    const { api } = fakeBrowser({ answer: answerWith(summary) });
    await startPopup(root, api, '?tabId=7');
    const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(checkboxes).toHaveLength(7);
    for (const box of checkboxes) expect(box.closest('label')?.textContent?.trim()).not.toBe('');
    for (const button of root.querySelectorAll('button')) expect(button.textContent?.trim()).not.toBe('');
    expect(root.querySelector('.bar')?.getAttribute('aria-label')).toBe('34% named source, 33% vague source, 33% no source');
  });

  it('uses the active tab when no tab is named', async () => {
    const { api, toTabs } = fakeBrowser({ activeTabId: 3, answer: answerWith(summary) });
    await startPopup(root, api, '');
    expect(toTabs[0]?.tabId).toBe(3);
  });

  it('says so where no content script answers', async () => {
    const { api } = fakeBrowser({ activeTabId: 3 });
    await startPopup(root, api, '');
    expect(root.dataset.state).toBe('unavailable');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/does not run on this page/);
    expect(root.querySelector<HTMLElement>('.content')?.hidden).toBe(true);
  });

  it.each(['?tabId=abc', '?tabId=-1'])('treats a malformed %s as no tab', async (search) => {
    const { api, toTabs } = fakeBrowser({ activeTabId: 3, answer: answerWith(summary) });
    await startPopup(root, api, search);
    expect(root.dataset.state).toBe('unavailable');
    expect(toTabs).toEqual([]);
  });

  it('puts page text in as text, never as markup', async () => {
    const { api } = fakeBrowser({ answer: answerWith(summary) });
    await startPopup(root, api, '?tabId=7');
    expect(root.querySelector('img')).toBeNull();
    expect(texts('.finding .text')).toContain('“<img src=x onerror=alert(1)>”');
  });

  /** A page whose summary the test changes, and the status message it would send then. */
  function changingPage(initial: PageSummary) {
    let current = initial;
    const browser = fakeBrowser({ answer: async ({ message }: SentToTab) => ((message as { type: string }).type === 'get-summary' ? current : true) });
    const change = (next: PageSummary) => {
      current = next;
      const { findings: _, ...status } = next;
      return { type: 'summary-changed', payload: status };
    };
    return { ...browser, change };
  }

  it('asks again when its tab says its findings changed, and only then', async () => {
    const { api, toTabs, fromContentScript, change } = changingPage(summary);
    await startPopup(root, api, '?tabId=7');
    const update = (scare: number) => change({ ...summary, counts: counts({ ...summary.counts, scare }) });
    api.runtime.onMessage.emit(update(10), fromContentScript(8));
    api.runtime.onMessage.emit(update(11), { ...fromContentScript(7), id: 'another-extension' });
    api.runtime.onMessage.emit(update(12), fromContentScript(7, 3));
    api.runtime.onMessage.emit({ type: 'summary-changed', payload: { ...summary, counts: { scare: 13 } } }, fromContentScript(7));
    await settle();
    expect(toTabs).toHaveLength(1);
    expect(count('scare')).toBe('3');
    api.runtime.onMessage.emit(update(14), fromContentScript(7));
    await settle();
    expect(count('scare')).toBe('14');
  });

  it('asks once more when the page changes while it is asking, never twice at once', async () => {
    const { api, toTabs, fromContentScript, change } = changingPage(summary);
    await startPopup(root, api, '?tabId=7');
    for (const scare of [20, 21, 22]) api.runtime.onMessage.emit(change({ ...summary, counts: counts({ ...summary.counts, scare }) }), fromContentScript(7));
    await settle();
    expect(toTabs).toHaveLength(3);
    expect(count('scare')).toBe('22');
  });

  it('keeps keyboard focus on the same finding across a live update', async () => {
    const { api, fromContentScript, change } = changingPage(summary);
    await startPopup(root, api, '?tabId=7');
    root.querySelector<HTMLElement>('[data-finding="4"]')?.focus();
    api.runtime.onMessage.emit(change({ ...summary, findings: findings.slice(2) }), fromContentScript(7));
    await settle();
    expect(document.activeElement?.getAttribute('data-finding')).toBe('4');
    expect(root.querySelectorAll('[data-finding]')).toHaveLength(findings.length - 2);
  });

  it('saves a category switch and reflects changes made elsewhere', async () => {
    const { api, stored } = fakeBrowser({ answer: answerWith(summary) });
    await startPopup(root, api, '?tabId=7');
    const scare = root.querySelector<HTMLInputElement>('input[data-category="scare"]')!;
    expect(scare.checked).toBe(true);
    scare.click();
    await settle();
    expect(parseSettings(stored[SETTINGS_KEY]).categories.scare).toBe(false);
    await api.storage.sync.set({ [SETTINGS_KEY]: { categories: { scare: true, hedge: false } } });
    expect(scare.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[data-category="hedge"]')?.checked).toBe(false);
  });

  it('pauses and resumes on the page’s site', async () => {
    const { api, stored } = fakeBrowser({ answer: answerWith(summary) });
    await startPopup(root, api, '?tabId=7');
    const pause = root.querySelector<HTMLInputElement>('.pause input')!;
    expect(root.querySelector('.pause')?.textContent).toBe('Pause on news.example');
    pause.click();
    await settle();
    expect(parseSettings(stored[SETTINGS_KEY]).pausedSites).toEqual(['news.example']);
    expect(pause.checked).toBe(true);
    pause.click();
    await settle();
    expect(parseSettings(stored[SETTINGS_KEY]).pausedSites).toEqual([]);
  });

  it('says when the page reports that it is paused', async () => {
    const { api } = fakeBrowser({ answer: answerWith({ ...summary, paused: true }) });
    await startPopup(root, api, '?tabId=7');
    expect(root.dataset.state).toBe('ready');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Paused on this site/);
  });

  it('asks the tab to reveal a clicked finding, and says when it has gone', async () => {
    const { api, toTabs } = fakeBrowser({ answer: answerWith(summary, false) });
    await startPopup(root, api, '?tabId=7');
    root.querySelector<HTMLElement>('[data-finding="2"]')?.click();
    await settle();
    expect(toTabs.at(-1)).toEqual({ tabId: 7, message: { type: 'reveal-finding', payload: { id: 2 } }, options: { frameId: 0 } });
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/no longer on the page/);
    expect(root.dataset.state).toBe('ready');
  });

  it('lists the findings the page sends and says how many it left out', async () => {
    const many = Array.from({ length: MAX_LISTED_FINDINGS }, (_, id) => ({ ...findings[0]!, id }));
    const { api } = fakeBrowser({ answer: answerWith({ ...summary, findings: many, findingTotal: MAX_LISTED_FINDINGS + 5 }) });
    await startPopup(root, api, '?tabId=7');
    expect(root.querySelectorAll('[data-finding]')).toHaveLength(MAX_LISTED_FINDINGS);
    expect(root.querySelector('.findings + .note')?.textContent).toBe(`Showing the first ${MAX_LISTED_FINDINGS} of ${MAX_LISTED_FINDINGS + 5}.`);
  });

  describe('claims by source', () => {
    const claim = (id: number, sourceText: string, contentText?: string, sourceType: 'named' | 'vague' = 'named'): FindingSummary =>
      ({ id, kind: 'attribution', sourceType, text: 'said', sourceText, ...(contentText ? { contentText } : {}), sentence: `Sentence ${id}.` });
    const claims: FindingSummary[] = [
      claim(10, 'Kyodo', 'talks will resume'),
      claim(11, 'officials', 'the plan was “dead on arrival”', 'vague'),
      claim(12, 'Officials', 'no deal is near…', 'vague'),
      { id: 13, kind: 'attribution', sourceType: 'none', text: 'reportedly', contentText: 'it stalled', sentence: 'It reportedly stalled.' },
      claim(14, 'OFFICIALS ', undefined, 'vague'),
      { id: 15, kind: 'hedge', text: 'alleged', sentence: 'The alleged plot.' },
    ];
    const groups = () => [...root.querySelectorAll('.claims .claim-source')].map((group) => ({
      head: [...group.querySelectorAll('.claim-head span')].map((span) => span.textContent).join(' '),
      claims: [...group.querySelectorAll('button[data-claim]')].map((button) => `${button.getAttribute('data-claim')} ${button.textContent}`),
    }));

    it('groups the credited sources case-insensitively, most claims first, each claim with its content', async () => {
      const { api } = fakeBrowser({ answer: answerWith({ ...summary, findings: claims }) });
      await startPopup(root, api, '?tabId=7');
      expect(texts('h2')).toContain('Claims by source');
      expect(groups()).toEqual([
        { head: 'officials ×3', claims: ['11 the plan was “dead on arrival”', '12 no deal is near…', '14 (what “said” credits was not found)'] },
        { head: 'Kyodo ×1', claims: ['10 talks will resume'] },
      ]);
      // A claim is coloured as its source is, and names its sentence on hover, as a finding does.
      const first = root.querySelector('button[data-claim="11"]')!;
      expect(first.className).toBe('finding claim source-vague');
      expect(first.getAttribute('title')).toBe('Sentence 11.');
      // The findings list is unchanged: the claims are a view of its attributions.
      expect(root.querySelectorAll('button[data-finding]')).toHaveLength(claims.length);
    });

    it('scrolls the page to a clicked claim, as to a finding', async () => {
      const { api, toTabs } = fakeBrowser({ answer: answerWith({ ...summary, findings: claims }) });
      await startPopup(root, api, '?tabId=7');
      root.querySelector<HTMLElement>('button[data-claim="12"]')?.click();
      await settle();
      expect(toTabs.at(-1)).toEqual({ tabId: 7, message: { type: 'reveal-finding', payload: { id: 12 } }, options: { frameId: 0 } });
    });

    it('says none when nothing is credited to a source, and puts page text in as text', async () => {
      const { api } = fakeBrowser({ answer: answerWith({ ...summary, findings: [claim(1, '<b>x</b>', '<img src=x>')] }) });
      await startPopup(root, api, '?tabId=7');
      expect(root.querySelector('img, b')).toBeNull();
      expect(groups()).toEqual([{ head: '<b>x</b> ×1', claims: ['1 <img src=x>'] }]);
      const { api: empty } = fakeBrowser({ answer: answerWith({ ...summary, findings: findings.filter((f) => f.kind !== 'attribution') }) });
      root.replaceChildren();
      await startPopup(root, empty, '?tabId=7');
      expect(texts('.claims li')).toEqual(['None']);
    });

    it('groups only the listed findings, and says so on a page with more', async () => {
      const many = Array.from({ length: MAX_LISTED_FINDINGS }, (_, id) => claim(id, 'Kyodo', `claim ${id}`));
      const { api } = fakeBrowser({ answer: answerWith({ ...summary, findings: many, findingTotal: MAX_LISTED_FINDINGS + 40 }) });
      await startPopup(root, api, '?tabId=7');
      expect(root.querySelectorAll('button[data-claim]')).toHaveLength(MAX_LISTED_FINDINGS);
      expect(root.querySelector('.claims + .note')?.textContent).toBe(`From the first ${MAX_LISTED_FINDINGS} of ${MAX_LISTED_FINDINGS + 40} findings.`);
      const { api: whole } = fakeBrowser({ answer: answerWith({ ...summary, findings: claims, findingTotal: claims.length }) });
      root.replaceChildren();
      await startPopup(root, whole, '?tabId=7');
      expect(root.querySelector<HTMLElement>('.claims + .note')?.hidden).toBe(true);
    });

    it('keeps keyboard focus on the same claim across a live update', async () => {
      const { api, fromContentScript, change } = changingPage({ ...summary, findings: claims });
      await startPopup(root, api, '?tabId=7');
      root.querySelector<HTMLElement>('[data-claim="12"]')?.focus();
      api.runtime.onMessage.emit(change({ ...summary, findings: claims.slice(1) }), fromContentScript(7));
      await settle();
      expect(document.activeElement?.getAttribute('data-claim')).toBe('12');
    });
  });

  it('says which language the page was read in, and follows a live update to several', async () => {
    const { api, fromContentScript, change } = changingPage({ ...summary, languages: ['fr'] });
    await startPopup(root, api, '?tabId=7');
    expect(root.querySelector('.language')?.textContent).toBe('Language: French');
    api.runtime.onMessage.emit(change({ ...summary, languages: ['de', 'en'] }), fromContentScript(7));
    await settle();
    expect(root.querySelector('.language')?.textContent).toBe('Languages: German, English');
  });

  it('shows no language line before the page is read', async () => {
    const { api } = fakeBrowser({ answer: answerWith({ ...summary, languages: [] }) });
    await startPopup(root, api, '?tabId=7');
    expect(root.querySelector<HTMLElement>('.language')?.hidden).toBe(true);
  });

  it('shows zero shares and no bar when nothing is attributed', async () => {
    const empty = { ...summary, counts: counts({}), findings: [], findingTotal: 0 };
    const { api } = fakeBrowser({ answer: answerWith(empty) });
    await startPopup(root, api, '?tabId=7');
    expect(texts('.legend li')).toEqual(['named source 0%', 'vague source 0%', 'no source 0%']);
    expect(root.querySelector('.bar')?.classList.contains('empty')).toBe(true);
    expect(root.querySelector('.findings + .note')?.textContent).toBe('Nothing found on this page.');
  });
});

describe('Copy report', () => {
  it('writes the page report as Markdown and says so', async () => {
    const { api } = fakeBrowser({ activeTabId: 4, answer: answerWith(summary) });
    const written: string[] = [];
    await startPopup(root, api, '', async (text) => { written.push(text); });
    root.querySelector<HTMLButtonElement>('button[data-action="copy-report"]')!.click();
    await settle();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^# Story\n\n<https:\/\/news\.example\/story>/);
    expect(written[0]).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Report copied as Markdown.');
  });

  it('asks the page for every finding when the summary lists only some, and reports them all', async () => {
    const listed = { ...summary, findings: findings.slice(0, 2), findingTotal: findings.length };
    const { api, toTabs } = fakeBrowser({
      activeTabId: 4,
      answer: async ({ message }: SentToTab) => ((message as { payload: { allFindings?: boolean } }).payload.allFindings ? summary : listed),
    });
    const written: string[] = [];
    await startPopup(root, api, '', async (text) => { written.push(text); });
    expect(root.querySelectorAll('[data-finding]')).toHaveLength(2);
    root.querySelector<HTMLButtonElement>('button[data-action="copy-report"]')!.click();
    await settle();
    expect(toTabs.at(-1)).toEqual({ tabId: 4, message: { type: 'get-summary', payload: { allFindings: true } }, options: { frameId: 0 } });
    expect(written).toHaveLength(1);
    expect(written[0]!.match(/^\d+\. \*\*/gm)).toHaveLength(findings.length);
  });
});

describe('Download JSON', () => {
  const pageFindings = {
    url: 'https://news.example/story',
    title: 'Story',
    text: 'The so-called plan.',
    findings: [{ kind: 'hedge', start: 4, end: 13, text: 'so-called', explanation: 'x', sentence: { start: 0, end: 19 } }],
  };
  const answer = (reply: unknown) => async ({ message }: SentToTab) =>
    ((message as { type: string }).type === 'get-summary' ? summary : reply);

  it('asks the page for its findings and saves them in the CLI’s JSON format with url, title and text', async () => {
    const { api, toTabs } = fakeBrowser({ answer: answer(pageFindings) });
    const saved: Array<{ name: string; type: string; content: string }> = [];
    await startPopup(root, api, '?tabId=7', async () => undefined, (name, type, content) => { saved.push({ name, type, content }); });
    root.querySelector<HTMLButtonElement>('button[data-action="download-json"]')!.click();
    await settle();
    expect(toTabs.at(-1)).toEqual({ tabId: 7, message: { type: 'get-page-findings', payload: {} }, options: { frameId: 0 } });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^quotelight-news\.example-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved[0]!.type).toBe('application/json');
    expect(JSON.parse(saved[0]!.content)).toEqual(pageFindings);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Report downloaded as JSON.');
  });

  it('saves nothing from a malformed answer, and says so', async () => {
    const { api } = fakeBrowser({ answer: answer({ ...pageFindings, findings: [{ kind: 'hedge' }] }) });
    const saved: string[] = [];
    await startPopup(root, api, '?tabId=7', async () => undefined, (name) => { saved.push(name); });
    root.querySelector<HTMLButtonElement>('button[data-action="download-json"]')!.click();
    await settle();
    expect(saved).toEqual([]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Could not read the findings from the page.');
  });

  it('names the file by site and day', () => {
    const day = new Date('2026-11-26T10:00:00Z');
    expect(jsonFileName('https://www.news.example/a?b', day)).toBe('quotelight-www.news.example-2026-11-26.json');
    expect(jsonFileName('not a url', day)).toBe('quotelight-2026-11-26.json');
  });
});
