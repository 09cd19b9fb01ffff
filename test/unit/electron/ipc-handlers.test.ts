import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHandlers,
  type HandlerDeps,
  type IpcMainLike,
  MAX_OPEN_FILE_BYTES,
  registerIpcHandlers,
} from '../../../electron/ipc-handlers';
import type { SenderFrame } from '../../../electron/security';
import { type IpcHandlers, ipcChannel, ipcNames } from '../../../shared/ipc/contract';
import { fakeBackupHandlers } from './fake-backups';

type Listener = Parameters<IpcMainLike['handle']>[1];

const trustedFrame: SenderFrame = { url: 'app://salesdesk/index.html', parent: null };

function setup(handlerOverrides: Partial<IpcHandlers> = {}) {
  const registered = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
  };
  const handlers: IpcHandlers = {
    getAppInfo: vi.fn(() => ({
      version: '1',
      platform: 'linux',
      locale: 'en',
      userDataPath: '',
      logPath: '',
    })),
    saveFile: vi.fn(async () => ({ saved: true })),
    openFile: vi.fn(async () => null),
    setLanguage: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => true),
    ...fakeBackupHandlers(),
    ...handlerOverrides,
  };
  registerIpcHandlers({ ipcMain, handlers, isTrustedSender: (frame) => frame === trustedFrame });
  const invoke = (name: string, frame: SenderFrame | null, ...args: unknown[]) => {
    const listener = registered.get(ipcChannel(name as (typeof ipcNames)[number]));
    if (!listener) throw new Error(`nothing registered for ${name}`);
    return Promise.resolve(listener({ senderFrame: frame }, ...args));
  };
  return { registered, handlers, invoke };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract names on their derived channels', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(ipcNames.map(ipcChannel).sort());
  });

  it.each(ipcNames)('%s: rejects an untrusted sender before running the handler', async (name) => {
    const { invoke, handlers } = setup();
    const stranger: SenderFrame = { url: 'https://evil.example/', parent: null };
    await expect(invoke(name, stranger)).rejects.toThrow(/untrusted|did not come from/);
    await expect(invoke(name, null)).rejects.toThrow();
    expect(handlers[name]).not.toHaveBeenCalled();
  });

  it('passes valid arguments through and returns the result', async () => {
    const { invoke, handlers } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(invoke('saveFile', trustedFrame, { suggestedName: 'a.sdpkg', bytes })).resolves.toEqual({
      saved: true,
    });
    expect(handlers.saveFile).toHaveBeenCalledWith({ suggestedName: 'a.sdpkg', bytes });
    await expect(invoke('getAppInfo', trustedFrame)).resolves.toMatchObject({ version: '1' });
    await invoke('setLanguage', trustedFrame, 'zh-CN');
    expect(handlers.setLanguage).toHaveBeenCalledWith('zh-CN');
  });

  it.each([
    ['saveFile', [{ suggestedName: 'a.csv', bytes: [1, 2, 3] }], /bytes/],
    ['saveFile', [{ suggestedName: 'a.csv', bytes: 'abc' }], /bytes/],
    ['saveFile', [{ suggestedName: '../../evil.sh', bytes: new Uint8Array() }], /suggestedName/],
    ['saveFile', [{ suggestedName: 42, bytes: new Uint8Array() }], /suggestedName/],
    [
      'saveFile',
      [{ suggestedName: 'a', bytes: new Uint8Array(), filters: [{ name: 'x', extensions: ['.csv'] }] }],
      /extensions/,
    ],
    ['saveFile', [], /saveFile/],
    ['openFile', [{ filters: 'csv' }], /filters/],
    ['setLanguage', ['fr'], /setLanguage/],
    ['openExternal', [42], /openExternal/],
    ['getAppInfo', ['extra'], /getAppInfo/],
    ['backupNow', ['scheduled'], /backupNow/],
    ['readBackup', ['../settings.json'], /readBackup/],
    ['backupChunk', ['id-1', 'not bytes'], /backupChunk/],
    ['backupFail', ['id-1'], /backupFail/],
  ])('%s: rejects invalid arguments %j', async (name, args, message) => {
    const { invoke, handlers } = setup();
    await expect(invoke(name, trustedFrame, ...args)).rejects.toThrow(message);
    expect(handlers[name as (typeof ipcNames)[number]]).not.toHaveBeenCalled();
  });
});

describe('createHandlers', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-handlers-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const deps = (overrides: Partial<HandlerDeps> = {}): HandlerDeps => ({
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    openExternal: vi.fn(async () => undefined),
    defaultSaveFolder: () => dir,
    appInfo: () => ({
      version: '0.1.0',
      platform: 'linux',
      locale: 'zh-CN',
      userDataPath: dir,
      logPath: dir,
    }),
    applyLanguage: vi.fn(),
    backups: fakeBackupHandlers(),
    ...overrides,
  });

  it('saveFile: writes the bytes to the chosen path atomically', async () => {
    const target = join(dir, 'export.sdpkg');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const handlers = createHandlers(deps({ showSaveDialog }));
    const bytes = new TextEncoder().encode('{"format":"salesdesk"}');
    await expect(
      handlers.saveFile({
        suggestedName: 'export.sdpkg',
        bytes,
        filters: [{ name: 'Package', extensions: ['sdpkg'] }],
      }),
    ).resolves.toEqual({ saved: true, path: target });
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(dir, 'export.sdpkg'),
      filters: [{ name: 'Package', extensions: ['sdpkg'] }],
    });
    expect(await readFile(target, 'utf8')).toBe('{"format":"salesdesk"}');
    expect(await readdir(dir)).toEqual(['export.sdpkg']);
  });

  it('saveFile: replaces an existing file', async () => {
    const target = join(dir, 'report.csv');
    await writeFile(target, 'old contents that are longer');
    const handlers = createHandlers(
      deps({ showSaveDialog: async () => ({ canceled: false, filePath: target }) }),
    );
    await handlers.saveFile({ suggestedName: 'report.csv', bytes: new TextEncoder().encode('new') });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.csv']);
  });

  it('saveFile: writes nothing when the dialog is cancelled', async () => {
    const handlers = createHandlers(deps());
    await expect(handlers.saveFile({ suggestedName: 'x.csv', bytes: new Uint8Array([1]) })).resolves.toEqual({
      saved: false,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('saveFile: fails cleanly when the folder does not exist', async () => {
    const target = join(dir, 'missing', 'x.csv');
    const handlers = createHandlers(
      deps({ showSaveDialog: async () => ({ canceled: false, filePath: target }) }),
    );
    await expect(handlers.saveFile({ suggestedName: 'x.csv', bytes: new Uint8Array([1]) })).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('openFile: reads the picked file', async () => {
    const path = join(dir, 'in.sdpkg');
    await writeFile(path, Buffer.from([0, 1, 2, 255]));
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [path] }));
    const handlers = createHandlers(deps({ showOpenDialog }));
    const opened = await handlers.openFile({ filters: [{ name: 'Package', extensions: ['sdpkg'] }] });
    expect(opened?.name).toBe('in.sdpkg');
    expect(opened?.bytes).toBeInstanceOf(Uint8Array);
    expect([...(opened?.bytes ?? [])]).toEqual([0, 1, 2, 255]);
    expect(showOpenDialog).toHaveBeenCalledWith({
      properties: ['openFile'],
      filters: [{ name: 'Package', extensions: ['sdpkg'] }],
    });
  });

  it('openFile: null when cancelled', async () => {
    await expect(createHandlers(deps()).openFile({})).resolves.toBeNull();
  });

  it('openFile: refuses files over the limit with a clear error', async () => {
    const path = join(dir, 'huge.sdpkg');
    await writeFile(path, Buffer.alloc(2048));
    const handlers = createHandlers(
      deps({ showOpenDialog: async () => ({ canceled: false, filePaths: [path] }), maxOpenFileBytes: 1024 }),
    );
    await expect(handlers.openFile({})).rejects.toThrow(/huge\.sdpkg is too large to open/);
  });

  it('openFile: the default limit is 200 MB, checked from the file size (sparse file, nothing read)', async () => {
    expect(MAX_OPEN_FILE_BYTES).toBe(200 * 1024 * 1024);
    const path = join(dir, 'big.sdpkg');
    const { open } = await import('node:fs/promises');
    const handle = await open(path, 'w');
    await handle.truncate(MAX_OPEN_FILE_BYTES + 1);
    await handle.close();
    const handlers = createHandlers(
      deps({ showOpenDialog: async () => ({ canceled: false, filePaths: [path] }) }),
    );
    await expect(handlers.openFile({})).rejects.toThrow(/too large.*limit is 200 MB/);
  });

  it('openFile: refuses a folder', async () => {
    const handlers = createHandlers(
      deps({ showOpenDialog: async () => ({ canceled: false, filePaths: [dir] }) }),
    );
    await expect(handlers.openFile({})).rejects.toThrow();
  });

  it('openExternal: opens only vetted https URLs', async () => {
    const openExternal = vi.fn(async () => undefined);
    const handlers = createHandlers(deps({ openExternal }));
    for (const url of [
      'http://example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://a:b@example.com',
    ]) {
      await expect(handlers.openExternal(url)).resolves.toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
    await expect(handlers.openExternal('https://example.com/help')).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/help');
  });

  it('setLanguage: applies the language (settings and menu)', async () => {
    const applyLanguage = vi.fn();
    await createHandlers(deps({ applyLanguage })).setLanguage('en');
    expect(applyLanguage).toHaveBeenCalledExactlyOnceWith('en');
  });

  it('getAppInfo: reports what the app gives', async () => {
    await expect(createHandlers(deps()).getAppInfo()).resolves.toMatchObject({
      version: '0.1.0',
      locale: 'zh-CN',
    });
  });
});
