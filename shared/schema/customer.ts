import { z } from 'zod';
import {
  EMAIL_MAX,
  envelopeSchema,
  moneySchema,
  nameText,
  optionalNameText,
  optionalText,
  text,
} from './envelope';
import { ADDRESS_MAX, CODE_MAX, NAME_MAX, NOTES_MAX } from './limits';

export const customerSegments = ['key', 'regular', 'small', 'new'] as const;

export const customerFields = z.object({
  code: text(CODE_MAX),
  name: nameText(NAME_MAX),
  contact: optionalNameText(80),
  phone: optionalText(40),
  email: optionalText(EMAIL_MAX),
  address: optionalText(ADDRESS_MAX),
  segment: z.enum(customerSegments),
  region: optionalText(40),
  tags: z.array(text(40)).max(20).default([]),
  creditLimit: moneySchema.min(0),
  notes: optionalText(NOTES_MAX),
});

export const customerSchema = envelopeSchema.extend(customerFields.shape);
export type Customer = z.infer<typeof customerSchema>;
export type CustomerInput = z.input<typeof customerFields>;
