import { describe, expect, it } from 'vitest';
import {
  loadDashboard,
  loadDashboardFigures,
  loadDashboardMore,
} from '../../../renderer/db/dashboard-queries';
import { queueCount, queuePage } from '../../../renderer/db/order-queries';
import type { StaffInput } from '../../../shared/schema/staff';
import { customerInput, freshSession, orderInput, staffInput } from './fixtures';

// The dashboard: overdue and due-today counts, open orders per stage and per person — read from the
// aggregates and from indexes over open orders, checked against the orders written.

/** Staff here take orders. */
const person = (name: string, overrides: Partial<StaffInput> = {}) =>
  staffInput(name, { handlesOrders: true, ...overrides });

const local = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).toISOString();

async function office() {
  const session = await freshSession();
  const { repos, db } = session;
  const customer = await repos.customers.create(customerInput());
  const [ann, bob, cai] = await repos.staff.bulkCreate([
    person('Ann'),
    person('Bob'),
    person('Cai', { status: 'left' }),
  ]);
  if (!ann || !bob || !cai) throw new Error('no staff');
  let n = 0;
  const order = (overrides: Parameters<typeof orderInput>[1]) =>
    repos.orders.create(
      orderInput(customer.id, { number: `T-20261128-${String(++n).padStart(4, '0')}`, ...overrides }),
    );
  // Now is 28 Nov 2026, 10:00 local time.
  await order({ assigneeId: ann.id, dueAt: local(27, 16) }); // overdue
  await order({ assigneeId: ann.id, dueAt: local(28, 9, 59) }); // overdue by a minute
  await order({ assigneeId: ann.id, dueAt: local(28, 17), priority: 'urgent' }); // due today
  await order({ assigneeId: bob.id, dueAt: local(28, 23, 59) }); // due today
  await order({ assigneeId: bob.id, dueAt: local(29, 0) }); // due tomorrow
  await order({ assigneeId: null, dueAt: local(28, 12), status: 'validated' }); // due today, unassigned
  await order({ assigneeId: null, dueAt: null, status: 'on_hold' }); // no clock
  await order({ assigneeId: ann.id, dueAt: local(20, 9), status: 'completed' }); // closed: not overdue
  await order({ assigneeId: bob.id, dueAt: local(20, 9), status: 'cancelled' });
  await order({ assigneeId: bob.id, dueAt: null, status: 'draft' });
  return { db, repos, ann, bob, cai, asOf: new Date(2026, 10, 28, 10, 0) };
}

describe('dashboard', () => {
  it('counts what is overdue and what is due later today, open orders only', async () => {
    const { db, asOf } = await office();
    const data = await loadDashboard(db, 'month', asOf);
    expect(data.overdue).toBe(2);
    expect(data.dueToday).toBe(3);
    expect(data.open).toBe(7);
    expect(data.total).toBe(10);
    expect(data.unassigned).toBe(2);
  });

  it('reads its figures first, then the rest, which together are the whole dashboard', async () => {
    const { db, asOf } = await office();
    const figures = await loadDashboardFigures(db, 'month', asOf);
    expect(figures).toMatchObject({ overdue: 2, dueToday: 3, open: 7, total: 10, unassigned: 2 });
    expect(figures).not.toHaveProperty('perPerson');
    const more = await loadDashboardMore(db, figures.figures, asOf);
    expect({ ...figures, ...more }).toEqual(await loadDashboard(db, 'month', asOf));
  });

  it('shows the open stages only, not completed, cancelled or draft orders', async () => {
    const { db, asOf } = await office();
    const { openByStatus } = await loadDashboard(db, 'month', asOf);
    const stages = Object.fromEntries(openByStatus.map((s) => [s.status, s.count]));
    expect(Object.keys(stages)).not.toContain('completed');
    expect(Object.keys(stages)).not.toContain('cancelled');
    expect(Object.keys(stages)).not.toContain('draft');
    expect(stages).toMatchObject({ submitted: 5, validated: 1, on_hold: 1 });
  });

  it('gives open and overdue orders per person, busiest first, and leaves out who left with nothing open', async () => {
    const { db, repos, asOf, cai } = await office();
    expect((await loadDashboard(db, 'month', asOf)).perPerson).toEqual([
      expect.objectContaining({ name: 'Ann', open: 3, overdue: 2 }),
      expect.objectContaining({ name: 'Bob', open: 2, overdue: 0 }),
    ]);
    // Someone who left but still holds an open order stays listed until it is handed over.
    const customer = await repos.customers.create(customerInput());
    await repos.orders.create(
      orderInput(customer.id, { number: 'T-20261128-0099', assigneeId: cai.id, dueAt: null }),
    );
    const names = (await loadDashboard(db, 'month', asOf)).perPerson.map((p) => [p.name, p.open]);
    expect(names).toEqual([
      ['Ann', 3],
      ['Bob', 2],
      ['Cai', 1],
    ]);
  });

  it('the due-today view of the queue holds what the count says, in every sort', async () => {
    const { db, asOf } = await office();
    const now = asOf.toISOString();
    expect(await queueCount(db, { kind: 'dueToday' }, now)).toBe(3);
    for (const sort of ['due', 'priority', 'age'] as const) {
      const page = await queuePage(db, { view: { kind: 'dueToday' }, sort, now });
      expect(page.map((o) => o.number).sort(), sort).toEqual([
        'T-20261128-0003',
        'T-20261128-0004',
        'T-20261128-0006',
      ]);
    }
    const urgentFirst = await queuePage(db, { view: { kind: 'dueToday' }, sort: 'priority', now });
    expect(urgentFirst[0]?.number).toBe('T-20261128-0003');
  });
});
