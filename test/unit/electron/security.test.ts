import { describe, expect, it, vi } from 'vitest';
import {
  type HardenableContents,
  type HardenableSession,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isTrustedSender,
  isVettedExternalUrl,
} from '../../../electron/security';

describe('isAllowedNavigation', () => {
  it.each(['app://salesdesk/index.html', 'app://salesdesk/', 'app://salesdesk/index.html#/orders?x=1'])(
    'allows %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'app://other/index.html',
    'app://salesdesk.evil/index.html',
    'app://user@salesdesk/index.html',
    'app://salesdesk:8080/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('denies %s', (url) => expect(isAllowedNavigation(url)).toBe(false));
});

describe('isTrustedSender', () => {
  const main = { url: 'app://salesdesk/index.html', parent: null };

  it('trusts our page in the main frame of our window', () => {
    expect(isTrustedSender(main, main)).toBe(true);
  });

  it('rejects other origins even in the main frame', () => {
    const navigated = { url: 'https://evil.example/', parent: null };
    expect(isTrustedSender(navigated, navigated)).toBe(false);
    const file = { url: 'file:///tmp/x.html', parent: null };
    expect(isTrustedSender(file, file)).toBe(false);
    const other = { url: 'app://other/index.html', parent: null };
    expect(isTrustedSender(other, other)).toBe(false);
  });

  it('rejects subframes, even of our own origin', () => {
    const sub = { url: 'app://salesdesk/index.html', parent: main };
    expect(isTrustedSender(sub, main)).toBe(false);
  });

  it('rejects frames of other windows and missing frames', () => {
    const otherWindow = { url: 'app://salesdesk/index.html', parent: null };
    expect(isTrustedSender(otherWindow, main)).toBe(false);
    expect(isTrustedSender(null, main)).toBe(false);
    expect(isTrustedSender(main, undefined)).toBe(false);
  });
});

describe('isVettedExternalUrl', () => {
  it.each(['https://example.com/', 'https://docs.example.com/a?b=c#d', 'HTTPS://EXAMPLE.COM'])(
    'accepts %s',
    (url) => expect(isVettedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,hi',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'smb://server/share',
    'app://salesdesk/index.html',
    'https:',
    '//example.com',
    'example.com',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('rejects %s', (url) => expect(isVettedExternalUrl(url)).toBe(false));

  it('rejects non-strings', () => {
    expect(isVettedExternalUrl(undefined)).toBe(false);
    expect(isVettedExternalUrl({ href: 'https://example.com' })).toBe(false);
  });
});

type Listener = (...args: never[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
      windowOpenHandler = handler;
    },
  } as unknown as HardenableContents;
  const emit = (event: string, ...args: unknown[]) => {
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no listener for ${event}`);
    (listener as (...a: unknown[]) => void)(...args);
  };
  return { contents, emit, listeners, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

const preventable = (url = '') => ({ url, preventDefault: vi.fn() });

describe('hardenWebContents', () => {
  it('wires every guard', () => {
    const { contents, listeners, openWindow } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    expect([...listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
    expect(openWindow('https://example.com')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect'])('%s: prevents foreign URLs and lets app:// through', (name) => {
    const { contents, emit } = fakeContents();
    const onBlocked = vi.fn();
    hardenWebContents(contents, { openExternal: vi.fn(), onBlocked });
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/']) {
      const event = preventable();
      emit(name, event, url);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    const ours = preventable();
    emit(name, ours, 'app://salesdesk/index.html');
    expect(ours.preventDefault).not.toHaveBeenCalled();
    expect(onBlocked).toHaveBeenCalledTimes(3);
  });

  it('will-frame-navigate: guards iframes by the URL on the event', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    const evil = preventable('https://evil.example/');
    emit('will-frame-navigate', evil);
    expect(evil.preventDefault).toHaveBeenCalledOnce();
    const ours = preventable('app://salesdesk/index.html');
    emit('will-frame-navigate', ours);
    expect(ours.preventDefault).not.toHaveBeenCalled();
  });

  it('will-attach-webview: always prevented', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    const event = preventable();
    emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('window.open: always denied; only vetted https goes to the system browser, normalised', () => {
    const { contents, openWindow } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, { openExternal });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://example.com',
      'app://salesdesk/x',
    ]) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(openWindow('https://Example.com/docs')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/docs');
  });

  it('a failing openExternal is reported, not thrown', async () => {
    const { contents, openWindow } = fakeContents();
    const onBlocked = vi.fn();
    hardenWebContents(contents, { openExternal: () => Promise.reject(new Error('no browser')), onBlocked });
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledWith('open external', 'Error: no browser'));
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session: HardenableSession = {
      setPermissionRequestHandler: (h) => {
        handlers.request = h;
      },
      setPermissionCheckHandler: (h) => {
        handlers.check = h;
      },
      setDevicePermissionHandler: (h) => {
        handlers.device = h;
      },
      setDisplayMediaRequestHandler: (h) => {
        handlers.display = h;
      },
    };
    return { session, handlers };
  }

  it('denies every permission request, check, device and screen capture', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    expect(Object.keys(handlers).sort()).toEqual(['check', 'device', 'display', 'request']);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'hid',
    ]) {
      const callback = vi.fn();
      (handlers.request as (wc: unknown, p: string, cb: (g: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect((handlers.check as (wc: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
    expect((handlers.device as (d: unknown) => boolean)({ deviceType: 'usb' })).toBe(false);
    const display = vi.fn();
    (handlers.display as (r: unknown, cb: (s: null) => void) => void)({}, display);
    expect(display).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('grants only persistent storage and clipboard writing, and only to the app origin', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const request = handlers.request as (
      wc: unknown,
      p: string,
      cb: (g: boolean) => void,
      d?: { requestingUrl?: string },
    ) => void;
    const check = handlers.check as (wc: unknown, p: string, origin?: string) => boolean;
    for (const permission of ['persistent-storage', 'clipboard-sanitized-write']) {
      const granted = vi.fn();
      request({}, permission, granted, { requestingUrl: 'app://salesdesk/index.html' });
      expect(granted).toHaveBeenCalledExactlyOnceWith(true);
      expect(check({}, permission, 'app://salesdesk')).toBe(true);
      const foreign = vi.fn();
      request({}, permission, foreign, { requestingUrl: 'https://evil.example/' });
      expect(foreign).toHaveBeenCalledExactlyOnceWith(false);
      expect(check({}, permission, 'https://evil.example')).toBe(false);
      expect(check({}, permission, undefined)).toBe(false);
    }
    const media = vi.fn();
    request({}, 'media', media, { requestingUrl: 'app://salesdesk/index.html' });
    expect(media).toHaveBeenCalledExactlyOnceWith(false);
  });
});
