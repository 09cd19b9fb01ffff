import { z } from 'zod';
import { envelopeSchema, idSchema, isoDate, nameText, optionalText } from './envelope';
import { samePerson } from './refinements';

// Team culture (area "routines"): the office's core values, and recognitions — a note that a person
// showed a value, with the day and who gave it. Recognitions show on the person's page and count in
// their reviews.

const valueShape = {
  name: nameText(60),
  description: optionalText(500),
  /** Position in the list (lowest first). */
  order: z.number().int().min(0).max(1000).default(0),
  active: z.boolean().default(true),
};
export const coreValueFields = z.object(valueShape);
export const coreValueSchema = envelopeSchema.extend(valueShape);
export type CoreValue = z.infer<typeof coreValueSchema>;
export type CoreValueInput = z.input<typeof coreValueFields>;

const recognitionShape = {
  staffId: idSchema,
  valueId: idSchema,
  date: isoDate,
  note: optionalText(1000),
  /** Who gave it: a colleague, or null for the manager. */
  givenById: idSchema.nullable().default(null),
};
type RecognitionShape = z.infer<z.ZodObject<typeof recognitionShape>>;
function recognitionRules(r: RecognitionShape, ctx: z.RefinementCtx) {
  if (r.givenById !== null && r.givenById === r.staffId)
    ctx.addIssue(samePerson('givenById', 'names the same person'));
}
export const recognitionFields = z.object(recognitionShape).superRefine(recognitionRules);
export const recognitionSchema = envelopeSchema.extend(recognitionShape).superRefine(recognitionRules);
export type Recognition = z.infer<typeof recognitionSchema>;
export type RecognitionInput = z.input<typeof recognitionFields>;
