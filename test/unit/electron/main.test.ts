import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_URL, privilegedSchemes } from '../../../electron/protocol';
import { ipcChannel, ipcNames, mainEventChannel } from '../../../shared/ipc/contract';

// Electron cannot launch here, so main.ts runs against fakes of the Electron modules: this checks the
// wiring (what is registered, in which order, with which paths), the modules themselves have their own tests.
// Calls go to a plain log: main.ts runs once, in beforeAll, and mock call history is cleared per test.
const fakes = vi.hoisted(() => {
  const calls: Array<[string, ...unknown[]]> = [];
  const record =
    (name: string, result?: unknown) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return result;
    };
  const userData = { dir: '' };
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const mainFrame = { url: 'app://salesdesk/index.html', parent: null };
  const windows: FakeWindow[] = [];
  class FakeWindow {
    static getAllWindows = () => windows;
    readonly webContents = { send: record('webContents.send'), mainFrame, isDestroyed: () => false };
    readonly close = record('window.close');
    readonly loadURL = async (url: string) => {
      calls.push(['loadURL', url]);
    };
    readonly once = record('window.once');
    readonly on = record('window.on');
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
  }
  const session = {
    setPermissionRequestHandler: record('setPermissionRequestHandler'),
    setPermissionCheckHandler: record('setPermissionCheckHandler'),
    setDevicePermissionHandler: record('setDevicePermissionHandler'),
    setDisplayMediaRequestHandler: record('setDisplayMediaRequestHandler'),
    webRequest: { onHeadersReceived: record('onHeadersReceived') },
  };
  return {
    calls,
    userData,
    appListeners,
    ipcHandlers,
    mainFrame,
    windows,
    FakeWindow,
    session,
    app: {
      isPackaged: false,
      getAppPath: () => '/opt/salesdesk/app.asar',
      getPath: (name: string) => (name === 'userData' ? userData.dir : `/paths/${name}`),
      getLocale: () => 'zh-CN',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: record('requestSingleInstanceLock', true),
      enableSandbox: record('enableSandbox'),
      setAppUserModelId: record('setAppUserModelId'),
      quit: record('quit'),
      whenReady: () => {
        calls.push(['whenReady']);
        return Promise.resolve();
      },
      on: (event: string, listener: (...args: unknown[]) => void) => {
        appListeners.set(event, listener);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'),
      handle: record('protocol.handle'),
    },
    menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: record('setApplicationMenu') },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => {
        ipcHandlers.set(channel, listener);
      },
    },
    log: {
      transports: { file: {}, console: {} },
      errorHandler: { startCatching: record('log.startCatching') },
      warn: record('log.warn'),
      error: record('log.error'),
      info: record('log.info'),
    },
  };
});

vi.mock('electron', () => ({
  app: fakes.app,
  BrowserWindow: fakes.FakeWindow,
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  ipcMain: fakes.ipcMain,
  Menu: fakes.menu,
  protocol: fakes.protocol,
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  },
  session: { defaultSession: fakes.session },
  shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
}));
vi.mock('electron-log/main', () => ({ default: fakes.log }));

const callsOf = (name: string) => fakes.calls.filter(([n]) => n === name).map(([, ...args]) => args);
const orderOf = (name: string) => fakes.calls.findIndex(([n]) => n === name);
const lastMenu = () => callsOf('setApplicationMenu').at(-1)?.[0] as MenuItemConstructorOptions[];

describe('main.ts wiring', () => {
  beforeAll(async () => {
    fakes.userData.dir = mkdtempSync(join(tmpdir(), 'salesdesk-main-'));
    await import('../../../electron/main');
    await vi.waitFor(() => expect(callsOf('loadURL')).toHaveLength(1));
  });
  afterAll(() => {
    rmSync(fakes.userData.dir, { recursive: true, force: true });
  });

  it('registers the scheme privileges and the sandbox before the app is ready', () => {
    expect(callsOf('registerSchemesAsPrivileged')).toEqual([[privilegedSchemes]]);
    expect(callsOf('enableSandbox')).toHaveLength(1);
    expect(callsOf('requestSingleInstanceLock')).toHaveLength(1);
    expect(orderOf('registerSchemesAsPrivileged')).toBeGreaterThan(-1);
    expect(orderOf('registerSchemesAsPrivileged')).toBeLessThan(orderOf('whenReady'));
    expect(orderOf('enableSandbox')).toBeLessThan(orderOf('whenReady'));
    expect(callsOf('quit')).toEqual([]);
  });

  it('hardens the session and serves app:// from dist under the app path', () => {
    for (const name of ['setPermissionRequestHandler', 'setPermissionCheckHandler', 'onHeadersReceived']) {
      expect(callsOf(name), name).toHaveLength(1);
    }
    expect(callsOf('protocol.handle')).toEqual([['app', expect.any(Function)]]);
    // Hardened before the window exists, so the first page load is already covered.
    expect(orderOf('setPermissionRequestHandler')).toBeLessThan(orderOf('loadURL'));
    expect([...fakes.appListeners.keys()]).toEqual(
      expect.arrayContaining(['web-contents-created', 'window-all-closed', 'activate', 'second-instance']),
    );
  });

  it('creates one sandboxed window with the built preload and loads the app URL', () => {
    expect(fakes.windows).toHaveLength(1);
    const window = fakes.windows[0];
    expect(window?.options.webPreferences).toMatchObject({
      preload: join('/opt/salesdesk/app.asar', 'dist-electron', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(callsOf('loadURL')).toEqual([[APP_URL]]);
  });

  it('registers exactly the contract IPC handlers', () => {
    expect([...fakes.ipcHandlers.keys()].sort()).toEqual(ipcNames.map(ipcChannel).sort());
  });

  it('builds the menu in the system language and sends menu commands to the window', () => {
    const menu = lastMenu();
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    const file = menu[0]?.submenu as MenuItemConstructorOptions[];
    const exportItem = file.find((i) => i.label === '导出数据包…');
    const click = exportItem?.click as (() => void) | undefined;
    expect(click).toBeTypeOf('function');
    click?.();
    expect(callsOf('webContents.send')).toEqual([[mainEventChannel('menuCommand'), 'exportPackage']]);
  });

  it('setLanguage from the window saves the setting and rebuilds the menu; strangers are refused', async () => {
    const setLanguage = fakes.ipcHandlers.get(ipcChannel('setLanguage'));
    await expect(
      Promise.resolve(
        setLanguage?.({ senderFrame: { url: 'app://salesdesk/index.html', parent: null } }, 'en'),
      ),
    ).rejects.toThrow();
    await setLanguage?.({ senderFrame: fakes.mainFrame }, 'en');
    expect(JSON.parse(readFileSync(join(fakes.userData.dir, 'settings.json'), 'utf8'))).toEqual({
      language: 'en',
    });
    expect(lastMenu().map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('closing the window first asks the page for a backup, writes it to the backups folder, then closes', async () => {
    const window = fakes.windows[0];
    const onClose = callsOf('window.on').find(([event]) => event === 'close')?.[1] as (e: unknown) => void;
    expect(onClose).toBeTypeOf('function');
    let prevented = 0;
    onClose({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    await vi.waitFor(() =>
      expect(callsOf('webContents.send').map(([channel]) => channel)).toContain(
        mainEventChannel('backupRequested'),
      ),
    );
    const [, request] = callsOf('webContents.send').find(
      ([channel]) => channel === mainEventChannel('backupRequested'),
    ) as [string, { id: string; reason: string }];
    expect(request.reason).toBe('quit');
    // The page answers (here with bytes that are no package: the backup is kept but marked failed).
    const frame = { senderFrame: fakes.mainFrame };
    await fakes.ipcHandlers.get(ipcChannel('backupChunk'))?.(
      frame,
      request.id,
      new TextEncoder().encode('x'),
    );
    await fakes.ipcHandlers.get(ipcChannel('backupEnd'))?.(frame, request.id);
    await vi.waitFor(() => expect(callsOf('window.close')).toHaveLength(1));
    expect(readdirSync(join(fakes.userData.dir, 'backups')).some((n) => n.endsWith('-quit.sdpkg'))).toBe(
      true,
    );
    // The second close (ours) goes through without another backup.
    onClose({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    expect(window).toBeDefined();
  });
});
