import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfDay, queueCount } from '../../../renderer/db/order-queries';
import { type OrderStatus, openStatuses, orderStatuses } from '../../../shared/schema/order';
import { freshSession, orderInput } from './fixtures';

// The overdue counts (the dashboard's, the queue's and each person's) and "due today" come from the due
// buckets kept on write and the current hour's due orders — never from counting the orders in the window.
// Whatever writes led there and whenever "now" is (the last minute of a month, the first of a day, the
// middle of an hour), they must equal the orders counted one by one.

const people = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', null];
const customer = 'c0000000-0000-4000-8000-000000000001';
const start = Date.parse('2026-11-30T20:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60;

/** A due time `minutes` from the start, written as an ISO instant or, as a package may, with +08:00. */
const dueAt = (minutes: number, offset: boolean) => {
  const iso = new Date(start + minutes * MINUTE).toISOString();
  if (!offset) return iso;
  const local = new Date(start + (minutes + 8 * 60) * MINUTE).toISOString();
  return `${local.slice(0, 19)}+08:00`;
};

/** Minutes from the start: anywhere in three months, or within the next day and a half (today's part). */
const minutes = fc.oneof(fc.integer({ min: -40 * DAY, max: 40 * DAY }), fc.integer({ min: 0, max: 36 * 60 }));
const due = fc.option(fc.record({ minutes, offset: fc.boolean() }));
const command = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    status: fc.constantFrom<OrderStatus>('submitted', 'on_hold', 'shipped', 'completed', 'cancelled'),
    assigneeId: fc.constantFrom(...people),
    due,
  }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...orderStatuses),
  }),
  fc.record({ kind: fc.constant('due' as const), pick: fc.nat(), due }),
  fc.record({ kind: fc.constant('assign' as const), pick: fc.nat(), assigneeId: fc.constantFrom(...people) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);
/** Moments to count at, in minutes from the start: around the month's and the next day's ends, and anywhere. */
const moments = fc.array(fc.oneof(fc.constantFrom(239, 240, 241, 1679, 1680, 1710), minutes), {
  minLength: 1,
  maxLength: 4,
});

describe('due counts', () => {
  it('overdue and due today equal the open orders counted one by one, for the team and each person, after any writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 20 }), moments, async (commands, at) => {
        const { repos, db } = await freshSession();
        const ids: string[] = [];
        for (const [n, c] of commands.entries()) {
          const id = ids.length > 0 && 'pick' in c ? (ids[c.pick % ids.length] as string) : null;
          if (c.kind === 'create') {
            const order = await repos.orders.create(
              orderInput(customer, {
                number: `T-${n}`,
                status: c.status,
                assigneeId: c.assigneeId,
                dueAt: c.due ? dueAt(c.due.minutes, c.due.offset) : null,
              }),
            );
            ids.push(order.id);
          } else if (id && !(await db.orders.get(id))?.deleted) {
            if (c.kind === 'remove') await repos.orders.remove(id);
            else
              await repos.orders.update(
                id,
                c.kind === 'move'
                  ? { status: c.status }
                  : c.kind === 'assign'
                    ? { assigneeId: c.assigneeId }
                    : { dueAt: c.due ? dueAt(c.due.minutes, c.due.offset) : null },
              );
          }
        }
        const orders = (await db.orders.toArray()).filter(
          (o) => !o.deleted && openStatuses.includes(o.status) && o.dueAt,
        );
        for (const m of at) {
          const now = new Date(start + m * MINUTE).toISOString();
          const late = orders.filter((o) => Date.parse(o.dueAt as string) < Date.parse(now));
          expect(await queueCount(db, { kind: 'overdue' }, now)).toBe(late.length);
          const end = Date.parse(endOfDay(now));
          const today = orders.filter((o) => {
            const due = Date.parse(o.dueAt as string);
            return due >= Date.parse(now) && due < end;
          });
          expect(await queueCount(db, { kind: 'dueToday' }, now)).toBe(today.length);
          for (const person of people) {
            const key = person ?? '-';
            expect(await queueCount(db, { kind: 'assigneeOverdue', assigneeId: key }, now)).toBe(
              late.filter((o) => (o.assigneeId ?? '-') === key).length,
            );
          }
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
