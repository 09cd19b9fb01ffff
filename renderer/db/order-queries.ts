import Dexie from 'dexie';
import { statusKey } from '../../shared/rules/order-aggregates';
import { type Order, type OrderStatus, orderStatuses } from '../../shared/schema/order';
import type { SalesDeskDb } from './database';

export type QueueFilter =
  | { kind: 'all' }
  | { kind: 'status'; status: OrderStatus }
  | { kind: 'assignee'; assigneeId: string };

const live = (o: Order) => !o.deleted;

/**
 * The newest page of the queue for a filter, read straight from an index so it costs the same at 100 or
 * 1,000,000 orders (no scan, no count).
 */
export function queuePage(db: SalesDeskDb, filter: QueueFilter, limit = 50): Promise<Order[]> {
  switch (filter.kind) {
    case 'all':
      return db.orders.orderBy('orderedAt').reverse().filter(live).limit(limit).toArray();
    case 'status':
      return db.orders
        .where('[status+orderedAt]')
        .between([filter.status, Dexie.minKey], [filter.status, Dexie.maxKey])
        .reverse()
        .filter(live)
        .limit(limit)
        .toArray();
    case 'assignee':
      return db.orders
        .where('[assigneeId+orderedAt]')
        .between([filter.assigneeId, Dexie.minKey], [filter.assigneeId, Dexie.maxKey])
        .reverse()
        .filter(live)
        .limit(limit)
        .toArray();
  }
}

/** Orders per status, from the aggregates kept on write (no scan). */
export async function statusCounts(db: SalesDeskDb): Promise<Record<OrderStatus, number>> {
  const rows = await db.stats.bulkGet(orderStatuses.map(statusKey));
  return Object.fromEntries(orderStatuses.map((s, i) => [s, rows[i]?.count ?? 0])) as Record<
    OrderStatus,
    number
  >;
}
