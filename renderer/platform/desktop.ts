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
    backups: {
      list: () => bridge.listBackups(),
      backupNow: (reason) => bridge.backupNow(reason),
      chooseFolder: () => bridge.chooseBackupFolder(),
      openFolder: () => bridge.openBackupFolder(),
      read: (name) => bridge.readBackup(name),
      onRequest: (listener) => bridge.onBackupRequested(listener),
      onTaken: (listener) => bridge.onBackupTaken(listener),
      chunk: (id, bytes) => bridge.backupChunk(id, bytes),
      end: (id) => bridge.backupEnd(id),
      fail: (id, message) => bridge.backupFail(id, message),
    },
  };
}
