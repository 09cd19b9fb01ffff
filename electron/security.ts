// The navigation, window, permission and IPC-sender guards from the Electron security checklist.
// The renderer is treated as a web page that might one day be tricked; these keep it inside app://salesdesk.

import { vetExternalUrl } from '../shared/ipc/external-url';
import { APP_ORIGIN } from './protocol';

export { isVettedExternalUrl, vetExternalUrl } from '../shared/ipc/external-url';

/**
 * scheme://host of a URL, or null. Computed by hand because Node's URL reports origin 'null' for schemes
 * it does not know, while Chromium knows app:// as a standard scheme.
 */
function appOriginOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** Only our own pages may ever be loaded in the window. */
export const isAllowedNavigation = (url: string): boolean => appOriginOf(url) === APP_ORIGIN;

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * IPC is answered only for our page in the main frame of our window: not for an iframe, not for a page
 * that navigated elsewhere, not for another window.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, mainFrame: unknown): boolean {
  if (!frame || mainFrame === undefined || mainFrame === null) return false;
  if (frame !== mainFrame || frame.parent !== null) return false;
  return isAllowedNavigation(frame.url);
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents hardenWebContents wires. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardenDeps {
  /** shell.openExternal; only ever called with a vetted https URL. */
  openExternal: (url: string) => Promise<void> | void;
  /** Told about every blocked attempt, so the log shows what the renderer tried. */
  onBlocked?: (what: string, url: string) => void;
}

export function hardenWebContents(contents: HardenableContents, deps: HardenDeps): void {
  const blocked = deps.onBlocked ?? (() => undefined);
  const guard = (what: string) => (event: PreventableEvent, url: string) => {
    if (!isAllowedNavigation(url)) {
      event.preventDefault();
      blocked(what, url);
    }
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  // will-navigate covers the main frame only; this covers iframes as well.
  contents.on('will-frame-navigate', (event) => guard('frame navigation')(event, event.url));
  // The webview tag is disabled in webPreferences; this also refuses it should that ever change.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    blocked('webview', '');
  });
  // No window is ever created by the page; a vetted https link goes to the system browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    const vetted = vetExternalUrl(url);
    if (vetted) {
      Promise.resolve(deps.openExternal(vetted)).catch((error: unknown) =>
        blocked('open external', String(error)),
      );
    } else {
      blocked('window.open', url);
    }
    return { action: 'deny' };
  });
}

/** The part of Electron's Session hardenSession wires. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details?: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin?: string) => boolean,
  ): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  setDisplayMediaRequestHandler(handler: (request: unknown, callback: (streams: null) => void) => void): void;
}

/**
 * The only two permissions the app's own page gets: keeping its IndexedDB from being evicted under disk
 * pressure (navigator.storage.persist) and writing plain text to the clipboard (copy buttons).
 */
const appPermissions = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export const isAllowedPermission = (permission: string, url: string | undefined): boolean =>
  appPermissions.has(permission) && url !== undefined && appOriginOf(url) === APP_ORIGIN;

/** The app needs no camera, microphone, location, notifications, USB, HID, serial or screen capture. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details?.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, origin) =>
    isAllowedPermission(permission, origin),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
