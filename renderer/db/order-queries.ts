import { type MilestoneView, milestoneRange } from '../../shared/rules/milestone-keys';
import { openLoadKey, statusKey } from '../../shared/rules/order-aggregates';
import { UNASSIGNED } from '../../shared/rules/queue-keys';
import { type Order, type OrderStatus, openStatuses, orderStatuses } from '../../shared/schema/order';
import type { SalesDeskDb } from './database';
import { dueCount, overdueCount } from './due-count';

// The order queue's views and sorts, each read from one compound index (renderer/db/schema-versions.ts),
// so a page costs the same at 100 or 1,000,000 orders: no scan, no sort in memory.

export type QueueView =
  | { kind: 'open' }
  | { kind: 'assignee'; assigneeId: string }
  | { kind: 'unassigned' }
  | { kind: 'overdue' }
  | { kind: 'dueToday' }
  | { kind: 'status'; status: OrderStatus }
  /** Every live order, newest number first when descending (the dashboard's "total orders"). */
  | { kind: 'all' }
  /** One person's open orders past their due time (the dashboard's per-person overdue column). */
  | { kind: 'assigneeOverdue'; assigneeId: string }
  /**
   * Live orders whose milestone fell in [from, to] (local days, ISO dates): a period figure's orders; with
   * an assignee (completions only), that person's.
   */
  | { kind: 'milestone'; milestone: MilestoneView; from: string; to: string; assigneeId?: string };

export const queueSorts = ['due', 'priority', 'age'] as const;
export type QueueSort = (typeof queueSorts)[number];

export interface PageRequest {
  view: QueueView;
  sort: QueueSort;
  offset?: number;
  limit?: number;
  descending?: boolean;
  /** "Now" for the overdue and due-today views (ISO); injectable so tests and benchmarks are repeatable. */
  now?: string;
}

/** The end of the local day `now` falls in (ISO): what is due before it and not yet overdue is due today. */
export function endOfDay(now: string): string {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).toISOString();
}

/** The due times an overdue or due-today view holds, as a half-open range [from, to) of dueKeys. */
function dueRange(view: QueueView, now: string): [string, string] | null {
  if (view.kind === 'overdue') return ['', now];
  if (view.kind === 'dueToday') return [now, endOfDay(now)];
  return null;
}

const TOP = '\uffff';

/** The start of a local calendar day (ISO date) as an instant (ISO). */
const startOfDay = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
};

/** The milestone keys of a period: from the start of its first local day to the start of the day after it. */
function milestoneKeyRange(db: SalesDeskDb, view: Extract<QueueView, { kind: 'milestone' }>) {
  const [y, m, d] = view.to.split('-').map(Number) as [number, number, number];
  const end = new Date(y, m - 1, d + 1).toISOString();
  const [low, high] = milestoneRange(view.milestone, startOfDay(view.from), end, view.assigneeId);
  return db.orders.where('milestoneKeys').between(low, high, true, false);
}

const compare = (a: string | number | undefined, b: string | number | undefined) =>
  (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
/** The queue's sorts as comparisons, for a view read whole (a person's overdue orders). */
const bySort: Record<QueueSort, (a: Order, b: Order) => number> = {
  due: (a, b) => compare(a.dueKey, b.dueKey),
  age: (a, b) => compare(a.orderedAt, b.orderedAt),
  priority: (a, b) => compare(a.priorityRank, b.priorityRank) || compare(a.dueKey, b.dueKey),
};

const personOverdue = (db: SalesDeskDb, assigneeId: string, now: string) =>
  db.orders.where('[open+assigneeKey+dueKey]').between([1, assigneeId, ''], [1, assigneeId, now]);

/** Views that have one order of their own (by milestone time, or by number), whatever sort is chosen. */
function ownOrder(db: SalesDeskDb, view: QueueView) {
  if (view.kind === 'milestone') return milestoneKeyRange(db, view);
  if (view.kind === 'all') return db.orders.orderBy('liveNumber');
  return null;
}

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
  const own = ownOrder(db, view);
  if (own) return (request.descending ? own.reverse() : own).offset(offset).limit(limit).toArray();
  if (view.kind === 'assigneeOverdue') {
    const now = request.now ?? new Date().toISOString();
    const overdue = personOverdue(db, view.assigneeId, now);
    // By due time, the person's slice of the index is already the order asked for: one page of it.
    if (sort === 'due')
      return (request.descending ? overdue.reverse() : overdue).offset(offset).limit(limit).toArray();
    if (sort === 'priority') {
      const rank = (r: 0 | 1) =>
        db.orders
          .where('[open+assigneeKey+priorityRank+dueKey]')
          .between([1, view.assigneeId, r, ''], [1, view.assigneeId, r, now]);
      return byPriority(rank, offset, limit, request.descending);
    }
    if (!request.descending) return personOverdueByAge(db, view.assigneeId, now, offset, limit);
    // The newest overdue first: bounded by the person's overdue orders, read them all and sort.
    const rows = await overdue.toArray();
    return rows
      .sort(bySort.age)
      .reverse()
      .slice(offset, offset + limit);
  }
  const range = dueRange(view, request.now ?? new Date().toISOString());
  // Ascending by default: the earliest due, the most urgent, the longest waiting come first.
  // `descending` flips it (e.g. newest completed orders first).
  if (!range) {
    const collection = source(db, view, sort);
    return (request.descending ? collection.reverse() : collection).offset(offset).limit(limit).toArray();
  }
  const [from, to] = range;
  if (sort === 'due') {
    return db.orders.where('[open+dueKey]').between([1, from], [1, to]).offset(offset).limit(limit).toArray();
  }
  if (sort === 'priority') return dueByPriority(db, range, offset, limit);
  return dueByAge(db, range, offset, limit);
}

/** Urgent orders of the due range first, then normal ones, each by due time. */
function dueByPriority(db: SalesDeskDb, [from, to]: [string, string], offset: number, limit: number) {
  const rank = (r: 0 | 1) => db.orders.where('[open+priorityRank+dueKey]').between([1, r, from], [1, r, to]);
  return byPriority(rank, offset, limit);
}

/**
 * One page of two priority ranks' ranges read one after the other (urgent first; normal first when
 * descending, each then reversed). The first page needs no count.
 */
async function byPriority(
  rank: (r: 0 | 1) => OrderRange,
  offset: number,
  limit: number,
  descending = false,
): Promise<Order[]> {
  const [first, second] = descending ? ([1, 0] as const) : ([0, 1] as const);
  const read = (r: 0 | 1) => (descending ? rank(r).reverse() : rank(r));
  const head = await read(first).offset(offset).limit(limit).toArray();
  if (head.length === limit) return head;
  // The first rank ran out on this page: the second continues where it ended.
  const firstCount = head.length > 0 || offset === 0 ? offset + head.length : await rank(first).count();
  const tail = await read(second)
    .offset(Math.max(0, offset - firstCount))
    .limit(limit - head.length)
    .toArray();
  return [...head, ...tail];
}

/** A range of orders read from one of the orders' indexes. */
type OrderRange = ReturnType<SalesDeskDb['orders']['toCollection']>;

const FEW_OVERDUE = 200;

/** Overdue orders, the longest waiting first (see oldestFirst). */
export function overdueByAge(db: SalesDeskDb, now: string, offset: number, limit: number, few = FEW_OVERDUE) {
  return dueByAge(db, ['', now], offset, limit, few);
}

/** One person's overdue orders, the longest waiting first: walking their open orders, oldest first. */
export function personOverdueByAge(
  db: SalesDeskDb,
  assigneeId: string,
  now: string,
  offset: number,
  limit: number,
  few = FEW_OVERDUE,
) {
  const walk = db.orders
    .where('[open+assigneeKey+orderedAt]')
    .between([1, assigneeId, ''], [1, assigneeId, TOP]);
  return oldestFirst(personOverdue(db, assigneeId, now), walk, ['', now], offset, limit, few);
}

/** Orders of a due range, the longest waiting first: walking the open orders with a running SLA clock. */
function dueByAge(
  db: SalesDeskDb,
  range: [string, string],
  offset: number,
  limit: number,
  few = FEW_OVERDUE,
) {
  const inRange = db.orders.where('[open+dueKey]').between([1, range[0]], [1, range[1]]);
  const walk = db.orders.where('[clock+orderedAt]').between([1, ''], [1, TOP]);
  return oldestFirst(inRange, walk, range, offset, limit, few);
}

/**
 * The orders of `inRange` (a due range), the longest waiting first. Few (the usual case in a well-run
 * office): read them all and sort. Many: walk `walk` (open orders, oldest first) in plain chunked reads,
 * keeping those due in the range. Either way the work is bounded by the page, not by the million orders.
 */
async function oldestFirst(
  inRange: OrderRange,
  walk: OrderRange,
  [from, to]: [string, string],
  offset: number,
  limit: number,
  few = FEW_OVERDUE,
): Promise<Order[]> {
  // Probe at most few + 1 keys rather than count(): IndexedDB counts by walking the range, and at a
  // million orders tens of thousands may be overdue.
  if (
    (
      await inRange
        .clone()
        .limit(few + 1)
        .primaryKeys()
    ).length <= few
  ) {
    return (await inRange.toArray()).sort(bySort.age).slice(offset, offset + limit);
  }
  // Many: no cursor filter (which steps record by record); the oldest are nearly all overdue, so one or
  // two chunks make a page of them.
  const want = offset + limit;
  const found: Order[] = [];
  for (let skip = 0; ; skip += want) {
    const chunk = await walk.clone().offset(skip).limit(want).toArray();
    for (const order of chunk) {
      const due = order.dueKey;
      if (due !== undefined && due >= from && due < to) found.push(order);
    }
    if (found.length >= want || chunk.length < want) return found.slice(offset, offset + limit);
  }
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
    case 'all': {
      const counts = await statusCounts(db);
      return Object.values(counts).reduce((sum, n) => sum + n, 0);
    }
    case 'assigneeOverdue':
      return overdueCount(db, now, view.assigneeId);
    case 'milestone':
      // A native count of the period's keys: bounded by the period's orders, not the office's.
      return milestoneKeyRange(db, view).count();
    case 'overdue':
      return overdueCount(db, now);
    case 'dueToday': {
      const [from, to] = dueRange(view, now) as [string, string];
      return dueCount(db, from, to);
    }
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
