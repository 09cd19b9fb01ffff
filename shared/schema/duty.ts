import { z } from 'zod';
import { customerSegments } from './customer';
import { envelopeSchema, idSchema, nameText, optionalText, text } from './envelope';

export const dutyComplexities = ['simple', 'standard', 'complex'] as const;

export const dutyFields = z.object({
  name: nameText(120),
  description: optionalText(2000),
  complexity: z.enum(dutyComplexities),
  hoursPerWeek: z.number().min(0).max(80),
  requiredSkill: optionalText(80),
  requiredLevel: z.number().int().min(0).max(4).default(0),
  /** A course whose certificate everyone holding the duty must have, valid (null: none). */
  requiredCourseId: idSchema.nullable().default(null),
  /** Owner assignments: primary and backup staff ids (the duty matrix builds on these). */
  primaryId: idSchema.nullable().default(null),
  backupIds: z.array(idSchema).max(30).default([]),
  /** Submitted orders are assigned by this duty's cover today (the order-processing duties). */
  routesOrders: z.boolean().default(false),
  /** Which orders it covers, by the customer's segment and region; empty lists: every order. */
  covers: z
    .object({
      segments: z.array(z.enum(customerSegments)).max(customerSegments.length).default([]),
      regions: z.array(text(40)).max(50).default([]),
    })
    .default({ segments: [], regions: [] }),
});

export const dutySchema = envelopeSchema.extend(dutyFields.shape);
export type Duty = z.infer<typeof dutySchema>;
export type DutyInput = z.input<typeof dutyFields>;
