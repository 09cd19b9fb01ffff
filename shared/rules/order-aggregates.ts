import { Refusal } from '../refusal';
import type { Order } from '../schema/order';
import { dueBucketKeys, dueInstant } from './due-buckets';
import { type RollupSource, rollupContributions } from './rollups';

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

type Counted = Pick<Order, 'status' | 'orderedAt' | 'total' | 'deleted' | 'open' | 'assigneeKey' | 'dueAt'>;

/**
 * The dashboard's first aggregates: per status, per day ordered, open load per person, and the open orders
 * with a due time by when they fall due (rules/due-buckets.ts: the overdue counts).
 */
function contributions(order: Counted | null): [string, number][] {
  if (!order || order.deleted) return [];
  const keys: [string, number][] = [
    [statusKey(order.status), order.total],
    [dayKey(order.orderedAt), order.total],
  ];
  if (order.open && order.assigneeKey !== undefined) {
    keys.push([openLoadKey(order.assigneeKey), order.total]);
    if (order.dueAt)
      for (const key of dueBucketKeys(dueInstant(order.dueAt), order.assigneeKey))
        keys.push([key, order.total]);
  }
  return keys;
}

/** What an order write moves: the dashboard's aggregates and the insight rollups (rules/rollups.ts). */
export function addOrderDeltas(
  deltas: AggregateDeltas,
  before: (Counted & RollupSource) | null,
  after: (Counted & RollupSource) | null,
): AggregateDeltas {
  addBaseOrderDeltas(deltas, before, after);
  for (const [key, count, amount] of rollupContributions(before)) bump(deltas, key, -count, -amount);
  for (const [key, count, amount] of rollupContributions(after)) bump(deltas, key, count, amount);
  return deltas;
}

/** Only the dashboard's first aggregates, without the rollups: what the bench weighs the rollups against. */
export function addBaseOrderDeltas(
  deltas: AggregateDeltas,
  before: Counted | null,
  after: Counted | null,
): AggregateDeltas {
  for (const [key, amount] of contributions(before)) bump(deltas, key, -1, -amount);
  for (const [key, amount] of contributions(after)) bump(deltas, key, 1, amount);
  return deltas;
}

/** The aggregates of a set of orders computed from scratch: what the maintained ones must always equal. */
export function aggregatesOf(orders: Iterable<Counted & RollupSource>): AggregateDeltas {
  const deltas: AggregateDeltas = new Map();
  for (const order of orders) addOrderDeltas(deltas, null, order);
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
