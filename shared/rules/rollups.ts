import type { Order, OrderMilestones } from '../schema/order';
import { localIsoDate } from './local-date';
import { lineAmounts } from './money';
import { UNASSIGNED } from './queue-keys';

// The rollups the insight screens read (goals, dashboard, analysis): what one order contributes, as keys of
// the `stats` store with a count and an amount, so they are kept by the same delta machinery as the
// dashboard's aggregates (order-aggregates.ts), in the same transaction as every order write. A key
// holds one day (or month), one person and one milestone, so a period's figure reads a key range of at
// most days × people rows — never the orders.
//
//   m:<metric>:<YYYY-MM-DD>:<person>            count; amount = minutes summed (durations) or 0
//   h:<metric>:<YYYY-MM-DD>:<person>:<bucket>   count of durations in a bucket (for medians)
//   rv:<YYYY-MM>:<CUR>                           orders, net amount (tax excluded), by month ordered
//   rc:<YYYY-MM>:<CUR>:<customerId>              the same per customer
//   rp:<YYYY-MM>:<CUR>:<productId>               lines, net amount per product
//
// The person is the order's assignee (`-` for nobody): reassigning an order moves its figures with it.
// Days are local calendar days; money keys carry the currency, so no figure adds two currencies.

export const rollupMetrics = [
  'received',
  'confirmed',
  'shipped',
  /** Shipped, and whether it was on time is known: the on-time rate's denominator. */
  'timed',
  'ontime',
  'completed',
  'cancelled',
  'returned',
] as const;
export type RollupMetric = (typeof rollupMetrics)[number];
/** The metrics whose amount is a duration (minutes from received), with a histogram for medians. */
export const durationMetrics = ['confirmed', 'shipped'] as const;
export type DurationMetric = (typeof durationMetrics)[number];

export const metricKey = (metric: RollupMetric, day: string, person: string) =>
  `m:${metric}:${day}:${person}`;
export const histogramKey = (metric: DurationMetric, day: string, person: string, bucket: number) =>
  `h:${metric}:${day}:${person}:${String(bucket).padStart(2, '0')}`;
export const revenueKey = (month: string, currency: string) => `rv:${month}:${currency}`;
export const customerRevenueKey = (month: string, currency: string, customerId: string) =>
  `rc:${month}:${currency}:${customerId}`;
export const productRevenueKey = (month: string, currency: string, productId: string) =>
  `rp:${month}:${currency}:${productId}`;

/**
 * Duration buckets for medians: upper edges in minutes, a quarter-octave apart (each ≈ 19% wider than
 * the last), so a median read from them is within about 10% of the exact one, with 80 buckets up to a year.
 */
export const bucketEdges: readonly number[] = Array.from({ length: 80 }, (_, i) => Math.round(2 ** (i / 4)));
export function bucketOf(minutes: number): number {
  for (let i = 0; i < bucketEdges.length; i++) if (minutes <= (bucketEdges[i] as number)) return i;
  return bucketEdges.length - 1;
}

const dayOf = (iso: string) => localIsoDate(new Date(iso));
const minutesBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

export type RollupSource = Pick<
  Order,
  'status' | 'orderedAt' | 'deleted' | 'assigneeId' | 'currency' | 'customerId' | 'subtotal'
> & {
  lines: readonly Parameters<typeof lineAmounts>[0][] & readonly { productId: string }[];
  milestones?: Partial<OrderMilestones>;
};

/** Every [key, count, amount] an order adds to the rollups (none when deleted). */
export function rollupContributions(order: RollupSource | null): [string, number, number][] {
  if (!order || order.deleted) return [];
  const out: [string, number, number][] = [];
  const person = order.assigneeId ?? UNASSIGNED;
  const m = order.milestones ?? {};
  if (m.submittedAt) {
    const received = dayOf(m.submittedAt);
    out.push([metricKey('received', received, person), 1, 0]);
    if ((m.returns ?? 0) > 0) out.push([metricKey('returned', received, person), 1, 0]);
    for (const [metric, at] of [
      ['confirmed', m.confirmedAt],
      ['shipped', m.shippedAt],
    ] as const) {
      if (!at) continue;
      const day = dayOf(at);
      const minutes = minutesBetween(m.submittedAt, at);
      out.push([metricKey(metric, day, person), 1, minutes]);
      out.push([histogramKey(metric, day, person, bucketOf(minutes)), 1, 0]);
      if (metric === 'shipped' && typeof m.late === 'boolean') {
        out.push([metricKey('timed', day, person), 1, 0]);
        if (!m.late) out.push([metricKey('ontime', day, person), 1, 0]);
      }
    }
  }
  if (m.completedAt) out.push([metricKey('completed', dayOf(m.completedAt), person), 1, 0]);
  if (m.cancelledAt) out.push([metricKey('cancelled', dayOf(m.cancelledAt), person), 1, 0]);
  if (order.status !== 'draft' && order.status !== 'cancelled') {
    const month = dayOf(order.orderedAt).slice(0, 7);
    out.push([revenueKey(month, order.currency), 1, order.subtotal]);
    out.push([customerRevenueKey(month, order.currency, order.customerId), 1, order.subtotal]);
    for (const line of order.lines)
      out.push([productRevenueKey(month, order.currency, line.productId), 1, lineAmounts(line).net]);
  }
  return out;
}
