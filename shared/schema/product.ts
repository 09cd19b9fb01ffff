import { z } from 'zod';
import { envelopeSchema, moneySchema, nameText, optionalText, text } from './envelope';
import { CODE_MAX, NAME_MAX, NOTES_MAX } from './limits';

export const productFields = z.object({
  sku: text(CODE_MAX),
  name: nameText(NAME_MAX),
  unit: text(20),
  unitPrice: moneySchema.min(0),
  /** Tax rate in basis points: 1300 = 13 %. */
  taxRate: z.number().int().min(0).max(10_000),
  active: z.boolean(),
  notes: optionalText(NOTES_MAX),
});

export const productSchema = envelopeSchema.extend(productFields.shape);
export type Product = z.infer<typeof productSchema>;
export type ProductInput = z.input<typeof productFields>;
