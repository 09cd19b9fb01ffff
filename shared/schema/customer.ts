import { z } from 'zod';
import { EMAIL_MAX, envelopeSchema, moneySchema, optionalText, text } from './envelope';

export const customerSegments = ['key', 'regular', 'small', 'new'] as const;

export const customerFields = z.object({
  code: text(40),
  name: text(120),
  contact: optionalText(80),
  phone: optionalText(40),
  email: optionalText(EMAIL_MAX),
  address: optionalText(300),
  segment: z.enum(customerSegments),
  region: optionalText(40),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  creditLimit: moneySchema.min(0),
  notes: optionalText(2000),
});

export const customerSchema = envelopeSchema.extend(customerFields.shape);
export type Customer = z.infer<typeof customerSchema>;
export type CustomerInput = z.input<typeof customerFields>;
