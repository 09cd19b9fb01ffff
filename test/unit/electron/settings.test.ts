import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { languageFromLocale, loadSettings, saveSettings, updateSettings } from '../../../electron/settings';

describe('languageFromLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH-hans-CN', 'zh-CN'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, language) => expect(languageFromLocale(locale)).toBe(language));
});

describe('loadSettings / saveSettings', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-settings-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a language change keeps the chosen backup folder, and the folder survives a restart', async () => {
    const path = join(dir, 'settings.json');
    await updateSettings(path, 'zh-CN', { backupDir: 'D:\\备份\\SalesDesk' });
    await updateSettings(path, 'zh-CN', { language: 'en' });
    expect(await loadSettings(path, 'zh-CN')).toEqual({ language: 'en', backupDir: 'D:\\备份\\SalesDesk' });
  });

  it('defaults from the system locale on first run', async () => {
    expect(await loadSettings(join(dir, 'settings.json'), 'zh-CN')).toEqual({ language: 'zh-CN' });
    expect(await loadSettings(join(dir, 'settings.json'), 'en-GB')).toEqual({ language: 'en' });
  });

  it('keeps the saved language over the system locale', async () => {
    const path = join(dir, 'settings.json');
    await saveSettings(path, { language: 'en' });
    expect(await loadSettings(path, 'zh-CN')).toEqual({ language: 'en' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ language: 'en' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('falls back to the locale when the file is corrupt or holds an unknown language', async () => {
    const path = join(dir, 'settings.json');
    await writeFile(path, '{"language":');
    expect(await loadSettings(path, 'zh-CN')).toEqual({ language: 'zh-CN' });
    await writeFile(path, '{"language":"fr"}');
    expect(await loadSettings(path, 'en-US')).toEqual({ language: 'en' });
  });
});
