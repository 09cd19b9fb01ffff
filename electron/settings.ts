// The few settings main itself needs before the renderer runs (today only the menu language), in a small
// JSON file in userData. Everything else the user sets lives in the renderer's database.

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { languageFromLocale } from '../shared/language';
import { writeFileAtomic } from './atomic-write';

export { languageFromLocale };

export const SETTINGS_FILE = 'settings.json';

const settingsSchema = z.object({ language: z.enum(['zh-CN', 'en']) });

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
