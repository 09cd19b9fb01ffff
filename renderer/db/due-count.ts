import { dueSpans } from '../../shared/rules/due-buckets';
import type { SalesDeskDb } from './database';

// How many open orders fall due in a window of time — overdue (everything before now) or due today — for
// the team or one assignee: the due buckets kept on write (rules/due-buckets.ts) for the whole months, days
// and hours inside it, and the index for the part-hours at its ends. A few dozen rows and at most two
// hours' due orders, the same at a million orders as at a thousand.

export async function dueCount(
  db: SalesDeskDb,
  from: string | null,
  to: string,
  assigneeKey?: string,
): Promise<number> {
  const { buckets, index } = dueSpans(from, to, assigneeKey);
  // One read transaction: the buckets and the index seen at the same moment, so an order whose due time
  // is being moved by a write in between is counted once.
  const counts = await db.transaction('r', db.orders, db.stats, () =>
    Promise.all([
      ...buckets.map(([lower, upper]) =>
        db.stats
          .where('key')
          .between(lower, upper)
          .toArray()
          .then((rows) => rows.reduce((total, row) => total + row.count, 0)),
      ),
      ...index.map(([lower, upper]) =>
        assigneeKey === undefined
          ? db.orders.where('[open+dueKey]').between([1, lower], [1, upper]).count()
          : db.orders
              .where('[open+assigneeKey+dueKey]')
              .between([1, assigneeKey, lower], [1, assigneeKey, upper])
              .count(),
      ),
    ]),
  );
  return counts.reduce((total, n) => total + n, 0);
}

/** Open orders past their due time at `now` (ISO). */
export const overdueCount = (db: SalesDeskDb, now: string, assigneeKey?: string) =>
  dueCount(db, null, now, assigneeKey);
