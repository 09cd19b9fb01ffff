import { describe, expect, it, vi } from 'vitest';
import { ipcChannel, ipcNames } from '../../../shared/ipc/contract';

// The real preload runs in Electron only; here `electron` is replaced by fakes to check what it exposes.
const fakes = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  ipcRenderer: { invoke: vi.fn(async () => 'ok'), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: fakes.exposeInMainWorld },
  ipcRenderer: fakes.ipcRenderer,
}));

describe('preload', () => {
  it('exposes the contract bridge as window.salesdesk and nothing else', async () => {
    await import('../../../electron/preload');
    expect(fakes.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = fakes.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('salesdesk');
    expect(Object.keys(api).sort()).toEqual(
      [...ipcNames, 'onMenuCommand', 'onBackupRequested', 'onBackupTaken'].sort(),
    );
    expect(Object.values(api)).not.toContain(fakes.ipcRenderer);
    await (api.getAppInfo as () => Promise<unknown>)();
    expect(fakes.ipcRenderer.invoke).toHaveBeenCalledWith(ipcChannel('getAppInfo'));
  });
});
