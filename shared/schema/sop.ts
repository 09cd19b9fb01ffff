import { z } from 'zod';
import { envelopeSchema, idSchema, isoDate, isoDateTime, nameText, optionalText } from './envelope';

// Process documents (SOPs, area "routines"). An SOP is the document; each published version is its own
// record (never edited after publishing, so a diff between versions means what it says), and each
// acknowledgement says that a person read a given version. The body is Markdown, rendered without raw
// HTML: a script or tag in it shows as text.

export const processKinds = [
  'order_processing',
  'customer_service',
  'data_management',
  'sales_support',
  'other',
] as const;
export type ProcessKind = (typeof processKinds)[number];

const sopShape = {
  title: nameText(120),
  process: z.enum(processKinds),
  ownerId: idSchema,
  /** When the document is next reviewed; passed: flagged. */
  reviewOn: isoDate.nullable().default(null),
  /** The draft being written for the next version (published versions are in sopVersions). */
  draft: optionalText(50_000),
};
export const sopFields = z.object(sopShape);
export const sopSchema = envelopeSchema.extend(sopShape);
export type Sop = z.infer<typeof sopSchema>;
export type SopInput = z.input<typeof sopFields>;

const sopVersionShape = {
  sopId: idSchema,
  version: z.number().int().min(1).max(10_000),
  body: optionalText(50_000),
  /** What changed, in a line. */
  note: optionalText(500),
  publishedAt: isoDateTime,
};
export const sopVersionFields = z.object(sopVersionShape);
export const sopVersionSchema = envelopeSchema.extend(sopVersionShape);
export type SopVersion = z.infer<typeof sopVersionSchema>;
export type SopVersionInput = z.input<typeof sopVersionFields>;

const sopAckShape = {
  sopId: idSchema,
  version: z.number().int().min(1).max(10_000),
  staffId: idSchema,
  at: isoDateTime,
};
export const sopAckFields = z.object(sopAckShape);
export const sopAckSchema = envelopeSchema.extend(sopAckShape);
export type SopAck = z.infer<typeof sopAckSchema>;
export type SopAckInput = z.input<typeof sopAckFields>;
