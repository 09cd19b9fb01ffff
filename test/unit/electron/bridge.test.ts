import { describe, expect, it, vi } from 'vitest';
import { type BridgeIpc, buildBridge } from '../../../electron/bridge';
import { ipcChannel, ipcNames, mainEventChannel } from '../../../shared/ipc/contract';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc: BridgeIpc & { emit: (channel: string, ...args: unknown[]) => void } = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
    emit: (channel, ...args) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, ...args);
    },
  };
  return ipc;
}

describe('buildBridge', () => {
  it('exposes exactly the contract functions and onMenuCommand', () => {
    const bridge = buildBridge(fakeIpc());
    expect(Object.keys(bridge).sort()).toEqual(
      [...ipcNames, 'onMenuCommand', 'onBackupRequested', 'onBackupTaken'].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer, its methods or channel strings', () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc) as unknown as Record<string, unknown>;
    for (const key of ['invoke', 'on', 'send', 'removeListener', 'ipcRenderer'])
      expect(bridge).not.toHaveProperty(key);
    expect(Object.values(bridge)).not.toContain(ipc);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each(ipcNames)('%s invokes its derived channel with the arguments', async (name) => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc);
    const call = bridge[name] as (...args: unknown[]) => Promise<unknown>;
    await expect(call('a', 2)).resolves.toEqual({ channel: ipcChannel(name), args: ['a', 2] });
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(ipcChannel(name), 'a', 2);
  });

  it('onMenuCommand delivers only the payload, only valid commands, until unsubscribed', () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc);
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const channel = mainEventChannel('menuCommand');
    ipc.emit(channel, 'exportPackage');
    ipc.emit(channel, 'rm -rf');
    ipc.emit(channel, { command: 'about' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('exportPackage');
    unsubscribe();
    ipc.emit(channel, 'about');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
