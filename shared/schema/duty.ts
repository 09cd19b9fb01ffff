import { z } from 'zod';
import { envelopeSchema, optionalText, text } from './envelope';

export const dutyComplexities = ['simple', 'standard', 'complex'] as const;

export const dutyFields = z.object({
  name: text(120),
  description: optionalText(2000),
  complexity: z.enum(dutyComplexities),
  hoursPerWeek: z.number().min(0).max(80),
  requiredSkill: optionalText(80),
  requiredLevel: z.number().int().min(0).max(4).default(0),
  /** Owner assignments: primary and backup staff ids (the duty matrix builds on these). */
  primaryId: z.uuid().nullable().default(null),
  backupIds: z.array(z.uuid()).max(30).default([]),
});

export const dutySchema = envelopeSchema.extend(dutyFields.shape);
export type Duty = z.infer<typeof dutySchema>;
export type DutyInput = z.input<typeof dutyFields>;
