/**
 * The options page's behaviour: show the stored settings, save each change at once (read,
 * change, write, so a change made meanwhile elsewhere is kept), and follow changes made in the
 * popup or another window while it is open.
 */
import type { StorageApi } from '../shared/extension-api';
import { loadSettings, updateSettings, watchSettings } from '../shared/settings';
import { OptionsView } from './view';

export interface OptionsApi {
  storage: StorageApi;
}

export async function startOptions(root: HTMLElement, api: OptionsApi): Promise<OptionsView> {
  const { sync } = api.storage;
  const view = new OptionsView(root, {
    update: (change) => {
      updateSettings(sync, change)
        .then(() => view.saved())
        .catch(() => view.failed());
    },
  });
  watchSettings(api.storage, (settings) => view.showSettings(settings));
  view.showSettings(await loadSettings(sync));
  return view;
}
