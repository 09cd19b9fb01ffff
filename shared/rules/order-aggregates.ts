import { Refusal } from '../refusal';
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
  if (order.open && order.assigneeKey !== undefined) keys.push([openLoadKey(order.assigneeKey), order.total]);
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

export interface StatRow {
  key: string;
  count: number;
  amount: number;
}

/**
 * A stored stat moved by its delta. Money fields are bounded so that a million orders' sum stays exact
 * (MONEY_MAX in schema/envelope.ts), but nothing bounds how many orders a machine holds: a sum past 2^53
 * would silently lose cents, so such a write is refused instead (and, in a transaction, writes nothing).
 */
export function movedStat(
  row: StatRow | undefined,
  key: string,
  delta: { count: number; amount: number },
): StatRow {
  const moved = { key, count: (row?.count ?? 0) + delta.count, amount: (row?.amount ?? 0) + delta.amount };
  if (!Number.isSafeInteger(moved.count) || !Number.isSafeInteger(moved.amount))
    throw new Refusal('order.sumsTooLarge', 'total', { key }, 'orders');
  return moved;
}
