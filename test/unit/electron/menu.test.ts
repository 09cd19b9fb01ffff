import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/menu';
import { menuLabels } from '../../../electron/menu-labels';
import { type MenuCommand, menuCommands } from '../../../shared/ipc/contract';

const build = (overrides: Partial<MenuOptions> = {}) => {
  const send = vi.fn<(command: MenuCommand) => void>();
  const openLogFolder = vi.fn();
  const template = buildMenuTemplate({ language: 'en', isMac: false, send, openLogFolder, ...overrides });
  return { template, send, openLogFolder };
};

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...flatten(submenu(item))]);

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

const findByLabel = (items: MenuItemConstructorOptions[], label: string) =>
  flatten(items).find((item) => item.label === label);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help in English', () => {
    expect(build().template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('has the five menus translated in zh-CN', () => {
    const { template } = build({ language: 'zh-CN' });
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(submenu(template[0]).map((i) => i.label)).toEqual([
      '立即备份',
      undefined,
      '导出数据包…',
      '导入数据包…',
      undefined,
      '设置…',
      undefined,
      '退出销售内勤台',
    ]);
  });

  it('labels every item, role items included, in the chosen language', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      for (const isMac of [false, true]) {
        const items = flatten(build({ language, isMac, isDev: true }).template).filter(
          (i) => i.type !== 'separator',
        );
        const labels = new Set(Object.values(menuLabels[language]));
        for (const item of items) expect(labels, `${language} ${item.role ?? ''}`).toContain(item.label);
      }
    }
  });

  it('puts the app menu first on macOS, holding About, Settings and Quit', () => {
    const { template } = build({ isMac: true });
    expect(template.map((m) => m.label)).toEqual(['SalesDesk', 'File', 'Edit', 'View', 'Window', 'Help']);
    const app = submenu(template[0]);
    expect(app.map((i) => i.role ?? i.label)).toEqual(
      expect.arrayContaining(['About SalesDesk', 'Settings…', 'hide', 'quit']),
    );
    expect(submenu(template[1]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('sends each renderer command from its item', () => {
    const { template, send } = build();
    const expected: Array<[string, MenuCommand]> = [
      ['Back Up Now', 'backupNow'],
      ['Export Package…', 'exportPackage'],
      ['Import Package…', 'importPackage'],
      ['Settings…', 'openSettings'],
      ['Command Palette…', 'commandPalette'],
      ['Toggle Dark Mode', 'toggleColorScheme'],
      ['Documentation', 'openDocumentation'],
      ['About SalesDesk', 'about'],
    ];
    for (const [label, command] of expected) {
      send.mockClear();
      click(findByLabel(template, label));
      expect(send, label).toHaveBeenCalledExactlyOnceWith(command);
    }
    // Every command the contract defines is reachable from the menu.
    expect(new Set(expected.map(([, c]) => c))).toEqual(new Set(menuCommands));
  });

  it('opens the log folder in main without involving the renderer', () => {
    const { template, send, openLogFolder } = build({ language: 'zh-CN' });
    click(findByLabel(template, '打开日志文件夹'));
    expect(openLogFolder).toHaveBeenCalledOnce();
    expect(send).not.toHaveBeenCalled();
  });

  it('offers reload and devtools only in development', () => {
    const roles = (isDev: boolean) => flatten(build({ isDev }).template).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('uses roles for editing, zoom and full screen', () => {
    const roles = flatten(build().template).map((i) => i.role);
    expect(roles).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'minimize',
        'quit',
      ]),
    );
  });
});

describe('menuLabels', () => {
  it('has the same keys, all non-empty, in both languages', () => {
    const en = menuLabels.en;
    const zh = menuLabels['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(en), ...Object.values(zh)]) expect(value.trim()).not.toBe('');
    // Chinese labels are actually translated, not copied.
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(zh[key], key).not.toBe(en[key]);
    }
  });
});
