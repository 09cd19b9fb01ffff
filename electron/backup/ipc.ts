// Main's side of the backup functions in the IPC contract: the list, "Back up now", the folder (chosen in a
// dialog, remembered in settings.json), reading a backup back for a restore, and the renderer's stream of
// backup bytes. Electron's dialog and shell come in as plain functions, so this is tested in Node.

import { join } from 'node:path';
import type { IpcHandlers } from '../../shared/ipc/contract';
import { parseBackupFileName } from './names';
import type { RendererStreams } from './renderer-stream';
import type { BackupService } from './service';

export type BackupHandlerName =
  | 'listBackups'
  | 'backupNow'
  | 'chooseBackupFolder'
  | 'openBackupFolder'
  | 'readBackup'
  | 'backupChunk'
  | 'backupEnd'
  | 'backupFail';

export interface BackupHandlerDeps {
  service: BackupService;
  streams: RendererStreams;
  /** A folder dialog opened at `current`; the chosen folder or null. */
  chooseFolder: (current: string) => Promise<string | null>;
  /** shell.openPath. */
  openFolder: (dir: string) => Promise<void>;
  /** Remembers the folder for the next start. */
  rememberFolder: (dir: string) => Promise<void>;
  /** Reads a file whole, refusing oversized ones (ipc-handlers' readPickedFile). */
  readFile: (path: string) => Promise<{ name: string; bytes: Uint8Array }>;
}

export function createBackupHandlers(deps: BackupHandlerDeps): Pick<IpcHandlers, BackupHandlerName> {
  const { service, streams } = deps;
  return {
    listBackups: async () => ({ dir: service.currentDir(), backups: await service.list() }),
    backupNow: (reason) => service.backupNow(reason),
    chooseBackupFolder: async () => {
      const dir = await deps.chooseFolder(service.currentDir());
      if (dir === null) return null;
      await service.setDir(dir);
      await deps.rememberFolder(dir);
      return dir;
    },
    openBackupFolder: async () => {
      await deps.openFolder(service.currentDir());
    },
    readBackup: async (name) => {
      // Only a backup's own name: the renderer cannot steer this to any other file in the folder.
      if (!parseBackupFileName(name)) throw new Error(`${name} is not a backup`);
      return deps.readFile(join(service.currentDir(), name));
    },
    backupChunk: async (id, bytes) => {
      await streams.chunk(id, bytes);
    },
    backupEnd: async (id) => {
      streams.end(id);
    },
    backupFail: async (id, message) => {
      streams.fail(id, message);
    },
  };
}
