import { describe, expect, it } from 'vitest';
import { startCommands } from '../../src/background/commands';
import { FakeEvent, settle } from '../helpers/fake-browser';

function harness(activeTabId?: number) {
  const sent: Array<{ tabId: number; message: unknown; options?: { frameId?: number } }> = [];
  const onCommand = new FakeEvent<(command: string, tab?: { id?: number }) => void>();
  startCommands({
    commands: { onCommand },
    tabs: {
      query: async () => (activeTabId === undefined ? [] : [{ id: activeTabId }]),
      sendMessage: async (tabId, message, options) => {
        sent.push({ tabId, message, options });
        return true;
      },
    },
  });
  return { onCommand, sent };
}

describe('keyboard shortcuts in the background', () => {
  it.each(['toggle-highlights', 'next-finding', 'previous-finding'])('passes %s to the top frame of the tab it was pressed in', async (command) => {
    const { onCommand, sent } = harness();
    onCommand.emit(command, { id: 7 });
    await settle();
    expect(sent).toEqual([{ tabId: 7, message: { type: 'run-command', payload: { command } }, options: { frameId: 0 } }]);
  });

  it('falls back to the active tab, and ignores commands it does not know', async () => {
    const { onCommand, sent } = harness(3);
    onCommand.emit('next-finding');
    onCommand.emit('_execute_action', { id: 3 });
    await settle();
    expect(sent.map((s) => s.tabId)).toEqual([3]);
  });
});
