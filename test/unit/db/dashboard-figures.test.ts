import { describe, expect, it } from 'vitest';
import { dashboardPeriods } from '../../../renderer/db/dashboard-period';
import { loadDashboard } from '../../../renderer/db/dashboard-queries';
import { loadSampleOffice } from '../../../renderer/db/sample-loader';
import { weeksOf } from '../../../shared/insights/metrics';
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
});
