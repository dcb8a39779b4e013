/**
 * Keeps each tab's badge and icon (greyed where the site is paused) in step with the summary its
 * page reports, and resets them when the tab navigates or closes. The only state is a cache of
 * what was last set per tab, which saves repeated calls while a live page reports often; when
 * Chrome stops the service worker the cache goes with it, which costs one redundant call and
 * loses nothing, since the badge and icon are the state.
 */
import type { ExtensionEvent, MessageListener } from '../shared/extension-api';
import { dispatch, isFromOwnContentScript, type ContentScriptSender, type Handlers, type ToBackground } from '../shared/messages';
import { badgeCount, badgeText, BADGE_COLOR } from './badge';
import { translator, type I18nApi, type MessageKey } from '../shared/i18n';
import { ICON_PATHS, iconState, type IconState } from './tab-icons';

/** The toolbar button's tooltip goes with its icon. */
const TITLE_KEYS: Record<IconState, MessageKey> = { active: 'extension_name', paused: 'action_title_paused' };

export interface TabUpdate {
  status?: string;
  url?: string;
}

export interface BackgroundApi {
  runtime: { id: string; onMessage: ExtensionEvent<MessageListener> };
  tabs: {
    onUpdated: ExtensionEvent<(tabId: number, changeInfo: TabUpdate) => void>;
    onRemoved: ExtensionEvent<(tabId: number) => void>;
  };
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    /** Chrome and Firefox MV3 both have it on `action`; a per-tab icon goes when the tab does. */
    setIcon(details: { tabId: number; path: Record<number, string> }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
  i18n: I18nApi;
}

/** True when the tab starts showing another document (a load, or a URL change we are told of). */
export function isNavigation(changeInfo: TabUpdate): boolean {
  return changeInfo.status === 'loading' || changeInfo.url !== undefined;
}

export function startTabBadges(api: BackgroundApi): void {
  const shown = new Map<number, string>();

  const show = (tabId: number, text: string): void => {
    if (shown.get(tabId) === text) return;
    shown.set(tabId, text);
    // The tab may have closed since the message was sent; nothing to fix then.
    api.action.setBadgeText({ tabId, text }).catch(() => shown.delete(tabId));
  };

  const t = translator(api.i18n);
  const icons = new Map<number, IconState>();
  const showIcon = (tabId: number, state: IconState): void => {
    if (icons.get(tabId) === state) return;
    icons.set(tabId, state);
    api.action.setIcon({ tabId, path: ICON_PATHS[state] }).catch(() => icons.delete(tabId));
    api.action.setTitle({ tabId, title: t(TITLE_KEYS[state]) }).catch(() => icons.delete(tabId));
  };

  const handlers: Handlers<keyof ToBackground, ContentScriptSender> = {
    'summary-changed': ({ payload }, sender) => {
      show(sender.tab.id, badgeText(badgeCount(payload)));
      showIcon(sender.tab.id, iconState(payload));
    },
  };
  api.runtime.onMessage.addListener((message, sender) => {
    // Child frames have their own content script; the badge, like the popup, describes the top frame.
    if (!isFromOwnContentScript(sender, api.runtime.id) || sender.frameId !== 0) return undefined;
    return dispatch(handlers, message, sender);
  });

  // The next page may be one Quotelight does not run on, which would keep a grey icon forever;
  // if it is paused too, its summary greys the icon again.
  api.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (!isNavigation(changeInfo)) return;
    show(tabId, '');
    if (icons.get(tabId) !== 'active') showIcon(tabId, 'active');
  });

  api.tabs.onRemoved.addListener((tabId) => {
    shown.delete(tabId);
    icons.delete(tabId);
  });

  void api.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
}
