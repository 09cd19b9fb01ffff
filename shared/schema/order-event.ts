import { z } from 'zod';
import { envelopeSchema, isoDateTime, optionalText } from './envelope';
import { orderStatuses } from './order';

export const orderEventKinds = ['created', 'transition', 'edit', 'assign'] as const;

/** One entry in an order's timeline: who did what, when, from which state to which. */
export const orderEventFields = z.object({
  orderId: z.uuid(),
  at: isoDateTime,
  actor: optionalText(80),
  kind: z.enum(orderEventKinds),
  from: z.enum(orderStatuses).nullable(),
  to: z.enum(orderStatuses).nullable(),
  note: optionalText(1000),
});

export const orderEventSchema = envelopeSchema.extend(orderEventFields.shape);
export type OrderEvent = z.infer<typeof orderEventSchema>;
export type OrderEventInput = z.input<typeof orderEventFields>;
