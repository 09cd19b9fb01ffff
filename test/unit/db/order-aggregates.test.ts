import { describe, expect, it } from 'vitest';
import { queuePage, statusCounts } from '../../../renderer/db/order-queries';
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

  it('queue pages come newest first, filtered, without deleted orders', async () => {
    const { repos, db } = await freshSession();
    const customer = await repos.customers.create(customerInput());
    const assignee = crypto.randomUUID();
    const orders = await repos.orders.bulkCreate(
      Array.from({ length: 60 }, (_, i) =>
        orderInput(customer.id, {
          number: `T-20261128-${String(i + 1).padStart(4, '0')}`,
          orderedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
          status: i % 2 ? 'submitted' : 'completed',
          assigneeId: i % 4 === 0 ? assignee : null,
        }),
      ),
    );
    await repos.orders.remove((orders[59] as (typeof orders)[0]).id);

    const all = await queuePage(db, { kind: 'all' });
    expect(all).toHaveLength(50);
    expect(all[0]?.number).toBe('T-20261128-0059');
    expect(all.map((o) => o.orderedAt)).toEqual([...all.map((o) => o.orderedAt)].sort().reverse());

    const submitted = await queuePage(db, { kind: 'status', status: 'submitted' });
    expect(submitted).toHaveLength(29);
    expect(submitted.every((o) => o.status === 'submitted')).toBe(true);

    const mine = await queuePage(db, { kind: 'assignee', assigneeId: assignee });
    expect(mine).toHaveLength(15);
  });
});
