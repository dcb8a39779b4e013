/**
 * Keyboard shortcuts (the manifest's `commands`, which need no permission): the background
 * receives them and passes each to the content script of the tab they were pressed in.
 */
import type { ExtensionEvent, TabsApi } from '../shared/extension-api';
import { PAGE_COMMANDS, sendToTab, type PageCommand } from '../shared/messages';

export interface CommandsApi {
  commands: { onCommand: ExtensionEvent<(command: string, tab?: { id?: number }) => void> };
  tabs: Pick<TabsApi, 'sendMessage' | 'query'>;
}

function isPageCommand(command: string): command is PageCommand {
  return (PAGE_COMMANDS as readonly string[]).includes(command);
}

export function startCommands(api: CommandsApi): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (!isPageCommand(command)) return;
    void (async () => {
      // Chrome and Firefox (86+) pass the tab; older paths fall back to the active one.
      const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      await sendToTab(api.tabs, tabId, 'run-command', { command });
    })().catch(() => {
      // No content script in that tab (a browser page): the shortcut does nothing there.
    });
  });
}
