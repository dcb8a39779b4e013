/**
 * The popup's behaviour: which tab it describes, asking that tab's content script for its
 * summary, following live updates, and saving the switches. The API comes in as a parameter so
 * tests run it in jsdom against an in-memory browser.
 */
import type { RuntimeApi, StorageApi, TabsApi } from '../shared/extension-api';
import { translator, type I18nApi } from '../shared/i18n';
import { dispatch, isFromOwnContentScript, sendToTab, type Handlers, type ToPopup } from '../shared/messages';
import { loadSettings, saveSettings, watchSettings, withCategory, withSitePaused } from '../shared/settings';
import { findingsJson } from '../report/findings-json';
import { formatReportMarkdown } from '../report/markdown';
import { PopupView } from './view';

/** Where "Copy report" writes; the page's `navigator.clipboard` by default (a user gesture, no permission needed). */
export type WriteText = (text: string) => Promise<void>;

/** Where "Download JSON" puts the file; a Blob and an `<a download>` by default (no permission needed). */
export type SaveFile = (name: string, type: string, content: string) => void;

/**
 * A download from the popup's own document. Firefox set to ask where to save is reported to close
 * the popup when its file dialog opens, and the Blob goes with it (see README, "The popup").
 */
export function blobDownload(doc: Document): SaveFile {
  return (name, type, content) => {
    const view = doc.defaultView!;
    const url = view.URL.createObjectURL(new view.Blob([content], { type }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // Revoked at once, a download that has not read the Blob yet would fail.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
  };
}

/** `quotelight-news.example.com-2026-11-26.json`: the site and the day, safe as a file name everywhere. */
export function jsonFileName(url: string, date: Date): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a URL: the name goes without a site.
  }
  const site = host.replace(/[^a-z0-9.-]/gi, '_');
  return `quotelight-${site ? `${site}-` : ''}${date.toISOString().slice(0, 10)}.json`;
}

export interface PopupApi {
  runtime: Pick<RuntimeApi, 'id' | 'onMessage'> & { openOptionsPage?: () => Promise<void> };
  tabs: Pick<TabsApi, 'query' | 'sendMessage'>;
  storage: StorageApi;
  i18n: I18nApi;
}

/**
 * `?tabId=N` names the tab; without it, the active tab of the popup's window. Opened as a tab
 * itself (tests, links), the popup would otherwise be its own active tab.
 */
export async function resolveTabId(search: string, tabs: Pick<TabsApi, 'query'>): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
  const [active] = await tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export async function startPopup(
  root: HTMLElement,
  api: PopupApi,
  search: string,
  writeText: WriteText = (text) => root.ownerDocument.defaultView!.navigator.clipboard.writeText(text),
  saveFile: SaveFile = blobDownload(root.ownerDocument),
): Promise<PopupView> {
  const { sync } = api.storage;
  const tabId = await resolveTabId(search, api.tabs);
  const t = translator(api.i18n);
  const view = new PopupView(root, {
    // Each change re-reads storage first, so a change made meanwhile in another window is kept.
    toggleCategory: (category, enabled) => {
      void loadSettings(sync).then((s) => saveSettings(sync, withCategory(s, category, enabled)));
    },
    togglePause: (hostname, paused) => {
      void loadSettings(sync).then((s) => saveSettings(sync, withSitePaused(s, hostname, paused)));
    },
    openOptions: () => {
      void api.runtime.openOptionsPage?.().catch(() => undefined);
    },
    copyReport: (summary) => {
      if (tabId === null) return;
      // The report has every finding; the summary lists only as many as the popup shows.
      const whole = summary.findings.length < summary.findingTotal
        ? sendToTab(api.tabs, tabId, 'get-summary', { allFindings: true })
        : Promise.resolve(summary);
      whole.then((report) => writeText(formatReportMarkdown(report)))
        .then(() => view.notify(t('popup_copied')))
        .catch(() => view.notify(t('popup_copy_failed')));
    },
    downloadJson: () => {
      if (tabId === null) return;
      sendToTab(api.tabs, tabId, 'get-page-findings', {})
        .then(({ url, title, text, findings }) => {
          saveFile(jsonFileName(url, new Date()), 'application/json', findingsJson(findings, { url, title, text }));
          view.notify(t('popup_downloaded'));
        })
        .catch(() => view.notify(t('popup_download_failed')));
    },
    reveal: (findingId) => {
      if (tabId === null) return;
      sendToTab(api.tabs, tabId, 'reveal-finding', { id: findingId })
        .then((found) => { if (!found) view.notify(t('popup_finding_gone')); })
        .catch(() => view.notify(t('popup_page_gone')));
    },
  }, t);
  if (tabId === null) {
    view.setState('unavailable');
    return view;
  }

  watchSettings(api.storage, (settings) => view.showSettings(settings));
  view.showSettings(await loadSettings(sync));

  // The page says when its findings change, without them (they may be many): the popup asks
  // again, one question at a time, and once more if the page changed while it was asking.
  let asking = false;
  let askAgain = false;
  let shown = false;
  const ask = async (): Promise<void> => {
    if (asking) {
      askAgain = true;
      return;
    }
    asking = true;
    try {
      view.showSummary(await sendToTab(api.tabs, tabId, 'get-summary', {}));
      shown = true;
    } catch {
      // No content script answers there (browser pages, stores, tabs open since before install).
      if (!shown) view.setState('unavailable');
    } finally {
      asking = false;
    }
    if (askAgain) {
      askAgain = false;
      await ask();
    }
  };
  const handlers: Handlers<keyof ToPopup> = {
    'summary-changed': () => void ask(),
  };
  // Listen before asking, so no change falls between the answer and the subscription. Only the
  // top frame of this popup's tab is heard, as only its text is summarised.
  api.runtime.onMessage.addListener((message, sender) => {
    if (!isFromOwnContentScript(sender, api.runtime.id) || sender.tab.id !== tabId || sender.frameId !== 0) return undefined;
    return dispatch(handlers, message, sender);
  });
  await ask();
  return view;
}
