// The few settings main itself needs before the renderer runs (the menu language, the backup folder), in
// a small JSON file in userData. Everything else the user sets lives in the renderer's database.

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { languageFromLocale } from '../shared/language';
import { writeFileAtomic } from './atomic-write';

export { languageFromLocale };

export const SETTINGS_FILE = 'settings.json';

const settingsSchema = z.object({
  language: z.enum(['zh-CN', 'en']),
  /** The backup folder the user chose; absent means the default in userData. */
  backupDir: z.string().min(1).max(1000).optional(),
});

export type MainSettings = z.infer<typeof settingsSchema>;

/** The saved settings, or defaults from the system locale when the file is missing or malformed. */
export async function loadSettings(path: string, systemLocale: string): Promise<MainSettings> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // First run or a damaged file: the defaults are the right answer either way.
  }
  return { language: languageFromLocale(systemLocale) };
}

export async function saveSettings(path: string, settings: MainSettings): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`);
}

/** Changes some settings and keeps the rest (a language change must not forget the backup folder). */
export async function updateSettings(
  path: string,
  systemLocale: string,
  patch: Partial<MainSettings>,
): Promise<MainSettings> {
  const next = { ...(await loadSettings(path, systemLocale)), ...patch };
  await saveSettings(path, next);
  return next;
}
