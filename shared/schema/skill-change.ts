import { z } from 'zod';
import { envelopeSchema, idSchema, isoDateTime, optionalText, text } from './envelope';

export const skillChangeReasons = ['training', 'review', 'manual'] as const;
export const skillLevel = z.number().int('must be a whole number').min(0).max(4);

/** One change of a person's skill level: the history the staff page shows (never edited afterwards). */
export const skillChangeFields = z.object({
  staffId: idSchema,
  skill: text(80),
  /** The level before; null when the person did not have the skill. */
  from: skillLevel.nullable(),
  /** The level after; null when the skill was removed. */
  to: skillLevel.nullable(),
  reason: z.enum(skillChangeReasons),
  at: isoDateTime,
  note: optionalText(300),
  /** The course whose completion made the change (reason `training`); null otherwise. */
  courseId: idSchema.nullable().default(null),
});

export const skillChangeSchema = envelopeSchema.extend(skillChangeFields.shape);
export type SkillChange = z.infer<typeof skillChangeSchema>;
export type SkillChangeInput = z.input<typeof skillChangeFields>;
