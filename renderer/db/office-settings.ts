import { z } from 'zod';
import { DEFAULT_CURRENCY } from '../../shared/office';
import { defaultSlaTargets, slaTargetsSchema } from '../../shared/rules/sla';
import { workCalendarSchema } from '../../shared/rules/working-time';
import { validate } from '../../shared/validation';
import type { SalesDeskDb } from './database';

// How the office works: its currency, working days and hours, holidays, and the SLA targets per stage.
// Kept in this machine's meta table; validated with the same zod schemas the Settings form uses.

export const officeSettingsSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  calendar: workCalendarSchema,
  slaTargets: slaTargetsSchema,
});

export type OfficeSettings = z.output<typeof officeSettingsSchema>;

const KEY = 'officeSettings';

export const defaultOfficeSettings = (): OfficeSettings =>
  officeSettingsSchema.parse({ currency: DEFAULT_CURRENCY, calendar: {}, slaTargets: defaultSlaTargets });

export async function loadOfficeSettings(db: SalesDeskDb): Promise<OfficeSettings> {
  const row = await db.meta.get(KEY);
  const parsed = officeSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultOfficeSettings();
}

/** Refuses invalid settings with the field named (RecordValidationError); nothing is saved then. */
export async function saveOfficeSettings(db: SalesDeskDb, settings: z.input<typeof officeSettingsSchema>) {
  const valid = validate('officeSettings', officeSettingsSchema, settings);
  await db.meta.put({ key: KEY, value: valid });
  return valid;
}
