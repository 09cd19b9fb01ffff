import type { Order } from '../schema/order';

// Aggregates the dashboard and the queue's counters read instead of scanning orders. A write turns into
// deltas (before → after); the repository applies them in the same transaction as the write.

export type AggregateDeltas = Map<string, { count: number; amount: number }>;

export const statusKey = (status: string) => `status:${status}`;
export const dayKey = (isoDateTime: string) => `day:${isoDateTime.slice(0, 10)}`;

type Counted = Pick<Order, 'status' | 'orderedAt' | 'total' | 'deleted'>;

function contributions(order: Counted | null): [string, number][] {
  if (!order || order.deleted) return [];
  return [
    [statusKey(order.status), order.total],
    [dayKey(order.orderedAt), order.total],
  ];
}

export function addOrderDeltas(
  deltas: AggregateDeltas,
  before: Counted | null,
  after: Counted | null,
): AggregateDeltas {
  for (const [key, amount] of contributions(before)) bump(deltas, key, -1, -amount);
  for (const [key, amount] of contributions(after)) bump(deltas, key, 1, amount);
  return deltas;
}

function bump(deltas: AggregateDeltas, key: string, count: number, amount: number) {
  const current = deltas.get(key) ?? { count: 0, amount: 0 };
  current.count += count;
  current.amount += amount;
  if (current.count === 0 && current.amount === 0) deltas.delete(key);
  else deltas.set(key, current);
}
