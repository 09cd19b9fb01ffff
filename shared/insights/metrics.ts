import { addDays, earliestDay } from '../rules/local-date';
import { bucketEdges, type DurationMetric, type RollupMetric } from '../rules/rollups';

// The metric engine: the KPIs the goals, the dashboard and (later) reviews measure, each computed from the
// rollups (rules/rollups.ts) of a period — for one person or the whole team — never from the orders. A
// metric with nothing to measure in the period is null ("no data"), never NaN or a division by zero.

export const derivedMetrics = [
  'processingHours',
  'processingHoursMedian',
  'confirmHours',
  'confirmHoursMedian',
  'receivedPerDay',
  'completedPerDay',
  'onTimeRate',
  'errorRate',
  'backlog',
] as const;
export type DerivedMetric = (typeof derivedMetrics)[number];
export const MANUAL_METRIC = 'manual';
export const goalMetricKeys = [...derivedMetrics, MANUAL_METRIC] as const;
export type GoalMetric = (typeof goalMetricKeys)[number];

export type MetricUnit = 'hours' | 'perDay' | 'percent' | 'orders';

export interface MetricDefinition {
  unit: MetricUnit;
  /** Which way is better: the direction a goal on it usually takes. */
  better: 'higher' | 'lower';
  /** The rollups it reads (none: it is not a period figure, e.g. the backlog now). */
  reads: readonly RollupMetric[];
}

export const metricDefinitions: Record<DerivedMetric, MetricDefinition> = {
  /** Submitted → everything shipped, in hours: the order processing time. */
  processingHours: { unit: 'hours', better: 'lower', reads: ['shipped'] },
  processingHoursMedian: { unit: 'hours', better: 'lower', reads: ['shipped'] },
  /** Submitted → confirmed, in hours. */
  confirmHours: { unit: 'hours', better: 'lower', reads: ['confirmed'] },
  confirmHoursMedian: { unit: 'hours', better: 'lower', reads: ['confirmed'] },
  receivedPerDay: { unit: 'perDay', better: 'higher', reads: ['received'] },
  completedPerDay: { unit: 'perDay', better: 'higher', reads: ['completed'] },
  /** Shipped with no stage past its SLA due time, of all shipped. */
  onTimeRate: { unit: 'percent', better: 'higher', reads: ['ontime', 'timed'] },
  /** Returned for correction at least once, of all received. */
  errorRate: { unit: 'percent', better: 'lower', reads: ['returned', 'received'] },
  /** Open orders now. */
  backlog: { unit: 'orders', better: 'lower', reads: [] },
};

export const isDerivedMetric = (metric: string): metric is DerivedMetric =>
  (derivedMetrics as readonly string[]).includes(metric);

/** The duration rollup a metric reads its median from, if it is a median. */
export const medianOf = (metric: DerivedMetric): DurationMetric | null =>
  metric === 'processingHoursMedian' ? 'shipped' : metric === 'confirmHoursMedian' ? 'confirmed' : null;

export interface RollupRow {
  key: string;
  count: number;
  amount: number;
}

export interface Period {
  /** First day, ISO date, inclusive. */
  from: string;
  /** Last day, ISO date, inclusive. */
  to: string;
}

/** Everyone (the team), or one person's figures (their staff id; `-` for orders nobody holds). */
export type Who = { kind: 'team' } | { kind: 'person'; id: string };

interface ParsedRow {
  day: string;
  person: string;
  bucket: number;
  count: number;
  amount: number;
}

/**
 * The rows of a read, by kind and metric (`m:shipped`, `h:confirmed`), their keys split once: a screen asks
 * many figures of the same rows (a trend is a figure per week), and splitting every key for each would
 * cost more than the read. Kept per rows array, for as long as the array lives.
 */
const parsedRows = new WeakMap<readonly RollupRow[], Map<string, ParsedRow[]>>();
function indexed(rows: readonly RollupRow[]): Map<string, ParsedRow[]> {
  let index = parsedRows.get(rows);
  if (index) return index;
  index = new Map();
  for (const row of rows) {
    // `m:<metric>:<day>:<person>` or `h:<metric>:<day>:<person>:<bucket>`
    const [kind, metric, day = '', person = '', bucket] = row.key.split(':');
    const group = `${kind}:${metric}`;
    const list = index.get(group) ?? [];
    list.push({
      day,
      person,
      bucket: bucket === undefined ? -1 : Number(bucket),
      count: row.count,
      amount: row.amount,
    });
    index.set(group, list);
  }
  parsedRows.set(rows, index);
  return index;
}

const inside = (day: string, period: Period) => day >= period.from && day <= period.to;
const counts = (who: Who, person: string) => who.kind === 'team' || who.id === person;

/** Count and amount of one rollup metric over a period, for someone. */
export function sumOf(rows: readonly RollupRow[], metric: RollupMetric, period: Period, who: Who) {
  let count = 0;
  let amount = 0;
  for (const row of indexed(rows).get(`m:${metric}`) ?? []) {
    if (!inside(row.day, period) || !counts(who, row.person)) continue;
    count += row.count;
    amount += row.amount;
  }
  return { count, amount };
}

/** Count and amount of one rollup metric over a period, per person (the assignee key; `-` for nobody). */
export function sumByPerson(rows: readonly RollupRow[], metric: RollupMetric, period: Period) {
  const out = new Map<string, { count: number; amount: number }>();
  for (const row of indexed(rows).get(`m:${metric}`) ?? []) {
    if (!inside(row.day, period)) continue;
    const entry = out.get(row.person) ?? { count: 0, amount: 0 };
    entry.count += row.count;
    entry.amount += row.amount;
    out.set(row.person, entry);
  }
  return out;
}

/**
 * The median of a duration (minutes) from its histogram: the bucket holding the middle duration, read at
 * the point inside it the rank falls on (linear within the bucket), so within a bucket's width (≈19%).
 */
export function medianMinutes(rows: readonly RollupRow[], metric: DurationMetric, period: Period, who: Who) {
  const perBucket = new Map<number, number>();
  let total = 0;
  for (const row of indexed(rows).get(`h:${metric}`) ?? []) {
    if (!inside(row.day, period) || !counts(who, row.person)) continue;
    perBucket.set(row.bucket, (perBucket.get(row.bucket) ?? 0) + row.count);
    total += row.count;
  }
  if (total === 0) return null;
  const middle = total / 2;
  let seen = 0;
  for (const bucket of [...perBucket.keys()].sort((a, b) => a - b)) {
    const n = perBucket.get(bucket) as number;
    if (seen + n >= middle) {
      const low = bucket === 0 ? 0 : (bucketEdges[bucket - 1] as number);
      const high = bucketEdges[bucket] as number;
      return low + ((high - low) * (middle - seen)) / n;
    }
    seen += n;
  }
  return null;
}

/** Calendar days in a period (both ends counted); 0 for a period that ends before it starts. */
export function daysIn(period: Period): number {
  let days = 0;
  for (let day = period.from; day <= period.to && days < 5_000; day = addDays(day, 1)) days += 1;
  return days;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const round = (value: number | null, digits = 2) =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export interface MetricInputs {
  rows: readonly RollupRow[];
  /** Open orders now, for someone (the backlog is not a period figure). */
  openNow?: number;
}

/** A metric's value over a period, for the team or a person; null when the period holds nothing to measure. */
export function metricValue(
  metric: DerivedMetric,
  inputs: MetricInputs,
  period: Period,
  who: Who,
): number | null {
  const { rows } = inputs;
  const sum = (m: RollupMetric) => sumOf(rows, m, period, who);
  switch (metric) {
    case 'processingHours':
    case 'confirmHours': {
      const { count, amount } = sum(metric === 'processingHours' ? 'shipped' : 'confirmed');
      return round(ratio(amount, count * 60));
    }
    case 'processingHoursMedian':
    case 'confirmHoursMedian': {
      const minutes = medianMinutes(rows, medianOf(metric) as DurationMetric, period, who);
      return minutes === null ? null : round(minutes / 60);
    }
    case 'receivedPerDay':
    case 'completedPerDay': {
      const days = daysIn(period);
      return round(ratio(sum(metric === 'receivedPerDay' ? 'received' : 'completed').count, days));
    }
    case 'onTimeRate': {
      // Of the orders shipped whose timeliness is known (not those recovered from old timelines).
      const r = ratio(sum('ontime').count, sum('timed').count);
      return r === null ? null : round(r * 100, 1);
    }
    case 'errorRate': {
      const r = ratio(sum('returned').count, sum('received').count);
      return r === null ? null : round(r * 100, 1);
    }
    case 'backlog':
      return inputs.openNow ?? null;
  }
}

/** Consecutive periods of `days` days ending the day before `start`, oldest first: a goal's history. */
export function periodsBefore(start: string, days: number, count: number): Period[] {
  const out: Period[] = [];
  for (let i = count; i >= 1; i--)
    out.push({ from: addDays(start, -days * i), to: addDays(start, -days * (i - 1) - 1) });
  return out;
}

/** The periods a metric's trend is drawn over: consecutive weeks (Monday-free: 7-day steps from `from`). */
export function weeksOf(period: Period): Period[] {
  const out: Period[] = [];
  for (let from = period.from; from <= period.to; from = addDays(from, 7)) {
    out.push({ from, to: earliestDay(addDays(from, 6), period.to) });
  }
  return out;
}
