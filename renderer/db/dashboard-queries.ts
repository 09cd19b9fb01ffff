import { dayKey, statusKey } from '../../shared/rules/order-aggregates';
import { openStatuses, orderStatuses } from '../../shared/schema/order';
import type { SalesDeskDb } from './database';

/** Months (YYYY-MM) ending with the month of `asOf`, oldest first. */
export function lastMonths(asOf: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(asOf.getFullYear(), asOf.getMonth() - (count - 1 - i), 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

/** Everything the dashboard shows, read from the aggregates kept on write — never a scan of orders. */
export async function loadDashboard(db: SalesDeskDb, asOf = new Date()) {
  const statusRows = await db.stats.bulkGet(orderStatuses.map(statusKey));
  const byStatus = orderStatuses.map((status, i) => ({ status, count: statusRows[i]?.count ?? 0 }));
  const months = lastMonths(asOf, 12);
  const days: string[] = [];
  for (const month of months) {
    for (let day = 1; day <= 31; day++) days.push(dayKey(`${month}-${String(day).padStart(2, '0')}`));
  }
  const dayRows = await db.stats.bulkGet(days);
  const monthAmounts = new Map(months.map((m) => [m, 0]));
  dayRows.forEach((row, i) => {
    const month = (days[i] as string).slice(4, 11);
    if (row) monthAmounts.set(month, (monthAmounts.get(month) ?? 0) + row.amount);
  });
  const [staff, customers] = await Promise.all([db.staff.count(), db.customers.count()]);
  return {
    byStatus,
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    open: byStatus.filter((s) => openStatuses.includes(s.status)).reduce((sum, s) => sum + s.count, 0),
    byMonth: months.map((month) => ({ month, amount: monthAmounts.get(month) ?? 0 })),
    staff,
    customers,
  };
}
