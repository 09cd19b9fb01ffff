import { openLoadKey, statusKey } from '../../shared/rules/order-aggregates';
import { UNASSIGNED } from '../../shared/rules/queue-keys';
import { type Order, type OrderStatus, openStatuses, orderStatuses } from '../../shared/schema/order';
import type { SalesDeskDb } from './database';

// The order queue's views and sorts, each read from one compound index (renderer/db/schema-versions.ts),
// so a page costs the same at 100 or 1,000,000 orders: no scan, no sort in memory.

export type QueueView =
  | { kind: 'open' }
  | { kind: 'assignee'; assigneeId: string }
  | { kind: 'unassigned' }
  | { kind: 'overdue' }
  | { kind: 'status'; status: OrderStatus };

export const queueSorts = ['due', 'priority', 'age'] as const;
export type QueueSort = (typeof queueSorts)[number];

export interface PageRequest {
  view: QueueView;
  sort: QueueSort;
  offset?: number;
  limit?: number;
  descending?: boolean;
  /** "Now" for the overdue view (ISO); injectable so tests and benchmarks are repeatable. */
  now?: string;
}

const TOP = '\uffff';

/** The index and key range behind a view: a fixed prefix, then the sort keys. */
function source(db: SalesDeskDb, view: QueueView, sort: QueueSort) {
  const prefix: { index: string; values: (string | number)[] } =
    view.kind === 'assignee' || view.kind === 'unassigned'
      ? { index: 'open+assigneeKey', values: [1, view.kind === 'assignee' ? view.assigneeId : UNASSIGNED] }
      : view.kind === 'status'
        ? { index: 'liveStatus', values: [view.status] }
        : { index: 'open', values: [1] };
  // Sort keys are ISO strings ('' … '\uffff' brackets them) and the priority rank (0 or 1).
  const [sortKeys, low, high]: [string[], (string | number)[], (string | number)[]] =
    sort === 'due'
      ? [['dueKey'], [''], [TOP]]
      : sort === 'age'
        ? [['orderedAt'], [''], [TOP]]
        : [
            ['priorityRank', 'dueKey'],
            [0, ''],
            [1, TOP],
          ];
  const index = `[${[prefix.index, ...sortKeys].join('+')}]`;
  return db.orders.where(index).between([...prefix.values, ...low], [...prefix.values, ...high], true, true);
}

export async function queuePage(db: SalesDeskDb, request: PageRequest): Promise<Order[]> {
  const { view, sort, offset = 0, limit = 50 } = request;
  // Ascending by default: the earliest due, the most urgent, the longest waiting come first.
  // `descending` flips it (e.g. newest completed orders first).
  if (view.kind !== 'overdue') {
    const collection = source(db, view, sort);
    return (request.descending ? collection.reverse() : collection).offset(offset).limit(limit).toArray();
  }
  const now = request.now ?? new Date().toISOString();
  if (sort === 'due') {
    return db.orders.where('[open+dueKey]').between([1, ''], [1, now]).offset(offset).limit(limit).toArray();
  }
  if (sort === 'priority') {
    // Urgent overdue orders first, then normal ones, each by due time.
    const urgent = db.orders.where('[open+priorityRank+dueKey]').between([1, 0, ''], [1, 0, now]);
    const urgentCount = await urgent.count();
    if (offset + limit <= urgentCount) return urgent.offset(offset).limit(limit).toArray();
    const head = offset < urgentCount ? await urgent.offset(offset).toArray() : [];
    const normal = await db.orders
      .where('[open+priorityRank+dueKey]')
      .between([1, 1, ''], [1, 1, now])
      .offset(Math.max(0, offset - urgentCount))
      .limit(limit - head.length)
      .toArray();
    return [...head, ...normal];
  }
  // Oldest open orders first, keeping those past due: the oldest are nearly always overdue, so the
  // filter passes quickly in practice; the result is exact either way.
  return db.orders
    .where('[open+orderedAt]')
    .between([1, ''], [1, TOP])
    .filter((o) => o.dueKey < now)
    .offset(offset)
    .limit(limit)
    .toArray();
}

/** How many orders a view holds: from the aggregates kept on write, or a native index count. */
export async function queueCount(
  db: SalesDeskDb,
  view: QueueView,
  now = new Date().toISOString(),
): Promise<number> {
  switch (view.kind) {
    case 'open': {
      const rows = await db.stats.bulkGet(openStatuses.map(statusKey));
      return rows.reduce((sum, row) => sum + (row?.count ?? 0), 0);
    }
    case 'assignee':
    case 'unassigned':
      return (
        (await db.stats.get(openLoadKey(view.kind === 'assignee' ? view.assigneeId : UNASSIGNED)))?.count ?? 0
      );
    case 'status':
      return (await db.stats.get(statusKey(view.status)))?.count ?? 0;
    case 'overdue':
      return db.orders.where('[open+dueKey]').between([1, ''], [1, now]).count();
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
