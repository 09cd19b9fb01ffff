import { localIsoDate } from '../../shared/rules/local-date';
import { openLoadKey, statusKey } from '../../shared/rules/order-aggregates';
import { UNASSIGNED } from '../../shared/rules/queue-keys';
import { openStatuses, orderStatuses } from '../../shared/schema/order';
import { loadActionSlot } from './action-slot';
import { type DashboardPeriod, loadMonthRevenue, loadPeriodFigures, periodRange } from './dashboard-period';
import type { SalesDeskDb } from './database';
import { loadGoalBoard } from './goal-queries';
import { queueCount } from './order-queries';
import { loadReviewSlot } from './review-slot';
import { loadRiskSlot } from './risk-slot';
import { loadStaff } from './team-queries';
import { loadTrainingSlot } from './training-queries';

/** Months (YYYY-MM) ending with the month of `asOf`, oldest first. */
export function lastMonths(asOf: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(asOf.getFullYear(), asOf.getMonth() - (count - 1 - i), 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

/** One person's share of the open work: their open orders (from the aggregates) and how many are overdue. */
export interface PersonLoad {
  staffId: string;
  name: string;
  open: number;
  overdue: number;
  /** Orders completed in the chosen period. */
  completed: number;
}

/**
 * Open orders per person, busiest first: everyone still on the team, and anyone who has left but still
 * holds open orders. The open count is the aggregate kept on write; the overdue count their due buckets and
 * the current hour's due orders (due-count.ts): neither grows with the orders.
 */
async function loadPerPerson(
  db: SalesDeskDb,
  now: string,
  throughput: ReadonlyMap<string, { completed: number }>,
): Promise<PersonLoad[]> {
  const staff = await loadStaff(db);
  const loads = await db.stats.bulkGet(staff.map((s) => openLoadKey(s.id)));
  const people = await Promise.all(
    staff.map(async (s, i) => {
      const open = loads[i]?.count ?? 0;
      const overdue =
        open === 0 ? 0 : await queueCount(db, { kind: 'assigneeOverdue', assigneeId: s.id }, now);
      const completed = throughput.get(s.id)?.completed ?? 0;
      return { staffId: s.id, name: s.name, open, overdue, completed, left: s.status === 'left' };
    }),
  );
  return people
    .filter((p) => !p.left || p.open > 0 || p.completed > 0)
    .sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.name.localeCompare(b.name))
    .map(({ left: _left, ...person }) => person);
}

/**
 * The dashboard's figures — the order counts by status, overdue, due today, unassigned and the period's
 * figures — read first, so the numbers show before the rest (loadDashboardMore). From the aggregates and
 * rollups kept on write and indexes over open orders only: never a scan of all orders.
 */
export async function loadDashboardFigures(
  db: SalesDeskDb,
  period: DashboardPeriod = 'month',
  asOf = new Date(),
) {
  const now = asOf.toISOString();
  const today = localIsoDate(asOf);
  const [statusRows, figures, overdue, dueToday, unassigned] = await Promise.all([
    db.stats.bulkGet(orderStatuses.map(statusKey)),
    loadPeriodFigures(db, periodRange(period, today), today),
    queueCount(db, { kind: 'overdue' }, now),
    queueCount(db, { kind: 'dueToday' }, now),
    db.stats.get(openLoadKey(UNASSIGNED)),
  ]);
  const byStatus = orderStatuses.map((status, i) => ({ status, count: statusRows[i]?.count ?? 0 }));
  const openByStatus = byStatus.filter((s) => openStatuses.includes(s.status));
  return {
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    open: openByStatus.reduce((sum, s) => sum + s.count, 0),
    /** The open stages only: completed and cancelled orders would dwarf them. */
    openByStatus,
    overdue,
    dueToday,
    unassigned: unassigned?.count ?? 0,
    figures,
  };
}

export type DashboardFigures = Awaited<ReturnType<typeof loadDashboardFigures>>;

/** What the dashboard shows below its figures: the people's load, the months' value, goals and the slots. */
export async function loadDashboardMore(
  db: SalesDeskDb,
  figures: DashboardFigures['figures'],
  asOf = new Date(),
) {
  const now = asOf.toISOString();
  const today = localIsoDate(asOf);
  const [perPerson, revenue, goals, training, reviews, risks, actions] = await Promise.all([
    loadPerPerson(db, now, figures.throughput),
    loadMonthRevenue(db, lastMonths(asOf, 12)),
    loadGoalBoard(db, today),
    loadTrainingSlot(db, asOf, today),
    loadReviewSlot(db, today),
    loadRiskSlot(db, today),
    loadActionSlot(db, today),
  ]);
  return {
    perPerson,
    /** Order value per month, one series per currency. */
    revenue,
    /** Every goal's pacing; the top-level ones are listed. */
    goals: goals.roots.map((node) => ({ goal: node.goal, ...goals.figures.get(node.goal.id) })),
    /** The next training session and the plan items past due. */
    training,
    /** The areas beyond orders: reviews open, risks open and flagged, meetings and action items. */
    reviews,
    risks,
    actions,
  };
}

/**
 * Everything the dashboard shows (its figures, then the rest), read from the aggregates and rollups kept
 * on write and from indexes over open orders only — never a scan of all orders, so it costs the same at a
 * million orders as at a thousand.
 */
export async function loadDashboard(db: SalesDeskDb, period: DashboardPeriod = 'month', asOf = new Date()) {
  const head = await loadDashboardFigures(db, period, asOf);
  return { ...head, ...(await loadDashboardMore(db, head.figures, asOf)) };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
