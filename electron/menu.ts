// The application menu as a pure template, so its structure and translations are unit-tested.
// Items that act on app data only send a command: the renderer owns the data and the dialogs.

import type { MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../shared/ipc/contract';
import { type MenuLabelKey, menuLabels } from './menu-labels';

export interface MenuOptions {
  language: Language;
  isMac: boolean;
  /** Reload and developer tools only in development builds. */
  isDev?: boolean;
  /** Delivers a command to the renderer of the main window. */
  send: (command: MenuCommand) => void;
  /** Opens the logs folder in the OS file manager (main-process work, no renderer involved). */
  openLogFolder: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({
  language,
  isMac,
  isDev = false,
  send,
  openLogFolder,
}: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: MenuLabelKey): string => menuLabels[language][key];
  const command = (
    label: MenuLabelKey,
    name: MenuCommand,
    extra: MenuItemConstructorOptions = {},
  ): MenuItemConstructorOptions => ({ label: t(label), click: () => send(name), ...extra });

  const about = command('about', 'about');
  const settings = command('settings', 'openSettings', { accelerator: 'CmdOrCtrl+,' });
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('quit') };

  // macOS keeps About, Settings and Quit in the app menu; elsewhere they live in File and Help.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: t('appName'),
          submenu: [
            about,
            separator,
            settings,
            separator,
            { role: 'services', label: t('services') },
            separator,
            { role: 'hide', label: t('hide') },
            { role: 'hideOthers', label: t('hideOthers') },
            { role: 'unhide', label: t('unhide') },
            separator,
            quit,
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      command('backupNow', 'backupNow', { accelerator: 'CmdOrCtrl+Shift+B' }),
      separator,
      command('exportPackage', 'exportPackage', { accelerator: 'CmdOrCtrl+E' }),
      command('importPackage', 'importPackage', { accelerator: 'CmdOrCtrl+O' }),
      separator,
      ...(isMac ? [{ role: 'close', label: t('closeWindow') } as const] : [settings, separator, quit]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      separator,
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: t('pasteAndMatchStyle') } as const] : []),
      { role: 'delete', label: t('delete') },
      separator,
      { role: 'selectAll', label: t('selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      ...(isDev
        ? [
            { role: 'reload', label: t('reload') } as const,
            { role: 'forceReload', label: t('forceReload') } as const,
            { role: 'toggleDevTools', label: t('toggleDevTools') } as const,
            separator,
          ]
        : []),
      // The renderer binds this key itself (it works in the browser build too); the menu only shows it.
      command('commandPalette', 'commandPalette', { accelerator: 'CmdOrCtrl+K', registerAccelerator: false }),
      command('toggleColorScheme', 'toggleColorScheme', { accelerator: 'CmdOrCtrl+Shift+L' }),
      separator,
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('toggleFullScreen') },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: t('window'),
    role: 'window',
    submenu: [
      { role: 'minimize', label: t('minimize') },
      // zoom and front are macOS-only roles.
      ...(isMac
        ? [
            { role: 'zoom', label: t('zoom') } as const,
            separator,
            { role: 'front', label: t('front') } as const,
          ]
        : [{ role: 'close', label: t('closeWindow') } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('help'),
    role: 'help',
    submenu: [
      command('documentation', 'openDocumentation', isMac ? {} : { accelerator: 'F1' }),
      { label: t('openLogFolder'), click: () => openLogFolder() },
      ...(isMac ? [] : [separator, about]),
    ],
  };

  return [...appMenu, file, edit, view, window, help];
}
