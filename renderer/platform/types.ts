// The renderer's one seam to the desktop. Feature code calls these functions and never asks whether it
// runs in Electron or in a plain browser tab.

import type {
  AppInfo,
  Language,
  MenuCommand,
  OpenedFile,
  OpenFileRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';

export type {
  AppInfo,
  FileFilter,
  Language,
  MenuCommand,
  OpenedFile,
  OpenFileRequest,
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
}
