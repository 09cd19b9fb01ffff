import { z } from 'zod';
import { envelopeSchema, idSchema, isoDateTime, optionalNameText, optionalText } from './envelope';
import { orderStatuses } from './order';

/** A 'shipment' is what went out, line by line (`lineChanges`: shipped before → after), from → to status. */
export const orderEventKinds = ['created', 'transition', 'edit', 'assign', 'invoice', 'shipment'] as const;

/** One changed line of an order edited after submission (rules/workflow.ts lineItemDiff). */
export const lineChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  productId: idSchema,
  fields: z
    .array(z.object({ field: z.string().max(40), before: z.number(), after: z.number() }))
    .max(10)
    .default([]),
});

/** One entry in an order's timeline: who did what, when, from which state to which. */
export const orderEventFields = z.object({
  orderId: idSchema,
  at: isoDateTime,
  actor: optionalNameText(80),
  kind: z.enum(orderEventKinds),
  from: z.enum(orderStatuses).nullable(),
  to: z.enum(orderStatuses).nullable(),
  note: optionalText(1000),
  /** For an edit after submission: what changed on which line. */
  lineChanges: z.array(lineChangeSchema).max(500).default([]),
});

export const orderEventSchema = envelopeSchema.extend(orderEventFields.shape);
export type OrderEvent = z.infer<typeof orderEventSchema>;
export type OrderEventInput = z.input<typeof orderEventFields>;
