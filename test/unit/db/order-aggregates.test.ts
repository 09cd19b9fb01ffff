import { describe, expect, it } from 'vitest';
import { overdueByAge, queueCount, queuePage, statusCounts } from '../../../renderer/db/order-queries';
import { customerInput, freshSession, orderInput } from './fixtures';

describe('order aggregates kept on write', () => {
  it('count orders per status and per day through create, status change and delete', async () => {
    const { repos, db } = await freshSession();
    const customer = await repos.customers.create(customerInput());
    const a = await repos.orders.create(orderInput(customer.id, { number: 'T-20261128-0001' }));
    await repos.orders.create(orderInput(customer.id, { number: 'T-20261128-0002' }));
    await repos.orders.create(orderInput(customer.id, { number: 'T-20261128-0003', status: 'completed' }));
    expect((await statusCounts(db)).submitted).toBe(2);

    await repos.orders.update(a.id, { status: 'validated' });
    let counts = await statusCounts(db);
    expect(counts.submitted).toBe(1);
    expect(counts.validated).toBe(1);
    expect(counts.completed).toBe(1);

    await repos.orders.remove(a.id);
    counts = await statusCounts(db);
    expect(counts.validated).toBe(0);
    expect((await db.stats.get('day:2026-11-28'))?.count).toBe(2);
    expect((await db.stats.get('day:2026-11-28'))?.amount).toBe(2 * 2260);
  });

  it('bulk insert applies the same deltas as single writes', async () => {
    const { repos, db } = await freshSession();
    const customer = await repos.customers.create(customerInput());
    await repos.orders.bulkCreate(
      Array.from({ length: 30 }, (_, i) =>
        orderInput(customer.id, {
          number: `T-20261128-${String(i + 1).padStart(4, '0')}`,
          status: i % 3 ? 'completed' : 'draft',
        }),
      ),
    );
    const counts = await statusCounts(db);
    expect(counts.draft).toBe(10);
    expect(counts.completed).toBe(20);
  });

  it('queue views page through one index each, in the chosen order, without deleted orders', async () => {
    const { repos, db } = await freshSession();
    const customer = await repos.customers.create(customerInput());
    const assignee = crypto.randomUUID();
    const orders = await repos.orders.bulkCreate(
      Array.from({ length: 60 }, (_, i) =>
        orderInput(customer.id, {
          number: `T-20261128-${String(i + 1).padStart(4, '0')}`,
          orderedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
          dueAt: new Date(Date.UTC(2026, 10, 2, 0, 60 - i)).toISOString(),
          status: i % 2 ? 'submitted' : 'completed',
          priority: i % 5 === 0 ? 'urgent' : 'normal',
          assigneeId: i % 4 === 1 ? assignee : null,
        }),
      ),
    );
    await repos.orders.remove((orders[59] as (typeof orders)[0]).id);

    const byDue = await queuePage(db, { view: { kind: 'open' }, sort: 'due' });
    expect(byDue).toHaveLength(29);
    expect(byDue.every((o) => o.status === 'submitted' && !o.deleted)).toBe(true);
    expect(byDue.map((o) => o.dueAt)).toEqual([...byDue.map((o) => o.dueAt)].sort());

    const byAge = await queuePage(db, { view: { kind: 'open' }, sort: 'age', limit: 10, offset: 5 });
    expect(byAge.map((o) => o.number)).toEqual(
      [11, 13, 15, 17, 19, 21, 23, 25, 27, 29].map((n) => `T-20261128-${String(n + 1).padStart(4, '0')}`),
    );

    const byPriority = await queuePage(db, { view: { kind: 'open' }, sort: 'priority' });
    const firstNormal = byPriority.findIndex((o) => o.priority === 'normal');
    expect(byPriority.slice(firstNormal).every((o) => o.priority === 'normal')).toBe(true);
    expect(byPriority.slice(0, firstNormal).every((o) => o.priority === 'urgent')).toBe(true);

    const mine = await queuePage(db, { view: { kind: 'assignee', assigneeId: assignee }, sort: 'due' });
    expect(mine).toHaveLength(15);
    expect(await queueCount(db, { kind: 'assignee', assigneeId: assignee })).toBe(15);
    const unassigned = await queuePage(db, { view: { kind: 'unassigned' }, sort: 'due' });
    expect(unassigned).toHaveLength(14);
    expect(await queueCount(db, { kind: 'unassigned' })).toBe(14);

    const completed = await queuePage(db, {
      view: { kind: 'status', status: 'completed' },
      sort: 'age',
      descending: true,
    });
    expect(completed).toHaveLength(30);
    expect(completed[0]?.number).toBe('T-20261128-0059');
    expect(await queueCount(db, { kind: 'status', status: 'completed' })).toBe(30);
  });

  it('the overdue view holds open orders past due, in every sort', async () => {
    const { repos, db } = await freshSession();
    const customer = await repos.customers.create(customerInput());
    await repos.orders.bulkCreate(
      Array.from({ length: 20 }, (_, i) =>
        orderInput(customer.id, {
          number: `T-20261128-${String(i + 1).padStart(4, '0')}`,
          orderedAt: new Date(Date.UTC(2026, 10, 1, i)).toISOString(),
          dueAt: new Date(Date.UTC(2026, 10, 1, i + 4)).toISOString(),
          priority: i % 3 === 0 ? 'urgent' : 'normal',
        }),
      ),
    );
    const now = new Date(Date.UTC(2026, 10, 1, 14)).toISOString(); // orders 0–9 are due before 14:00
    expect(await queueCount(db, { kind: 'overdue' }, now)).toBe(10);
    for (const sort of ['due', 'priority', 'age'] as const) {
      const page = await queuePage(db, { view: { kind: 'overdue' }, sort, now });
      expect(page.map((o) => o.number).sort(), sort).toEqual(
        Array.from({ length: 10 }, (_, i) => `T-20261128-${String(i + 1).padStart(4, '0')}`),
      );
    }
    const byPriority = await queuePage(db, {
      view: { kind: 'overdue' },
      sort: 'priority',
      now,
      offset: 2,
      limit: 4,
    });
    expect(byPriority.map((o) => o.number)).toEqual([
      'T-20261128-0007',
      'T-20261128-0010',
      'T-20261128-0002',
      'T-20261128-0003',
    ]);
  });

  it('overdue by age gives the same pages whether few or many orders are overdue', async () => {
    const { repos, db } = await freshSession();
    const customer = await repos.customers.create(customerInput());
    const statuses = ['submitted', 'validated', 'confirmed', 'shipped', 'on_hold', 'completed'] as const;
    await repos.orders.bulkCreate(
      Array.from({ length: 60 }, (_, i) =>
        orderInput(customer.id, {
          number: `T-20261128-${String(i + 1).padStart(4, '0')}`,
          orderedAt: new Date(Date.UTC(2026, 10, 1, 0, (i * 37) % 60)).toISOString(),
          status: statuses[i % statuses.length],
          dueAt:
            i % 7 === 0 || statuses[i % statuses.length] === 'on_hold'
              ? null
              : new Date(Date.UTC(2026, 10, 1, 1, i)).toISOString(),
        }),
      ),
    );
    const now = new Date(Date.UTC(2026, 10, 1, 1, 45)).toISOString();
    for (const [offset, limit] of [
      [0, 10],
      [5, 7],
      [20, 50],
    ] as const) {
      const few = await overdueByAge(db, now, offset, limit, 1_000);
      const many = await overdueByAge(db, now, offset, limit, 0);
      expect(many.map((o) => o.number)).toEqual(few.map((o) => o.number));
      expect(few.every((o) => (o.dueKey ?? '') < now && o.open === 1)).toBe(true);
    }
  });

  it('a write that would take a stat past a safe integer is refused, and nothing of it is written', async () => {
    const { repos, db } = await freshSession();
    const customer = await repos.customers.create(customerInput());
    const first = await repos.orders.create(orderInput(customer.id, { number: 'T-20261128-0001' }));
    // As if the machine already held orders worth nearly 2^53 on that day.
    await db.stats.update('day:2026-11-28', { amount: Number.MAX_SAFE_INTEGER - 100 });
    const before = JSON.stringify([await db.orders.toArray(), await db.stats.toArray()]);
    await expect(
      repos.orders.create(orderInput(customer.id, { number: 'T-20261128-0002' })),
    ).rejects.toMatchObject({ code: 'order.sumsTooLarge' });
    expect(JSON.stringify([await db.orders.toArray(), await db.stats.toArray()])).toBe(before);
    // Taking an order out still works: the sum goes down.
    await repos.orders.remove(first.id);
    expect((await db.stats.get('day:2026-11-28'))?.amount).toBe(Number.MAX_SAFE_INTEGER - 100 - first.total);
  });
});
