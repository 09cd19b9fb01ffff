import type { Order } from '../schema/order';

// Aggregates the dashboard and the queue's counters read instead of scanning orders. A write turns into
// deltas (before → after); the repository applies them in the same transaction as the write.

export type AggregateDeltas = Map<string, { count: number; amount: number }>;

export const statusKey = (status: string) => `status:${status}`;
/** Per local calendar day: an order placed at 08:00 in Beijing counts on that Beijing day, not UTC's. */
export const dayKey = (isoDateTime: string) => {
  const d = new Date(isoDateTime);
  return `day:${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** Open orders per assignee (`-` = unassigned): the load that automatic assignment balances. */
export const openLoadKey = (assigneeKey: string) => `open:${assigneeKey}`;

type Counted = Pick<Order, 'status' | 'orderedAt' | 'total' | 'deleted' | 'open' | 'assigneeKey'>;

function contributions(order: Counted | null): [string, number][] {
  if (!order || order.deleted) return [];
  const keys: [string, number][] = [
    [statusKey(order.status), order.total],
    [dayKey(order.orderedAt), order.total],
  ];
  if (order.open) keys.push([openLoadKey(order.assigneeKey), order.total]);
  return keys;
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
