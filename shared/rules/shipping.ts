import type { OrderStatus } from '../schema/order';

// What an order still owes its customer, line by line, and what a shipment does to it. Each line keeps
// how much of it has been shipped; a shipment adds to that, line by line, never beyond what is ordered.
// Several partial shipments add up, and the one that leaves nothing outstanding ships the order.

export interface ShippableLine {
  productId: string;
  quantity: number;
  /** How much of the line has been shipped so far. */
  shipped: number;
}

/**
 * Statuses with nothing left to ship: shipped and completed (the goods went out, whatever an order
 * recorded before shipped quantities were kept says about its lines) and cancelled (nothing will go).
 */
const settled: ReadonlySet<OrderStatus> = new Set(['shipped', 'completed', 'cancelled']);

/** Quantities carry up to 9 decimals: sums and differences are rounded there (0.1 + 0.2 is 0.3). */
const exact = (n: number) => Math.round(n * 1e9) / 1e9;

/** What is still to ship of a line. */
export const outstanding = (
  line: Pick<ShippableLine, 'quantity' | 'shipped'>,
  status: OrderStatus,
): number => (settled.has(status) ? 0 : Math.max(0, exact(line.quantity - line.shipped)));

/** Whether an order in `status` still has something to ship. */
export const hasOutstanding = (lines: readonly ShippableLine[], status: OrderStatus) =>
  lines.some((line) => outstanding(line, status) > 0);

export type ShipmentProblem =
  | { index: number; code: 'shipment.negative'; params: { max: number } }
  | { index: number; code: 'shipment.tooMuch'; params: { max: number } }
  | { index: null; code: 'shipment.nothing'; params: Record<string, never> };

export type ShipmentPlan<L extends ShippableLine> =
  | {
      ok: true;
      /** The lines with this shipment added. */
      lines: L[];
      /** Partially shipped while anything is left, shipped once nothing is. */
      status: 'partially_shipped' | 'shipped';
      /** The lines this shipment moved: their position, product and shipped quantity before and after. */
      moved: { index: number; productId: string; before: number; after: number }[];
    }
  | { ok: false; problems: ShipmentProblem[] };

/**
 * A shipment of `quantities` (one per line, in the order's line order; 0 for a line not shipped now) on an
 * order in `status`. Refused, line by line, for a negative quantity or more than the line has outstanding,
 * and as a whole when it ships nothing.
 */
export function planShipment<L extends ShippableLine>(
  order: { status: OrderStatus; lines: readonly L[] },
  quantities: readonly number[],
): ShipmentPlan<L> {
  const problems: ShipmentProblem[] = [];
  const lines: L[] = [];
  const moved: { index: number; productId: string; before: number; after: number }[] = [];
  order.lines.forEach((line, index) => {
    const quantity = quantities[index] ?? 0;
    const max = outstanding(line, order.status);
    if (!Number.isFinite(quantity) || quantity < 0)
      problems.push({ index, code: 'shipment.negative', params: { max } });
    else if (exact(quantity) > max) problems.push({ index, code: 'shipment.tooMuch', params: { max } });
    const after = quantity > 0 && quantity <= max ? exact(line.shipped + quantity) : line.shipped;
    if (after !== line.shipped) moved.push({ index, productId: line.productId, before: line.shipped, after });
    lines.push({ ...line, shipped: after });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (moved.length === 0)
    return { ok: false, problems: [{ index: null, code: 'shipment.nothing', params: {} }] };
  const done = lines.every((line) => exact(line.quantity - line.shipped) <= 0);
  return { ok: true, lines, status: done ? 'shipped' : 'partially_shipped', moved };
}

/** Everything outstanding, line by line: the default of a shipment, and what "Ship" sends. */
export const allOutstanding = (order: { status: OrderStatus; lines: readonly ShippableLine[] }) =>
  order.lines.map((line) => outstanding(line, order.status));

/**
 * An order's lines after an edit keep what was shipped of them: new lines match old ones by product, a
 * product entered twice in order of its lines (as the edit's timeline entry matches them).
 */
export function keepShipped<L extends { productId: string; shipped?: number }>(
  before: readonly ShippableLine[],
  after: readonly L[],
): (L & { shipped: number })[] {
  const unmatched = new Map<string, number[]>();
  for (const line of before) {
    const queue = unmatched.get(line.productId) ?? [];
    queue.push(line.shipped);
    unmatched.set(line.productId, queue);
  }
  return after.map((line) => ({ ...line, shipped: unmatched.get(line.productId)?.shift() ?? 0 }));
}
