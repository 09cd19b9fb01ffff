// The renderer's one seam to the desktop. Feature code calls these functions and never asks whether it
// runs in Electron or in a plain browser tab.

import type {
  AppInfo,
  BackupInfo,
  BackupList,
  BackupRequest,
  Language,
  MenuCommand,
  OpenedFile,
  OpenFileRequest,
  RequestableBackupReason,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';

export type {
  AppInfo,
  BackupInfo,
  BackupList,
  BackupReason,
  BackupRequest,
  FileFilter,
  Language,
  MenuCommand,
  OpenedFile,
  OpenFileRequest,
  RequestableBackupReason,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';

export interface Platform {
  kind: 'desktop' | 'browser';
  /** Asks where to save (desktop) or downloads (browser). `saved: false` when the user cancelled. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Lets the user pick one file; null when they cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  getAppInfo(): Promise<AppInfo>;
  /** Tells the desktop shell the UI language (menus follow it). */
  setLanguage(language: Language): Promise<void>;
  /** Opens a vetted https link in the system browser; false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
  /** Menu commands from the desktop menu; returns the unsubscribe. Never fires in the browser. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The desktop app's backup service; null in a browser, which has none. */
  backups: DesktopBackups | null;
}

/** Backups kept by the desktop app's main process (electron/backup). */
export interface DesktopBackups {
  list(): Promise<BackupList>;
  backupNow(reason: RequestableBackupReason): Promise<BackupInfo>;
  /** Opens a folder dialog; the new folder, or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  openFolder(): Promise<void>;
  /** A backup's bytes, by its file name, for a restore. */
  read(name: string): Promise<OpenedFile>;
  /** Main asks for the office's data as a backup; answer with chunks, then end or fail. */
  onRequest(listener: (request: BackupRequest) => void): () => void;
  /** A backup finished (scheduled, at close, before an import, on request). */
  onTaken(listener: (backup: BackupInfo) => void): () => void;
  chunk(id: string, bytes: Uint8Array): Promise<void>;
  end(id: string): Promise<void>;
  fail(id: string, message: string): Promise<void>;
}
