import { z } from 'zod';
import { envelopeSchema, isoDate, isoDateTime, moneySchema, optionalText } from './envelope';

export const orderStatuses = [
  'draft',
  'submitted',
  'validated',
  'returned',
  'confirmed',
  'fulfilling',
  'partially_shipped',
  'shipped',
  'completed',
  'on_hold',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** Statuses in which an order still needs work from the team. */
export const openStatuses: readonly OrderStatus[] = [
  'submitted',
  'validated',
  'returned',
  'confirmed',
  'fulfilling',
  'partially_shipped',
  'shipped',
  'on_hold',
];

export const orderPriorities = ['normal', 'urgent'] as const;

/** `A-20261128-0042`: machine prefix, local date, per-machine daily sequence. */
export const orderNumberSchema = z
  .string()
  .regex(/^[A-Z0-9]{1,6}-\d{8}-\d{4,6}$/, 'must look like A-20261128-0042');

export const orderLineSchema = z.object({
  productId: z.uuid(),
  quantity: z.number().positive().max(1_000_000),
  unitPrice: moneySchema.min(0),
  /** Line discount as an amount in minor units. */
  discount: moneySchema.min(0).default(0),
  /** Basis points, copied from the product when the line was entered. */
  taxRate: z.number().int().min(0).max(10_000),
  priceOverrideReason: optionalText(200),
});

export const orderFields = z.object({
  number: orderNumberSchema,
  customerId: z.uuid(),
  status: z.enum(orderStatuses),
  priority: z.enum(orderPriorities),
  assigneeId: z.uuid().nullable(),
  lines: z.array(orderLineSchema).min(1).max(500),
  subtotal: moneySchema,
  tax: moneySchema,
  total: moneySchema,
  currency: z.string().regex(/^[A-Z]{3}$/),
  orderedAt: isoDateTime,
  requestedDate: isoDate.nullable(),
  dueAt: isoDateTime.nullable(),
  invoiced: z.boolean(),
  notes: optionalText(2000),
});

export const orderSchema = envelopeSchema.extend(orderFields.shape);
export type Order = z.infer<typeof orderSchema>;
export type OrderInput = z.input<typeof orderFields>;
export type OrderLine = z.infer<typeof orderLineSchema>;
