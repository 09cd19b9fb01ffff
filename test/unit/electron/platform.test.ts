// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptFor, createBrowserPlatform } from '../../../renderer/platform/browser';
import { createDesktopPlatform } from '../../../renderer/platform/desktop';
import { choosePlatform } from '../../../renderer/platform/index';
import type { SalesDeskBridge } from '../../../shared/ipc/contract';
import { fakeBackupHandlers } from './fake-backups';

const fakeBridge = (): SalesDeskBridge => ({
  getAppInfo: vi.fn(async () => ({
    version: '1',
    platform: 'darwin',
    locale: 'zh-CN',
    userDataPath: '/u',
    logPath: '/l',
  })),
  saveFile: vi.fn(async () => ({ saved: true, path: '/tmp/x' })),
  openFile: vi.fn(async () => null),
  setLanguage: vi.fn(async () => undefined),
  openExternal: vi.fn(async () => true),
  onMenuCommand: vi.fn(() => () => undefined),
  ...fakeBackupHandlers(),
  onBackupRequested: vi.fn(() => () => undefined),
  onBackupTaken: vi.fn(() => () => undefined),
});

describe('choosePlatform', () => {
  it('uses the desktop bridge when the preload put one on window', () => {
    const bridge = fakeBridge();
    const desktop = choosePlatform(Object.assign(Object.create(window), { salesdesk: bridge }));
    expect(desktop.kind).toBe('desktop');
  });

  it('falls back to the browser implementation', () => {
    expect(choosePlatform(window).kind).toBe('browser');
  });
});

describe('desktop platform', () => {
  it('passes every call through to the bridge', async () => {
    const bridge = fakeBridge();
    const platform = createDesktopPlatform(bridge);
    const bytes = new Uint8Array([1]);
    await expect(platform.saveFile({ suggestedName: 'a.csv', bytes })).resolves.toEqual({
      saved: true,
      path: '/tmp/x',
    });
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: 'a.csv', bytes });
    await platform.openFile({ filters: [] });
    expect(bridge.openFile).toHaveBeenCalledWith({ filters: [] });
    await platform.setLanguage('en');
    expect(bridge.setLanguage).toHaveBeenCalledWith('en');
    await platform.openExternal('https://example.com');
    expect(bridge.openExternal).toHaveBeenCalledWith('https://example.com');
    expect((await platform.getAppInfo()).platform).toBe('darwin');
    const listener = vi.fn();
    platform.onMenuCommand(listener);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener);
  });
});

describe('browser platform', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('acceptFor builds the input accept list', () => {
    expect(acceptFor(undefined)).toBe('');
    expect(acceptFor([{ name: 'Sheets', extensions: ['csv', 'XLSX', 'csv'] }])).toBe('.csv,.xlsx');
    expect(acceptFor([{ name: 'All', extensions: ['*'] }])).toBe('');
  });

  it('saveFile downloads a blob under the suggested name', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:fake');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const result = await createBrowserPlatform().saveFile({
      suggestedName: '导出.sdpkg',
      bytes: new Uint8Array([7, 8]),
    });
    expect(result).toEqual({ saved: true });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('导出.sdpkg');
    expect(clicked[0]?.href).toBe('blob:fake');
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect([...new Uint8Array(await (blob as Blob).arrayBuffer())]).toEqual([7, 8]);
    expect(document.querySelector('a')).toBeNull();
  });

  it('openFile resolves the picked file, with accept from the filters', async () => {
    let input: HTMLInputElement | undefined;
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      input = this;
    });
    const pending = createBrowserPlatform().openFile({
      filters: [{ name: 'Package', extensions: ['sdpkg'] }],
    });
    expect(input?.type).toBe('file');
    expect(input?.accept).toBe('.sdpkg');
    const file = new File([new Uint8Array([1, 2, 3])], 'in.sdpkg');
    Object.defineProperty(input, 'files', { value: [file] });
    input?.dispatchEvent(new Event('change'));
    const opened = await pending;
    expect(opened?.name).toBe('in.sdpkg');
    expect([...(opened?.bytes ?? [])]).toEqual([1, 2, 3]);
    expect(document.querySelector('input')).toBeNull();
  });

  it('openFile resolves null when the picker is cancelled', async () => {
    let input: HTMLInputElement | undefined;
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      input = this;
    });
    const pending = createBrowserPlatform().openFile({});
    input?.dispatchEvent(new Event('cancel'));
    await expect(pending).resolves.toBeNull();
    expect(document.querySelector('input')).toBeNull();
  });

  it('openExternal opens only vetted https links, with noopener', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const platform = createBrowserPlatform();
    await expect(platform.openExternal('javascript:alert(1)')).resolves.toBe(false);
    await expect(platform.openExternal('http://example.com')).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
    await expect(platform.openExternal('https://example.com/a')).resolves.toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.com/a', '_blank', 'noopener,noreferrer');
  });

  it('getAppInfo reports the browser, setLanguage and onMenuCommand are harmless no-ops', async () => {
    const platform = createBrowserPlatform();
    const info = await platform.getAppInfo();
    expect(info).toMatchObject({
      platform: 'browser',
      locale: navigator.language,
      userDataPath: '',
      logPath: '',
    });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    await expect(platform.setLanguage('zh-CN')).resolves.toBeUndefined();
    const unsubscribe = platform.onMenuCommand(vi.fn());
    expect(() => unsubscribe()).not.toThrow();
  });
});
