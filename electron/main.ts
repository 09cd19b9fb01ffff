// Main-process entry: wiring only. Each piece lives in its own module with its own tests; this file
// connects them to the real Electron objects, which cannot run under unit tests.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  type OpenDialogOptions,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import log from 'electron-log/main';
import {
  type Language,
  type MainEventContract,
  type MainEventName,
  mainEventChannel,
} from '../shared/ipc/contract';
import { defaultPackageLimits, readPackage } from '../shared/package';
import { LATEST_SCHEMA_VERSION } from '../shared/schema/versions';
import { type BackupService, createBackupService, createPackageVerifier } from './backup';
import { createBackupHandlers } from './backup/ipc';
import { createRendererStreams } from './backup/renderer-stream';
import { applyCsp } from './csp';
import { createHandlers, readPickedFile, registerIpcHandlers } from './ipc-handlers';
import { setupLogging } from './logging';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME, APP_URL, createAppProtocolHandler, privilegedSchemes } from './protocol';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';
import { loadSettings, type MainSettings, SETTINGS_FILE, updateSettings } from './settings';
import { setupSingleInstance } from './single-instance';
import { buildWindowOptions } from './window-options';
import { loadWindowState, saveWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state';

const isMac = process.platform === 'darwin';
// Reload and devtools menu items only when run from the source tree.
const isDev = !app.isPackaged;

// app.getAppPath() is the asar root when packaged and the repo root in development; the CommonJS bundle
// has no reliable __dirname relative to dist/, so every path hangs off it.
const rendererDir = () => join(app.getAppPath(), 'dist');
const preloadPath = () => join(app.getAppPath(), 'dist-electron', 'preload.cjs');
const userDataFile = (name: string) => join(app.getPath('userData'), name);

let mainWindow: BrowserWindow | undefined;
let settings: MainSettings;
/** Set once the app is quitting (not just a window closing, which on macOS leaves the app running). */
let quitting = false;

/** How long closing the window waits for its backup before it closes anyway. */
const QUIT_BACKUP_TIMEOUT_MS = 15_000;

// Backups: the renderer streams the bytes (it holds the data), the service writes, verifies and rotates.
const backupStreams = createRendererStreams({
  request: (request) => {
    if (!mainWindow || mainWindow.webContents.isDestroyed()) return false;
    sendToRenderer('backupRequested', request);
    return true;
  },
});
const backups: BackupService = createBackupService({
  dir: () => settings.backupDir ?? userDataFile('backups'),
  produce: (reason) => backupStreams.produce(reason),
  verify: createPackageVerifier((bytes) => readPackage(bytes, { maxSchemaVersion: LATEST_SCHEMA_VERSION })),
  log,
  onBackup: (backup) => sendToRenderer('backupTaken', backup),
});

function sendToRenderer<K extends MainEventName>(name: K, payload: MainEventContract[K]): void {
  mainWindow?.webContents.send(mainEventChannel(name), payload);
}

function setMenu(language: Language): void {
  const template = buildMenuTemplate({
    language,
    isMac,
    isDev,
    send: (command) => sendToRenderer('menuCommand', command),
    openLogFolder: () => {
      shell
        .openPath(app.getPath('logs'))
        .catch((error: unknown) => log.warn('open log folder failed', error));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(): Promise<void> {
  const statePath = userDataFile(WINDOW_STATE_FILE);
  // Primary display first: the window-state clamp centres there when the saved spot is gone.
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const state = await loadWindowState(statePath, displays);

  const window = new BrowserWindow(buildWindowOptions({ preloadPath: preloadPath(), state }));
  mainWindow = window;
  trackWindowState(window, (next) => saveWindowState(statePath, next));
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  // Closing takes a backup first (bounded, so a stuck page cannot keep the window open).
  let backedUpOnClose = false;
  window.on('close', (event) => {
    if (backedUpOnClose) return;
    event.preventDefault();
    backedUpOnClose = true;
    backups
      .backupOnQuit(QUIT_BACKUP_TIMEOUT_MS)
      .then((outcome) => log.info('backup at close:', outcome))
      .catch((error: unknown) => log.error('backup at close failed', error))
      .finally(() => {
        window.close();
        // Holding the close back cancelled the quit in progress (Cmd+Q, the menu's Quit): quit again now.
        if (quitting) app.quit();
      });
  });
  await window.loadURL(APP_URL);
}

function registerIpc(): void {
  const settingsPath = userDataFile(SETTINGS_FILE);
  const handlers = createHandlers({
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    openExternal: (url) => shell.openExternal(url),
    defaultSaveFolder: () => app.getPath('documents'),
    appInfo: () => ({
      version: app.getVersion(),
      platform: process.platform,
      locale: app.getLocale(),
      userDataPath: app.getPath('userData'),
      logPath: app.getPath('logs'),
    }),
    applyLanguage: async (language) => {
      settings = await updateSettings(settingsPath, app.getLocale(), { language });
      setMenu(language);
    },
    backups: createBackupHandlers({
      service: backups,
      streams: backupStreams,
      chooseFolder: async (current) => {
        const options: OpenDialogOptions = {
          defaultPath: current,
          properties: ['openDirectory', 'createDirectory'],
        };
        const result = await (mainWindow
          ? dialog.showOpenDialog(mainWindow, options)
          : dialog.showOpenDialog(options));
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      openFolder: async (dir) => {
        const problem = await shell.openPath(dir);
        if (problem) throw new Error(problem);
      },
      rememberFolder: async (dir) => {
        settings = await updateSettings(settingsPath, app.getLocale(), { backupDir: dir });
      },
      // Any backup that verified can be read back to restore it: the package's own size limit.
      readFile: (path) => readPickedFile(path, defaultPackageLimits.maxFileBytes),
    }),
  });
  registerIpcHandlers({
    ipcMain,
    handlers,
    isTrustedSender: (frame) => isTrustedSender(frame, mainWindow?.webContents.mainFrame),
  });
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession);
  applyCsp(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir(), readFile }));

  settings = await loadSettings(userDataFile(SETTINGS_FILE), app.getLocale());
  setMenu(settings.language);
  registerIpc();
  await createWindow();
  // After the page is up: the first scheduled backup asks it for data. Start also re-checks backups a
  // crash left unverified and removes stray temp files.
  await backups.start();
}

function start(): void {
  setupLogging(log, app.getPath('logs'));
  // Before 'ready': the scheme needs its privileges, and every renderer is sandboxed whatever its options.
  protocol.registerSchemesAsPrivileged(privilegedSchemes);
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId('com.salesdesk.app');

  // Every web contents, including any the app did not create on purpose, gets the guards.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      openExternal: (url) => shell.openExternal(url),
      onBlocked: (what, url) => log.warn(`blocked ${what}`, url),
    });
  });

  app.on('window-all-closed', () => {
    // macOS apps stay running with no window until the user quits.
    if (!isMac) app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      createWindow()
        // Closing the window stopped the schedule (macOS keeps the app running): start it again.
        .then(() => backups.start())
        .catch((error: unknown) => log.error('could not open the window', error));
    }
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log.error('startup failed', error);
      app.quit();
    });
}

if (setupSingleInstance(app, () => mainWindow)) {
  start();
} else {
  app.quit();
}
