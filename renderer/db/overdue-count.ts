import { overdueParts } from '../../shared/rules/due-buckets';
import type { SalesDeskDb } from './database';

// How many open orders are past their due time at `now`, for the team or one assignee: the due buckets kept
// on write (rules/due-buckets.ts) for the months and days before today, and the index for today's only —
// a few dozen rows and one day's due orders, the same at a million orders as at a thousand.

const sum = (rows: readonly { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

export async function overdueCount(db: SalesDeskDb, now: string, assigneeKey?: string): Promise<number> {
  const { months, days, todayFrom } = overdueParts(now, assigneeKey);
  const today =
    assigneeKey === undefined
      ? db.orders.where('[open+dueKey]').between([1, todayFrom], [1, now])
      : db.orders
          .where('[open+assigneeKey+dueKey]')
          .between([1, assigneeKey, todayFrom], [1, assigneeKey, now]);
  const [monthRows, dayRows, dueToday] = await Promise.all([
    db.stats
      .where('key')
      .between(...months)
      .toArray(),
    db.stats
      .where('key')
      .between(...days)
      .toArray(),
    today.count(),
  ]);
  return sum(monthRows) + sum(dayRows) + dueToday;
}
