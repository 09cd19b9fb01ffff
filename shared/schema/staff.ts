import { z } from 'zod';
import { EMAIL_MAX, envelopeSchema, isoDate, nameText, optionalText, text } from './envelope';
import { skillLevel } from './skill-change';

export const staffLevels = ['new', 'experienced', 'senior'] as const;
export const staffStatuses = ['active', 'on_leave', 'left'] as const;

export const staffFields = z.object({
  name: nameText(80),
  role: optionalText(80),
  level: z.enum(staffLevels),
  startDate: isoDate,
  email: optionalText(EMAIL_MAX),
  phone: optionalText(40),
  weeklyCapacityHours: z.number().gt(0, 'must be more than 0').max(80),
  status: z.enum(staffStatuses),
  /** Flagged people take submitted orders when the queue assigns automatically. */
  handlesOrders: z.boolean().default(false),
  notes: optionalText(2000),
  /** Skills and their level 0–4; each change is also kept in skillChanges (the history). */
  skills: z
    .array(z.object({ skill: text(80), level: skillLevel }))
    .max(40)
    .default([])
    .refine((list) => new Set(list.map((s) => s.skill)).size === list.length, {
      message: 'names a skill twice',
      params: { code: 'skill.twice' },
    }),
});

export const staffSchema = envelopeSchema.extend(staffFields.shape);
export type Staff = z.infer<typeof staffSchema>;
export type StaffInput = z.input<typeof staffFields>;
