import { z } from 'zod';
import { discountFits } from '../rules/money';
import {
  EARLIEST_DATE,
  envelopeSchema,
  idSchema,
  isoDate,
  isoDateTime,
  LATEST_DATE,
  moneySchema,
  optionalText,
} from './envelope';
import { NOTES_MAX } from './limits';

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

/**
 * Orders entered here are numbered `A-20261128-0042` (machine prefix, local date, daily sequence:
 * see rules/order-number.ts). Orders imported from another system keep that system's number
 * (e.g. `SO-2026-00123`), so the schema accepts any short code of letters, digits and - _ / .
 */
export const orderNumberSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,39}$/, 'must be 1–40 letters, digits or - _ / .');

/** The most of one product an order line may ask for (entry and import alike). */
export const MAX_LINE_QUANTITY = 1_000_000;

/**
 * The smallest step of a unit: the least an order line may ask for (1 g of a product sold by the kg).
 * Products carry no step of their own yet, so this default holds for every unit. Without it a quantity
 * of 1e-10 is "positive" and makes a line whose amount rounds to nothing.
 */
export const MIN_LINE_QUANTITY = 0.001;

/**
 * What a valid order line is, wherever it comes from (entry, import, a package): a product, a positive
 * quantity, a price, a discount no larger than the line's amount before it, and how much of it has been
 * shipped — never more than the quantity. A line written before shipped quantities were kept has none:
 * it reads as nothing shipped yet (rules/shipping.ts says what an order shipped as a whole still owes).
 */
export const orderLineSchema = z
  .object({
    productId: idSchema,
    quantity: z.number().positive().min(MIN_LINE_QUANTITY).max(MAX_LINE_QUANTITY),
    unitPrice: moneySchema.min(0),
    /** Line discount as an amount in minor units. */
    discount: moneySchema.min(0).default(0),
    /** Basis points, copied from the product when the line was entered. */
    taxRate: z.number().int().min(0).max(10_000),
    /** Net line amount stated by an imported file, kept as it was (rules/money.ts); absent otherwise. */
    amount: moneySchema.min(0).optional(),
    /** Amount with tax stated by a tax-inclusive file, beside `amount` (rules/money.ts); absent otherwise. */
    gross: moneySchema.min(0).optional(),
    priceOverrideReason: optionalText(200),
    shipped: z.number().min(0).max(MAX_LINE_QUANTITY).default(0),
  })
  .refine(discountFits, {
    path: ['discount'],
    message: 'must not be more than the line amount',
    params: { code: 'order.discountTooLarge' },
  })
  .superRefine((line, ctx) => {
    // A stated gross is only ever written by an import, beside the net it splits into.
    if (line.gross !== undefined && (line.amount === undefined || line.gross < line.amount))
      ctx.addIssue({ code: 'custom', path: ['gross'], message: 'must be the net amount or more' });
    // Said on the quantity: it is what an edit changes below what has already gone out.
    if (line.shipped > line.quantity)
      ctx.addIssue({
        code: 'custom',
        path: ['quantity'],
        message: 'must not be less than what was shipped',
        params: { code: 'order.belowShipped', shipped: line.shipped },
      });
  });

/**
 * When the order first reached each milestone of its work, and how it went: set by every write that moves
 * the order (rules/milestones.ts), kept with the order so the rollups the insight screens read are a
 * function of the order alone (rules/rollups.ts) and travel with it to other machines. Absent times are
 * unknown (e.g. an order imported already completed), never guessed.
 */
/**
 * A milestone's time: within the years any record may hold (envelope.ts), so a package from a machine
 * whose clock is wrong cannot put an order's figures in 1970 or 2999, or give it a century of processing.
 */
const milestoneTime = isoDateTime.refine(
  (t) => t.slice(0, 10) >= EARLIEST_DATE && t.slice(0, 10) <= LATEST_DATE,
  { message: `must be between ${EARLIEST_DATE} and ${LATEST_DATE}`, params: { code: 'field.dateRange' } },
);

export const orderMilestonesSchema = z.object({
  /** First entered the queue (submitted); an order entered or imported past draft counts from orderedAt. */
  submittedAt: milestoneTime.optional(),
  confirmedAt: milestoneTime.optional(),
  /** Everything went out (first reached shipped). */
  shippedAt: milestoneTime.optional(),
  completedAt: milestoneTime.optional(),
  cancelledAt: milestoneTime.optional(),
  /** Times it was returned for correction. */
  returns: z.number().int().min(0).max(10_000).default(0),
  /**
   * A stage up to shipping was finished after its SLA due time: true, false, or null when not known (an
   * order that arrived past its first stages, or one recovered from a timeline that keeps no due times).
   */
  late: z.boolean().nullable().default(null),
});
export type OrderMilestones = z.infer<typeof orderMilestonesSchema>;

export const orderFields = z.object({
  number: orderNumberSchema,
  customerId: idSchema,
  status: z.enum(orderStatuses),
  priority: z.enum(orderPriorities),
  assigneeId: idSchema.nullable(),
  lines: z.array(orderLineSchema).min(1).max(500),
  subtotal: moneySchema,
  tax: moneySchema,
  total: moneySchema,
  currency: z.string().regex(/^[A-Z]{3}$/),
  orderedAt: isoDateTime,
  requestedDate: isoDate.nullable(),
  dueAt: isoDateTime.nullable(),
  invoiced: z.boolean(),
  notes: optionalText(NOTES_MAX),
  milestones: orderMilestonesSchema.default({ returns: 0, late: null }),
});

/**
 * Keys derived on every write (rules/queue-keys.ts) for the queue's indexes; never typed in. A deleted
 * order has none of them (undefined leaves it out of every queue index), so a delete writes few index entries.
 */
export const orderQueueKeysSchema = z.object({
  liveStatus: z.string().min(1).optional(),
  open: z.union([z.literal(0), z.literal(1)]).optional(),
  clock: z.union([z.literal(0), z.literal(1)]).optional(),
  assigneeKey: z.string().min(1).optional(),
  priorityRank: z.union([z.literal(0), z.literal(1)]).optional(),
  dueKey: z.string().min(1).optional(),
  productIds: z.array(idSchema),
  liveNumber: z.string().min(1).optional(),
  milestoneKeys: z.array(z.string().min(1)).optional(),
});

export const orderSchema = envelopeSchema.extend(orderFields.shape).extend(orderQueueKeysSchema.shape);
export type Order = z.infer<typeof orderSchema>;
export type OrderInput = z.input<typeof orderFields>;
export type OrderLine = z.infer<typeof orderLineSchema>;
export type OrderLineInput = z.input<typeof orderLineSchema>;
