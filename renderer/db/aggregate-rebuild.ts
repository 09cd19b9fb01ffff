import type { Table } from 'dexie';

/** Any table of orders: the database's, or an upgrade transaction's. */
type OrdersTable<I> = Pick<Table<Order, string, I>, 'orderBy' | 'where'>;

import { type AggregateDeltas, addOrderDeltas, type StatRow } from '../../shared/rules/order-aggregates';
import type { Order } from '../../shared/schema/order';

// The aggregates (`stats`) are kept on every order write. This recomputes them from the orders themselves:
// after an upgrade that adds new ones, and as a command in Settings when a manager doubts a figure. It
// reports how many keys the kept ones had wrong — zero unless something wrote orders around the repository.

/** Orders read per step: bounded memory at a million orders. */
const CHUNK = 5_000;

export interface RebuildReport {
  orders: number;
  keys: number;
  /** Keys whose kept count or amount differed from the recomputed one (missing or extra included). */
  differed: number;
}

/** Sum the contributions of every order, reading the store in key order a chunk at a time. */
async function recompute<I>(orders: OrdersTable<I>): Promise<{ sums: AggregateDeltas; count: number }> {
  const sums: AggregateDeltas = new Map();
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const chunk: Order[] = await (after === null
      ? orders.orderBy(':id').limit(CHUNK).toArray()
      : orders.where(':id').above(after).limit(CHUNK).toArray());
    // A stored record not shaped like an order (never written by this app) adds nothing rather than stop it.
    for (const order of chunk)
      if (Array.isArray(order.lines) && typeof order.orderedAt === 'string')
        addOrderDeltas(sums, null, order);
    count += chunk.length;
    if (chunk.length < CHUNK) return { sums, count };
    after = (chunk[chunk.length - 1] as Order).id;
  }
}

/**
 * Replace `stats` with the aggregates recomputed from `orders`, inside the caller's transaction (or the
 * upgrade's): every key not recomputed is removed, every other one written as recomputed.
 */
export async function rebuildAggregatesIn<I>(
  orders: OrdersTable<I>,
  stats: Pick<Table<StatRow, string>, 'toArray' | 'clear' | 'bulkPut'>,
): Promise<RebuildReport> {
  const { sums, count } = await recompute(orders);
  const kept = await stats.toArray();
  let differed = 0;
  for (const row of kept) {
    const fresh = sums.get(row.key);
    if (
      !fresh ? row.count !== 0 || row.amount !== 0 : fresh.count !== row.count || fresh.amount !== row.amount
    )
      differed += 1;
  }
  const keptKeys = new Set(kept.map((row) => row.key));
  for (const key of sums.keys()) if (!keptKeys.has(key)) differed += 1;
  await stats.clear();
  await stats.bulkPut([...sums].map(([key, { count: n, amount }]) => ({ key, count: n, amount })));
  return { orders: count, keys: sums.size, differed };
}
