// Main's side of the IPC contract: exactly the contract's functions are registered, each call is checked
// for its sender and its arguments first, and the implementations do the OS work (dialogs, files, shell).

import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  type AppInfo,
  type FileFilter,
  type IpcContract,
  type IpcHandlers,
  type IpcName,
  ipcChannel,
  ipcNames,
  type Language,
  type OpenedFile,
} from '../shared/ipc/contract';
import { vetExternalUrl } from '../shared/ipc/external-url';
import { writeFileAtomic } from './atomic-write';
import type { BackupHandlerName } from './backup/ipc';
import { parseIpcArgs } from './ipc-args';
import type { SenderFrame } from './security';

/** The part of Electron's IpcMain used here. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => unknown,
  ): void;
}

export interface RegisterIpcOptions {
  ipcMain: IpcMainLike;
  handlers: IpcHandlers;
  isTrustedSender: (frame: SenderFrame | null) => boolean;
}

export function registerIpcHandlers({ ipcMain, handlers, isTrustedSender }: RegisterIpcOptions): void {
  for (const name of ipcNames) {
    ipcMain.handle(ipcChannel(name), async (event, ...args) => {
      if (!isTrustedSender(event.senderFrame)) {
        throw new Error(`Refused ${name}: the request did not come from the SalesDesk window`);
      }
      return callHandler(handlers, name, parseIpcArgs(name, args));
    });
  }
}

/** One generic call site, so TypeScript ties each name to its own handler and arguments. */
function callHandler<K extends IpcName>(
  handlers: IpcHandlers,
  name: K,
  args: IpcContract[K]['args'],
): ReturnType<IpcHandlers[K]> {
  const handler = handlers[name] as (...a: IpcContract[K]['args']) => ReturnType<IpcHandlers[K]>;
  return handler(...args);
}

/** Large enough for a whole office's package; beyond it a file is surely not ours and would exhaust memory. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;

interface DialogFilter {
  name: string;
  extensions: string[];
}

export interface HandlerDeps {
  /** dialog.showSaveDialog, already bound to the main window so the dialog is modal. */
  showSaveDialog: (options: {
    defaultPath: string;
    filters?: DialogFilter[];
  }) => Promise<{ canceled: boolean; filePath?: string }>;
  /** dialog.showOpenDialog, bound likewise. */
  showOpenDialog: (options: {
    properties: ['openFile'];
    filters?: DialogFilter[];
  }) => Promise<{ canceled: boolean; filePaths: string[] }>;
  /** shell.openExternal. */
  openExternal: (url: string) => Promise<void>;
  /** Folder the save dialog opens in (Documents). */
  defaultSaveFolder: () => string;
  appInfo: () => AppInfo;
  /** Persists the language and rebuilds the menu in it. */
  applyLanguage: (language: Language) => Promise<void> | void;
  maxOpenFileBytes?: number;
  /** The backup functions (electron/backup/ipc.ts), built once the backup service exists. */
  backups: Pick<IpcHandlers, BackupHandlerName>;
}

const dialogFilters = (filters: FileFilter[] | undefined): { filters?: DialogFilter[] } =>
  filters && filters.length > 0
    ? { filters: filters.map((f) => ({ name: f.name, extensions: f.extensions })) }
    : {};

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Reads a file the user picked, refusing oversized ones before reading a byte of them. */
export async function readPickedFile(path: string, maxBytes: number): Promise<OpenedFile> {
  const handle = await open(path, 'r');
  try {
    // Size from the open handle, so the file checked is the file read.
    const stats = await handle.stat();
    const size = stats.size;
    if (!stats.isFile()) throw new Error(`${basename(path)} is not a file`);
    if (size > maxBytes) {
      throw new Error(
        `${basename(path)} is too large to open (${megabytes(size)}; the limit is ${megabytes(maxBytes)})`,
      );
    }
    const buffer = await handle.readFile();
    return {
      name: basename(path),
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    };
  } finally {
    await handle.close();
  }
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const maxOpenFileBytes = deps.maxOpenFileBytes ?? MAX_OPEN_FILE_BYTES;
  return {
    ...deps.backups,
    getAppInfo: async () => deps.appInfo(),

    saveFile: async ({ suggestedName, bytes, filters }) => {
      const result = await deps.showSaveDialog({
        defaultPath: join(deps.defaultSaveFolder(), suggestedName),
        ...dialogFilters(filters),
      });
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFileAtomic(result.filePath, bytes);
      return { saved: true, path: result.filePath };
    },

    openFile: async ({ filters }) => {
      const result = await deps.showOpenDialog({ properties: ['openFile'], ...dialogFilters(filters) });
      const path = result.filePaths[0];
      if (result.canceled || path === undefined) return null;
      return readPickedFile(path, maxOpenFileBytes);
    },

    setLanguage: async (language) => {
      await deps.applyLanguage(language);
    },

    openExternal: async (url) => {
      const vetted = vetExternalUrl(url);
      if (vetted === null) return false;
      await deps.openExternal(vetted);
      return true;
    },
  };
}
