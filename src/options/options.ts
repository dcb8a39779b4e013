/**
 * The options page's behaviour: show the stored settings, save each change at once (read,
 * change, write, so a change made meanwhile elsewhere is kept), and follow changes made in the
 * popup or another window while it is open.
 */
import type { StorageApi } from '../shared/extension-api';
import { translator, type I18nApi } from '../shared/i18n';
import { loadDismissals, updateDismissals, watchDismissals, withDismissal } from '../shared/dismissals';
import { loadSettings, updateSettings, watchSettings } from '../shared/settings';
import { OptionsView } from './view';

export interface OptionsApi {
  storage: StorageApi;
  i18n: I18nApi;
}

export async function startOptions(root: HTMLElement, api: OptionsApi): Promise<OptionsView> {
  const { sync, local } = api.storage;
  // One write at a time: each reads what the one before wrote, so quick changes are all kept.
  let writes = Promise.resolve();
  const write = (task: () => Promise<unknown>) => {
    writes = writes.then(task).then(() => view.saved(), () => view.failed());
  };
  const view = new OptionsView(root, {
    update: (change) => write(() => updateSettings(sync, change)),
    undoDismissal: (site, term) => {
      write(() => updateDismissals(local, (d) => withDismissal(d, site, term, false)));
    },
  }, translator(api.i18n));
  watchSettings(api.storage, (settings) => view.showSettings(settings));
  watchDismissals(api.storage, (dismissals) => view.showDismissals(dismissals));
  view.showDismissals(await loadDismissals(local).catch(() => ({})));
  view.showSettings(await loadSettings(sync));
  return view;
}
