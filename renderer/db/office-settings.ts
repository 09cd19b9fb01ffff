import {
  defaultOfficeSettings,
  type OfficeSettings,
  type OfficeSettingsInput,
  officeSettingsSchema,
} from '../../shared/schema/office-settings';
import { validate } from '../../shared/validation';
import type { SalesDeskDb } from './database';

// The office's settings are kept in this machine's meta table, checked with their schema on the way in
// and out: settings that no longer parse are replaced by the defaults rather than breaking the app.

export type { OfficeSettings };

const KEY = 'officeSettings';

export async function loadOfficeSettings(db: SalesDeskDb): Promise<OfficeSettings> {
  const row = await db.meta.get(KEY);
  const parsed = officeSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultOfficeSettings();
}

/** Refuses invalid settings with the field named (a Refusal); nothing is saved then. */
export async function saveOfficeSettings(db: SalesDeskDb, settings: OfficeSettingsInput) {
  const valid = validate('officeSettings', officeSettingsSchema, settings);
  await db.meta.put({ key: KEY, value: valid });
  return valid;
}
