import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildAggregates } from '../../../renderer/db/figures-command';
import { aggregatesOf } from '../../../shared/rules/order-aggregates';
import { metricKey, revenueKey } from '../../../shared/rules/rollups';
import { type OrderStatus, orderStatuses } from '../../../shared/schema/order';
import { freshSession, orderInput } from './fixtures';

// The rollups kept on every order write must always equal the ones recomputed from the orders themselves
// (the Settings command "rebuild figures"), whatever sequence of writes led there.

const people = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', null];
const customers = ['c0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000002'];
const products = ['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002'];

const line = fc.record({
  productId: fc.constantFrom(...products),
  quantity: fc.integer({ min: 1, max: 50 }),
  unitPrice: fc.integer({ min: 0, max: 100_000 }),
  taxRate: fc.constantFrom(0, 600, 1300),
});

const command = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    status: fc.constantFrom<OrderStatus>('draft', 'submitted', 'confirmed', 'completed', 'cancelled'),
    assigneeId: fc.constantFrom(...people),
    customerId: fc.constantFrom(...customers),
    currency: fc.constantFrom('CNY', 'USD'),
    day: fc.integer({ min: 0, max: 40 }),
    lines: fc.array(line, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...orderStatuses),
    due: fc.option(fc.integer({ min: -3, max: 3 })),
  }),
  fc.record({ kind: fc.constant('assign' as const), pick: fc.nat(), assigneeId: fc.constantFrom(...people) }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    lines: fc.array(line, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('purge' as const), pick: fc.nat() }),
);

const totalsOf = (lines: { quantity: number; unitPrice: number; taxRate: number }[]) => {
  const subtotal = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  const tax = lines.reduce((sum, l) => sum + Math.round((l.quantity * l.unitPrice * l.taxRate) / 10_000), 0);
  return { subtotal, tax, total: subtotal + tax };
};

const nonZero = (rows: { key: string; count: number; amount: number }[]) =>
  rows.filter((r) => r.count !== 0 || r.amount !== 0).sort((a, b) => (a.key < b.key ? -1 : 1));

describe('insight rollups', () => {
  it('kept on every write, equal the rollups rebuilt from scratch after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        let time = Date.parse('2026-10-01T02:00:00Z');
        const session = await freshSession(() => new Date(time));
        const { repos, db } = session;
        const ids: string[] = [];
        for (const [n, c] of commands.entries()) {
          time += 3 * 3_600_000; // three hours between writes: durations to sum
          const id = ids.length > 0 && 'pick' in c ? (ids[c.pick % ids.length] as string) : null;
          if (c.kind === 'create') {
            const order = await repos.orders.create(
              orderInput(c.customerId, {
                number: `T-${n}`,
                status: c.status,
                assigneeId: c.assigneeId,
                currency: c.currency,
                orderedAt: new Date(time - c.day * 86_400_000).toISOString(),
                lines: c.lines,
                ...totalsOf(c.lines),
              }),
            );
            ids.push(order.id);
            continue;
          }
          if (!id) continue;
          const stored = await db.orders.get(id);
          if (!stored) continue;
          if (c.kind === 'purge') {
            await db.transaction('rw', [db.orders, db.stats], () => repos.orders.bulkPurge([stored]));
            ids.splice(ids.indexOf(id), 1);
          } else if (c.kind === 'remove') {
            if (!stored.deleted) await repos.orders.remove(id);
          } else if (c.kind === 'restore') {
            if (stored.deleted) await repos.orders.restore(id);
          } else if (!stored.deleted) {
            const patch =
              c.kind === 'move'
                ? {
                    status: c.status,
                    dueAt: c.due === null ? null : new Date(time + c.due * 3_600_000).toISOString(),
                  }
                : c.kind === 'assign'
                  ? { assigneeId: c.assigneeId }
                  : { lines: c.lines, ...totalsOf(c.lines) };
            await repos.orders.update(id, patch);
          }
        }
        const kept = nonZero(await db.stats.toArray());
        const expected = nonZero(
          [...aggregatesOf(await db.orders.toArray())].map(([key, v]) => ({ key, ...v })),
        );
        expect(kept).toEqual(expected);
        const report = await rebuildAggregates(db);
        expect(report.differed).toBe(0);
        expect(nonZero(await db.stats.toArray())).toEqual(expected);
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('count what a person did on the day they did it, with the time it took, and revenue by currency', async () => {
    let time = Date.parse('2026-11-02T01:00:00Z'); // 09:00 in Beijing
    const { repos, db } = await freshSession(() => new Date(time));
    const assigneeId = people[0] as string;
    const order = await repos.orders.create(
      orderInput(customers[0] as string, {
        status: 'submitted',
        assigneeId,
        orderedAt: new Date(time).toISOString(),
        currency: 'USD',
      }),
    );
    time += 5 * 3_600_000;
    await repos.orders.update(order.id, { status: 'confirmed' });
    time += 24 * 3_600_000;
    await repos.orders.update(order.id, { status: 'shipped' });
    const day = (iso: number) => {
      const d = new Date(iso);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const start = Date.parse('2026-11-02T01:00:00Z');
    expect(await db.stats.get(metricKey('received', day(start), assigneeId))).toMatchObject({ count: 1 });
    expect(await db.stats.get(metricKey('confirmed', day(start + 5 * 3_600_000), assigneeId))).toMatchObject({
      count: 1,
      amount: 300,
    });
    expect(await db.stats.get(metricKey('shipped', day(time), assigneeId))).toMatchObject({
      count: 1,
      amount: 29 * 60,
    });
    expect(await db.stats.get(metricKey('ontime', day(time), assigneeId))).toMatchObject({ count: 1 });
    expect(await db.stats.get(revenueKey('2026-11', 'USD'))).toMatchObject({ count: 1, amount: 2000 });
    expect(await db.stats.get(revenueKey('2026-11', 'CNY'))).toBeUndefined();
    // Reassigned: the person's figures move with the order.
    await repos.orders.update(order.id, { assigneeId: people[1] });
    expect((await db.stats.get(metricKey('received', day(start), assigneeId)))?.count ?? 0).toBe(0);
    expect(await db.stats.get(metricKey('received', day(start), people[1] as string))).toMatchObject({
      count: 1,
    });
  });
});
