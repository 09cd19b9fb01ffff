import {
  type DerivedMetric,
  medianOf,
  metricDefinitions,
  metricValue,
  type Period,
  type RollupRow,
  type Who,
} from '../../shared/insights/metrics';
import { earliestDay, latestDay } from '../../shared/rules/local-date';
import { openLoadKey, statusKey } from '../../shared/rules/order-aggregates';
import type { DurationMetric, RollupMetric } from '../../shared/rules/rollups';
import { openStatuses } from '../../shared/schema/order';
import type { SalesDeskDb } from './database';

// Reading the rollups (shared/rules/rollups.ts) a metric needs for a period: one key range per rollup
// metric, so the cost is days × people of that period, whatever the number of orders.

const HIGH = '\uffff';

/** The rollup rows of the given metrics (and histograms) between two days, everyone's. */
export async function loadRollupRows(
  db: SalesDeskDb,
  metrics: readonly RollupMetric[],
  period: Period,
  histograms: readonly DurationMetric[] = [],
): Promise<RollupRow[]> {
  if (period.to < period.from) return [];
  const ranges = [
    ...[...new Set(metrics)].map((m) => [`m:${m}:${period.from}`, `m:${m}:${period.to}:${HIGH}`]),
    ...[...new Set(histograms)].map((m) => [`h:${m}:${period.from}`, `h:${m}:${period.to}:${HIGH}`]),
  ] as const;
  const parts = await Promise.all(
    ranges.map(([from, to]) => db.stats.where('key').between(from, to).toArray()),
  );
  return parts.flat();
}

/** Open orders now: the team's (per status aggregates) or one person's (their open load). */
export async function openNow(db: SalesDeskDb, who: Who): Promise<number> {
  if (who.kind === 'person') return (await db.stats.get(openLoadKey(who.id)))?.count ?? 0;
  const rows = await db.stats.bulkGet(openStatuses.map(statusKey));
  return rows.reduce((sum, row) => sum + (row?.count ?? 0), 0);
}

/** What one metric needs read: its rollups, its histogram if it is a median, the backlog now. */
export async function metricInputs(
  db: SalesDeskDb,
  metric: DerivedMetric,
  periods: readonly Period[],
  who: Who,
) {
  const from = earliestDay(...periods.map((p) => p.from));
  const to = latestDay(...periods.map((p) => p.to));
  const median = medianOf(metric);
  const [rows, open] = await Promise.all([
    loadRollupRows(db, metricDefinitions[metric].reads, { from, to }, median ? [median] : []),
    metric === 'backlog' ? openNow(db, who) : Promise.resolve(undefined),
  ]);
  return { rows, ...(open === undefined ? {} : { openNow: open }) };
}

/** A metric's value for each period (e.g. each week of a trend), read in one pass over their span. */
export async function metricValues(
  db: SalesDeskDb,
  metric: DerivedMetric,
  periods: readonly Period[],
  who: Who,
): Promise<(number | null)[]> {
  if (periods.length === 0) return [];
  const inputs = await metricInputs(db, metric, periods, who);
  return periods.map((period) => metricValue(metric, inputs, period, who));
}
