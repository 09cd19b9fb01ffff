import type { PlannedOrder } from './plan-types';

/** Subtotal, tax and total of the planned orders, per currency (most orders first): what the file implies. */
export function planTotals(orders: readonly PlannedOrder[]) {
  const byCurrency = new Map<
    string,
    { currency: string; orders: number; subtotal: number; tax: number; total: number }
  >();
  for (const order of orders) {
    const sum = byCurrency.get(order.currency) ?? {
      currency: order.currency,
      orders: 0,
      subtotal: 0,
      tax: 0,
      total: 0,
    };
    sum.orders++;
    sum.subtotal += order.totals.subtotal;
    sum.tax += order.totals.tax;
    sum.total += order.totals.total;
    byCurrency.set(order.currency, sum);
  }
  return [...byCurrency.values()].sort((a, b) => b.orders - a.orders);
}
