import { z } from 'zod';
import { DEFAULT_CURRENCY } from '../office';
import { defaultSlaTargets, slaTargetsSchema } from '../rules/sla';
import { workCalendarSchema } from '../rules/working-time';

/** How the office works: its currency, working days and hours, holidays, and the SLA targets per stage. */
export const officeSettingsSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  calendar: workCalendarSchema,
  slaTargets: slaTargetsSchema,
});

export type OfficeSettings = z.output<typeof officeSettingsSchema>;
export type OfficeSettingsInput = z.input<typeof officeSettingsSchema>;

export const defaultOfficeSettings = (): OfficeSettings =>
  officeSettingsSchema.parse({ currency: DEFAULT_CURRENCY, calendar: {}, slaTargets: defaultSlaTargets });
