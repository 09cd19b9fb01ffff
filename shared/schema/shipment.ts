import { z } from 'zod';
import { planShipment, type ShippableLine } from '../rules/shipping';
import { MAX_LINE_QUANTITY, type OrderStatus } from './order';
import { quantityText } from './typed-input';

// A shipment: how much of each line of an order went out now (0 for a line not shipped this time). What
// may ship is the order's own (rules/shipping.ts): the dialog checks it as the command does.

export const shipmentFields = z.object({
  quantities: z.array(z.number().min(0).max(MAX_LINE_QUANTITY)).max(500),
});
export type ShipmentInput = z.infer<typeof shipmentFields>;

/**
 * The shipment dialog's rules for this order: each quantity typed as text, then the shipment as a whole
 * against what the order has outstanding — a negative quantity or more than is left is said on its line,
 * shipping nothing above the buttons.
 */
export const shipmentForm = (order: { status: OrderStatus; lines: readonly ShippableLine[] }) =>
  z
    // Negatives pass the text (as -1) so the shipment's own rule names them.
    .object({ quantities: z.array(quantityText(z.number().max(MAX_LINE_QUANTITY))) })
    .superRefine((input, ctx) => {
      const plan = planShipment(order, input.quantities);
      if (plan.ok) return;
      for (const problem of plan.problems)
        ctx.addIssue({
          code: 'custom',
          path: problem.index === null ? [] : ['quantities', problem.index],
          message: problem.code,
          params: { code: problem.code, ...problem.params },
        });
    });
