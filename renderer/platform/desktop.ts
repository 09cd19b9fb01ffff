// The Electron implementation: a thin pass-through to the preload's window.salesdesk.

import type { SalesDeskBridge } from '../../shared/ipc/contract';
import type { Platform } from './types';

export function createDesktopPlatform(bridge: SalesDeskBridge): Platform {
  return {
    kind: 'desktop',
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    getAppInfo: () => bridge.getAppInfo(),
    setLanguage: (language) => bridge.setLanguage(language),
    openExternal: (url) => bridge.openExternal(url),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
