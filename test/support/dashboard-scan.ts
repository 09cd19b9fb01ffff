import type { Order } from '../../shared/schema/order';
import { openStatuses } from '../../shared/schema/order';

// The dashboard's figures recomputed the slow way, from every order: what the tests compare the app's
// figures (read from aggregates and rollups) against, and what the bench times as the `dashboard` baseline.
// Written apart from the app's code on purpose: it shares no key format, rollup or metric function.

export interface ScanPeriod {
  from: string;
  to: string;
}

const localDay = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const within = (iso: string | undefined, p: ScanPeriod) => {
  if (!iso) return false;
  const day = localDay(iso);
  return day >= p.from && day <= p.to;
};
const minutes = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

export interface ScannedDashboard {
  total: number;
  open: number;
  byStatus: Record<string, number>;
  overdue: number;
  dueToday: number;
  unassigned: number;
  perPerson: Record<string, { open: number; overdue: number; completed: number }>;
  received: number;
  completed: number;
  processingHours: number | null;
  onTimeRate: number | null;
  /** Average processing hours of each week given. */
  trend: (number | null)[];
  /** Net order value per `YYYY-MM|CUR`. */
  revenue: Record<string, number>;
}

/** Everything in one pass over the orders, as a person with a spreadsheet of all of them would count it. */
export function scanDashboard(
  orders: Iterable<Order>,
  now: Date,
  period: ScanPeriod,
  weeks: readonly ScanPeriod[],
): ScannedDashboard {
  const scan = dashboardScanner(now, period, weeks);
  for (const order of orders) scan.add(order);
  return scan.result();
}

/** The same count fed one order at a time (a cursor over a million orders holds none of them). */
export function dashboardScanner(now: Date, period: ScanPeriod, weeks: readonly ScanPeriod[]) {
  const nowIso = now.toISOString();
  const endOfDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).toISOString();
  const open = new Set<string>(openStatuses);
  const out: ScannedDashboard = {
    total: 0,
    open: 0,
    byStatus: {},
    overdue: 0,
    dueToday: 0,
    unassigned: 0,
    perPerson: {},
    received: 0,
    completed: 0,
    processingHours: null,
    onTimeRate: null,
    trend: [],
    revenue: {},
  };
  let shippedMinutes = 0;
  let shipped = 0;
  let onTime = 0;
  let timed = 0;
  const weekly = weeks.map(() => ({ minutes: 0, count: 0 }));
  const add = (o: Order) => {
    if (o.deleted) return;
    out.total += 1;
    out.byStatus[o.status] = (out.byStatus[o.status] ?? 0) + 1;
    const person = o.assigneeId ?? '-';
    const mine = out.perPerson[person] ?? { open: 0, overdue: 0, completed: 0 };
    out.perPerson[person] = mine;
    if (open.has(o.status)) {
      out.open += 1;
      mine.open += 1;
      if (o.assigneeId === null) out.unassigned += 1;
      if (o.dueAt && o.dueAt < nowIso) {
        out.overdue += 1;
        mine.overdue += 1;
      } else if (o.dueAt && o.dueAt < endOfDay) out.dueToday += 1;
    }
    const m = o.milestones ?? { returns: 0, late: null };
    if (m.submittedAt && within(m.submittedAt, period)) out.received += 1;
    if (within(m.completedAt, period)) {
      out.completed += 1;
      mine.completed += 1;
    }
    if (m.submittedAt && m.shippedAt) {
      const took = minutes(m.submittedAt, m.shippedAt);
      if (within(m.shippedAt, period)) {
        shippedMinutes += took;
        shipped += 1;
        if (typeof m.late === 'boolean') timed += 1;
        if (m.late === false) onTime += 1;
      }
      weeks.forEach((week, i) => {
        if (!within(m.shippedAt, week)) return;
        (weekly[i] as { minutes: number }).minutes += took;
        (weekly[i] as { count: number }).count += 1;
      });
    }
    if (o.status !== 'draft' && o.status !== 'cancelled') {
      const key = `${localDay(o.orderedAt).slice(0, 7)}|${o.currency}`;
      out.revenue[key] = (out.revenue[key] ?? 0) + o.subtotal;
    }
  };
  const hours = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n / 60) * 100) / 100);
  const result = (): ScannedDashboard => ({
    ...out,
    processingHours: hours(shippedMinutes, shipped),
    onTimeRate: timed === 0 ? null : Math.round((onTime / timed) * 1000) / 10,
    trend: weekly.map((w) => hours(w.minutes, w.count)),
  });
  return { add, result };
}
