import { describe, expect, it } from 'vitest';
import { dashboardPeriods } from '../../../renderer/db/dashboard-period';
import { loadDashboard } from '../../../renderer/db/dashboard-queries';
import { type QueueView, queueCount, queuePage } from '../../../renderer/db/order-queries';
import { loadSampleOffice } from '../../../renderer/db/sample-loader';
import { weeksOf } from '../../../shared/insights/metrics';
import { localIsoDate } from '../../../shared/rules/local-date';
import type { Order } from '../../../shared/schema/order';
import { scanDashboard } from '../../support/dashboard-scan';
import { freshSession, orderInput } from './fixtures';

// The dashboard reads aggregates and rollups kept on write; every figure it shows must equal the same
// figure counted from every order (test/support/dashboard-scan.ts), for each period a manager can choose.

const asOf = new Date('2026-11-27T16:30:00+08:00');

describe('the dashboard’s figures', () => {
  it('equal an independent count over every order, in every period, currencies apart', async () => {
    const session = await freshSession(() => asOf);
    await loadSampleOffice(session, { language: 'en', orders: 900, asOf, seed: 3 });
    const customer = (await session.db.customers.limit(1).toArray())[0]?.id as string;
    // An order in another currency: its value stays in its own series.
    await session.repos.orders.create(
      orderInput(customer, {
        currency: 'USD',
        orderedAt: '2026-11-20T02:00:00.000Z',
        subtotal: 5000,
        total: 5650,
      }),
    );
    const orders = await session.db.orders.toArray();
    for (const period of dashboardPeriods) {
      const data = await loadDashboard(session.db, period, asOf);
      const weeks = data.figures.trend.map((w) => w.week);
      expect(weeks).toEqual(weeksOf({ from: weeks[0]?.from ?? '', to: weeks[weeks.length - 1]?.to ?? '' }));
      const scan = scanDashboard(orders, asOf, data.figures.period, weeks);
      expect(data.total).toBe(scan.total);
      expect(data.open).toBe(scan.open);
      expect(
        Object.fromEntries(data.openByStatus.filter((s) => s.count > 0).map((s) => [s.status, s.count])),
      ).toEqual(
        Object.fromEntries(
          Object.entries(scan.byStatus).filter(([status]) =>
            data.openByStatus.some((s) => s.status === status),
          ),
        ),
      );
      expect([data.overdue, data.dueToday, data.unassigned]).toEqual([
        scan.overdue,
        scan.dueToday,
        scan.unassigned,
      ]);
      for (const person of data.perPerson) {
        const counted = scan.perPerson[person.staffId] ?? { open: 0, overdue: 0, completed: 0 };
        expect(
          { open: person.open, overdue: person.overdue, completed: person.completed },
          person.name,
        ).toEqual(counted);
      }
      const f = data.figures;
      expect([f.received, f.completed, f.processingHours, f.onTimeRate], period).toEqual([
        scan.received,
        scan.completed,
        scan.processingHours,
        scan.onTimeRate,
      ]);
      expect(f.trend.map((w) => w.hours)).toEqual(scan.trend);
      const revenue: Record<string, number> = {};
      for (const series of data.revenue)
        for (const m of series.months)
          if (m.amount !== 0) revenue[`${m.month}|${series.currency}`] = m.amount;
      const scanned = Object.fromEntries(
        Object.entries(scan.revenue).filter(([key]) =>
          data.revenue[0]?.months.some((m) => key.startsWith(m.month)),
        ),
      );
      expect(revenue).toEqual(scanned);
    }
    const last90 = await loadDashboard(session.db, 'last90', asOf);
    expect(last90.figures.completed).toBeGreaterThan(50);
    expect(last90.figures.processingHours).toBeGreaterThan(1);
    expect(last90.revenue.map((s) => s.currency)).toEqual(['CNY', 'USD']);
  });

  it('open the orders behind each period figure: the same orders a scan finds, as many as the card says', async () => {
    const session = await freshSession(() => asOf);
    await loadSampleOffice(session, { language: 'zh-CN', orders: 700, asOf, seed: 11 });
    const first = (await session.db.orders.limit(3).toArray()) as Order[];
    // A deleted order leaves every list, whatever its milestones.
    await session.repos.orders.remove(first[0]?.id as string);
    const orders = (await session.db.orders.toArray()).filter((o) => !o.deleted);
    const inDays = (at: string | undefined, from: string, to: string) => {
      const day = at ? localIsoDate(new Date(at)) : '';
      return day !== '' && day >= from && day <= to;
    };
    const idsOf = async (view: QueueView) =>
      (await queuePage(session.db, { view, sort: 'due', limit: 100_000 })).map((o) => o.id).sort();
    let seen = 0;
    for (const period of dashboardPeriods) {
      const { figures } = await loadDashboard(session.db, period, asOf);
      const { from, to } = figures.period;
      const expected = {
        received: orders.filter((o) => inDays(o.milestones.submittedAt, from, to)),
        completed: orders.filter((o) => inDays(o.milestones.completedAt, from, to)),
        shipped: orders.filter((o) => o.milestones.submittedAt && inDays(o.milestones.shippedAt, from, to)),
        late: orders.filter(
          (o) =>
            o.milestones.submittedAt &&
            o.milestones.late === true &&
            inDays(o.milestones.shippedAt, from, to),
        ),
      };
      for (const [milestone, list] of Object.entries(expected)) {
        const view = { kind: 'milestone', milestone, from, to } as QueueView;
        expect(await idsOf(view), `${period} ${milestone}`).toEqual(list.map((o) => o.id).sort());
        expect(await queueCount(session.db, view), `${period} ${milestone}`).toBe(list.length);
        seen += list.length;
      }
      expect(await queueCount(session.db, { kind: 'milestone', milestone: 'received', from, to })).toBe(
        figures.received,
      );
      expect(await queueCount(session.db, { kind: 'milestone', milestone: 'completed', from, to })).toBe(
        figures.completed,
      );
      // Each person's numbers open their orders: overdue now, completed in the period.
      const { perPerson } = await loadDashboard(session.db, period, asOf);
      for (const person of perPerson) {
        const completed = {
          kind: 'milestone',
          milestone: 'completed',
          from,
          to,
          assigneeId: person.staffId,
        } as const;
        expect(await idsOf(completed), person.name).toEqual(
          expected.completed
            .filter((o) => o.assigneeId === person.staffId)
            .map((o) => o.id)
            .sort(),
        );
        expect(await queueCount(session.db, completed)).toBe(person.completed);
        const overdue = { kind: 'assigneeOverdue', assigneeId: person.staffId } as const;
        const now = asOf.toISOString();
        expect(await queueCount(session.db, overdue, now)).toBe(person.overdue);
        const byPriority = await queuePage(session.db, { view: overdue, sort: 'priority', limit: 1000, now });
        expect(byPriority).toHaveLength(person.overdue);
        expect(
          byPriority.every((o) => o.assigneeId === person.staffId && o.dueAt !== null && o.dueAt < now),
        ).toBe(true);
        const ranks = byPriority.map((o) => (o.priority === 'urgent' ? 0 : 1));
        expect(ranks).toEqual([...ranks].sort());
        // By due time, page after page from the person's slice of the index: the same orders, in due order.
        const byDue = [
          ...(await queuePage(session.db, { view: overdue, sort: 'due', limit: 3, now })),
          ...(await queuePage(session.db, { view: overdue, sort: 'due', offset: 3, limit: 1000, now })),
        ];
        expect(byDue.map((o) => o.id).sort()).toEqual(byPriority.map((o) => o.id).sort());
        const dues = byDue.map((o) => o.dueKey);
        expect(dues).toEqual([...dues].sort());
      }
      expect(perPerson.some((p) => p.completed > 0)).toBe(true);
      // Newest first, as the dashboard opens them.
      const newest = await queuePage(session.db, {
        view: { kind: 'milestone', milestone: 'received', from, to },
        sort: 'due',
        descending: true,
        limit: 5,
      });
      const times = newest.map((o) => o.milestones.submittedAt ?? '');
      expect(times).toEqual([...times].sort().reverse());
    }
    expect(seen).toBeGreaterThan(100);
    expect(await queueCount(session.db, { kind: 'all' })).toBe(orders.length);
    expect(await idsOf({ kind: 'all' })).toEqual(orders.map((o) => o.id).sort());
  });
});
