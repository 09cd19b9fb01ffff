// The one typed IPC contract between the renderer and the main process.
// Each entry names a function the preload exposes on `window.salesdesk`; the channel string is derived
// from the key, so neither side ever spells a channel by hand.

import {
  type BackupInfo,
  type BackupList,
  type BackupRequest,
  isBackupRequest,
  type RequestableBackupReason,
} from './backups';
import { isOneOf } from './one-of';

export type { BackupInfo, BackupList, BackupReason, BackupRequest, RequestableBackupReason } from './backups';

export type Language = 'zh-CN' | 'en';

export interface FileFilter {
  /** Label shown in the OS dialog, already translated by the renderer. */
  name: string;
  /** Extensions without the dot, e.g. ['csv', 'xlsx']. */
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  filters?: FileFilter[];
}

export interface SaveFileResult {
  /** False when the user cancelled the dialog. */
  saved: boolean;
  path?: string;
}

export interface OpenFileRequest {
  filters?: FileFilter[];
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface AppInfo {
  version: string;
  platform: string;
  /** The system UI language, e.g. 'zh-CN' or 'en-US'. */
  locale: string;
  userDataPath: string;
  logPath: string;
}

/** Every invokable function: its argument tuple and its resolved result. */
export interface IpcContract {
  getAppInfo: { args: []; result: AppInfo };
  saveFile: { args: [request: SaveFileRequest]; result: SaveFileResult };
  openFile: { args: [request: OpenFileRequest]; result: OpenedFile | null };
  setLanguage: { args: [language: Language]; result: undefined };
  openExternal: { args: [url: string]; result: boolean };
  // Backups (desktop only): the list, a backup on request, the folder, and reading one back to restore.
  listBackups: { args: []; result: BackupList };
  backupNow: { args: [reason: RequestableBackupReason]; result: BackupInfo };
  /** A folder dialog; the new folder (future backups go there), or null when cancelled. */
  chooseBackupFolder: { args: []; result: string | null };
  openBackupFolder: { args: []; result: undefined };
  /** A backup of the current folder, by its file name, read for a restore. */
  readBackup: { args: [name: string]; result: OpenedFile };
  // The renderer's answer to a `backupRequested` event: the package's bytes, then the end or a failure.
  backupChunk: { args: [id: string, bytes: Uint8Array]; result: undefined };
  backupEnd: { args: [id: string]; result: undefined };
  backupFail: { args: [id: string, message: string]; result: undefined };
}

export type IpcName = keyof IpcContract;

/** The names in a fixed list, so preload and main can iterate them without a channel string anywhere. */
export const ipcNames = [
  'getAppInfo',
  'saveFile',
  'openFile',
  'setLanguage',
  'openExternal',
  'listBackups',
  'backupNow',
  'chooseBackupFolder',
  'openBackupFolder',
  'readBackup',
  'backupChunk',
  'backupEnd',
  'backupFail',
] as const satisfies readonly IpcName[];

export const ipcChannel = (name: IpcName): string => `salesdesk:${name}`;

/** What the preload puts on `window.salesdesk`. */
export type DesktopBridge = {
  [K in IpcName]: (...args: IpcContract[K]['args']) => Promise<IpcContract[K]['result']>;
};

/** Main-process implementations of the contract. */
export type IpcHandlers = {
  [K in IpcName]: (
    ...args: IpcContract[K]['args']
  ) => Promise<IpcContract[K]['result']> | IpcContract[K]['result'];
};

// ---------------------------------------------------------------------------------------------------
// Main → renderer events. The same rule holds: one typed map, channel strings derived here only.

/** What a menu item asks the renderer to do; main never reaches into renderer state itself. */
export const menuCommands = [
  'backupNow',
  'exportPackage',
  'importPackage',
  'openSettings',
  'toggleColorScheme',
  'commandPalette',
  'about',
  'openDocumentation',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

export const isMenuCommand = isOneOf(menuCommands);

/** Every event main sends to the renderer, with its single payload. */
export interface MainEventContract {
  menuCommand: MenuCommand;
  /** Main's backup service asks for the office's data as a backup package (scheduled, at quit, …). */
  backupRequested: BackupRequest;
  /** A backup was written and checked (whoever asked for it): an open backups list refreshes. */
  backupTaken: BackupInfo;
}

export type MainEventName = keyof MainEventContract;

export const mainEventNames = [
  'menuCommand',
  'backupRequested',
  'backupTaken',
] as const satisfies readonly MainEventName[];

export const mainEventChannel = (name: MainEventName): string => `salesdesk:event:${name}`;

/** `menuCommand` → `onMenuCommand`: the subscribe function the preload exposes for each event. */
export type MainEventSubscriberName<K extends MainEventName> = `on${Capitalize<K>}`;

export const mainEventSubscriberName = <K extends MainEventName>(name: K): MainEventSubscriberName<K> =>
  `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as MainEventSubscriberName<K>;

/** Subscribe functions; each returns its unsubscribe. */
export type MainEventSubscriptions = {
  [K in MainEventName as MainEventSubscriberName<K>]: (
    listener: (payload: MainEventContract[K]) => void,
  ) => () => void;
};

/** Everything on `window.salesdesk`: the invokable functions plus the event subscriptions. */
export type SalesDeskBridge = DesktopBridge & MainEventSubscriptions;

/** Payload checks per event, so the preload forwards only well-formed payloads to renderer code. */
export const mainEventPayloadGuards: {
  [K in MainEventName]: (payload: unknown) => payload is MainEventContract[K];
} = {
  menuCommand: isMenuCommand,
  backupRequested: isBackupRequest,
  backupTaken: (payload): payload is BackupInfo =>
    typeof payload === 'object' && payload !== null && typeof (payload as BackupInfo).name === 'string',
};
