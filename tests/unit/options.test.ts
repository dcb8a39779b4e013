// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { startOptions } from '../../src/options/options';
import { PALETTE_COLORS, SETTINGS_KEY, defaultSettings, parseSettings, saveSettings } from '../../src/shared/settings';
import { fakeBrowser, settle } from '../helpers/fake-browser';

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('main');
  document.body.append(root);
});

const stored = (data: Record<string, unknown>) => parseSettings(data[SETTINGS_KEY]);

function change(element: HTMLInputElement | HTMLTextAreaElement, value?: string | boolean): void {
  if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
  else if (value !== undefined) element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

const q = <E extends Element>(selector: string) => {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('the options page', () => {
  it('shows the defaults: everything on, standard colours, everywhere, article text only', async () => {
    const { api } = fakeBrowser();
    await startOptions(root, api);
    expect(root.dataset.state).toBe('ready');
    expect([...root.querySelectorAll<HTMLInputElement>('input[data-category]')].every((i) => i.checked)).toBe(true);
    expect(q<HTMLInputElement>('input[data-color="scare"]').value).toBe(PALETTE_COLORS.standard.scare);
    expect(q<HTMLInputElement>('input[data-palette="standard"]').checked).toBe(true);
    expect(q<HTMLInputElement>('input[data-site-mode="everywhere"]').checked).toBe(true);
    expect(q<HTMLTextAreaElement>('textarea[data-list="chosenSites"]').disabled).toBe(true);
    expect(q<HTMLInputElement>('#article-only').checked).toBe(true);
  });

  it('saves each change at once', async () => {
    const { api, stored: data } = fakeBrowser();
    await startOptions(root, api);
    change(q('input[data-category="hedge"]'), false);
    await settle();
    change(q('input[data-palette="colorblind"]'), true);
    await settle();
    change(q('input[data-site-mode="chosen"]'), true);
    await settle();
    change(q('textarea[data-list="chosenSites"]'), 'https://News.Example/story\nnot a site\nnews.example\nb.example');
    await settle();
    change(q('textarea[data-list="pausedSites"]'), 'ads.example');
    await settle();
    change(q('textarea[data-list="neverMark"]'), '“Reform”\n  peace   process ');
    await settle();
    change(q('textarea[data-list="extraHedges"]'), 'Purportedly');
    await settle();
    change(q('#article-only'), false);
    await settle();
    expect(stored(data)).toEqual({
      ...defaultSettings(),
      categories: { ...defaultSettings().categories, hedge: false },
      palette: 'colorblind',
      colors: PALETTE_COLORS.colorblind,
      siteMode: 'chosen',
      chosenSites: ['news.example', 'b.example'],
      pausedSites: ['ads.example'],
      neverMark: ['reform', 'peace process'],
      extraHedges: ['purportedly'],
      articleOnly: false,
    });
    expect(q('[role="status"]').textContent).toBe('Saved.');
  });

  it('a hand-picked colour makes the set "my own colours"', async () => {
    const { api, stored: data } = fakeBrowser();
    await startOptions(root, api);
    change(q('input[data-color="title"]'), '#112233');
    await settle();
    expect(stored(data).palette).toBe('custom');
    expect(stored(data).colors.title).toBe('#112233');
    expect(q<HTMLInputElement>('input[data-palette="custom"]').checked).toBe(true);
  });

  it('follows changes made elsewhere, but not inside the list being typed in', async () => {
    const { api } = fakeBrowser();
    await startOptions(root, api);
    const terms = q<HTMLTextAreaElement>('textarea[data-list="neverMark"]');
    terms.focus();
    terms.value = 'half typed';
    await saveSettings(api.storage.sync, { ...defaultSettings(), neverMark: ['elsewhere'], pausedSites: ['p.example'] });
    await settle();
    expect(terms.value).toBe('half typed');
    expect(q<HTMLTextAreaElement>('textarea[data-list="pausedSites"]').value).toBe('p.example');
  });

  it('labels every control', async () => {
    const { api } = fakeBrowser();
    await startOptions(root, api);
    for (const control of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      const name = control.getAttribute('aria-label') ?? [...control.labels ?? []].map((l) => l.textContent).join(' ');
      expect(name.trim(), control.outerHTML).not.toBe('');
    }
  });
});

describe('dismissed findings on the options page', () => {
  it('lists them per site and undoes one', async () => {
    const { api, local } = fakeBrowser();
    await api.storage.local.set({ dismissals: { 'news.example': ['reform', 'experts'], 'b.example': ['x'] } });
    await startOptions(root, api);
    expect([...root.querySelectorAll('.dismissals h3')].map((h) => h.textContent)).toEqual(['b.example', 'news.example']);
    root.querySelector<HTMLButtonElement>('button[data-undo-site="news.example"][data-undo-term="reform"]')!.click();
    await settle();
    expect(local.dismissals).toEqual({ 'news.example': ['experts'], 'b.example': ['x'] });
    expect(root.querySelector('button[data-undo-term="reform"]')).toBeNull();
  });
});
