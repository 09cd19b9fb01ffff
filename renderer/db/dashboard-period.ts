import { metricValue, type Period, sumByPerson, sumOf, weeksOf } from '../../shared/insights/metrics';
import { addDays, earliestDay } from '../../shared/rules/local-date';
import type { RollupMetric } from '../../shared/rules/rollups';
import type { SalesDeskDb } from './database';
import { loadRollupRows } from './insight-queries';

// The dashboard's figures for a chosen period, from the rollups: orders received and completed, the
// processing time and on-time rate, each person's throughput, the processing-time trend week by week, and
// the order value per month in each currency. Bounded by days × people and months × currencies.

export const dashboardPeriods = ['week', 'month', 'quarter', 'last30', 'last90'] as const;
export type DashboardPeriod = (typeof dashboardPeriods)[number];

/** The days a period choice covers, ending today. */
export function periodRange(kind: DashboardPeriod, today: string): Period {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  switch (kind) {
    case 'week': {
      // Monday to today: the week as an office counts it.
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
      return { from: addDays(today, -weekday), to: today };
    }
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: `${y}-${String(first).padStart(2, '0')}-01`, to: today };
    }
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'last90':
      return { from: addDays(today, -89), to: today };
  }
}

const TREND_WEEKS = 12;
/** Read over the period alone: the trend needs only the shipped orders' processing time. */
const periodMetrics: readonly RollupMetric[] = ['received', 'completed', 'timed', 'ontime', 'returned'];

export interface PeriodFigures {
  period: Period;
  received: number;
  completed: number;
  processingHours: number | null;
  onTimeRate: number | null;
  errorRate: number | null;
  /** Orders completed and received in the period, per assignee key (staff id, `-` for nobody). */
  throughput: ReadonlyMap<string, { completed: number; received: number }>;
  /** The average processing time of each of the last 12 weeks, oldest first. */
  trend: { week: Period; hours: number | null; shipped: number }[];
}

export async function loadPeriodFigures(
  db: SalesDeskDb,
  period: Period,
  today: string,
): Promise<PeriodFigures> {
  const trendFrom = addDays(today, -7 * TREND_WEEKS + 1);
  const span = { from: earliestDay(period.from, trendFrom), to: today };
  // Rows are days × people: the twelve weeks of the trend for one metric, the period's days for the rest.
  const rows = (
    await Promise.all([loadRollupRows(db, periodMetrics, period), loadRollupRows(db, ['shipped'], span)])
  ).flat();
  const team = { kind: 'team' } as const;
  const throughput = new Map<string, { completed: number; received: number }>();
  for (const metric of ['completed', 'received'] as const)
    for (const [person, { count }] of sumByPerson(rows, metric, period)) {
      const entry = throughput.get(person) ?? { completed: 0, received: 0 };
      entry[metric] += count;
      throughput.set(person, entry);
    }
  const trend = weeksOf({ from: trendFrom, to: today }).map((week) => ({
    week,
    hours: metricValue('processingHours', { rows }, week, team),
    shipped: sumOf(rows, 'shipped', week, team).count,
  }));
  return {
    period,
    received: sumOf(rows, 'received', period, team).count,
    completed: sumOf(rows, 'completed', period, team).count,
    processingHours: metricValue('processingHours', { rows }, period, team),
    onTimeRate: metricValue('onTimeRate', { rows }, period, team),
    errorRate: metricValue('errorRate', { rows }, period, team),
    throughput,
    trend,
  };
}

/** Order value (net of tax) per month and currency: never two currencies in one figure. */
export async function loadMonthRevenue(db: SalesDeskDb, months: readonly string[]) {
  if (months.length === 0) return [];
  const rows = await db.stats
    .where('key')
    .between(`rv:${months[0]}`, `rv:${months[months.length - 1]}:\uffff`)
    .toArray();
  // A currency whose every order left (an import reverted, orders deleted) keeps rows brought back to zero:
  // it has no series, as in the analysis (analysis-rollups.ts).
  const sold = rows.filter((r) => r.count !== 0 || r.amount !== 0);
  const currencies = [...new Set(sold.map((r) => r.key.split(':')[2] ?? ''))].sort();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return currencies.map((currency) => ({
    currency,
    months: months.map((month) => ({ month, amount: byKey.get(`rv:${month}:${currency}`)?.amount ?? 0 })),
  }));
}
