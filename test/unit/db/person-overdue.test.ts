import { describe, expect, it } from 'vitest';
import { personOverdueByAge, type QueueSort, queuePage } from '../../../renderer/db/order-queries';
import { loadSampleOffice } from '../../../renderer/db/sample-loader';
import type { Order } from '../../../shared/schema/order';
import { freshSession } from './fixtures';

// A person's overdue orders (the dashboard's per-person link) in every sort, both ways, page after page:
// read from that person's slice of an index a page at a time, they must be the person's open orders past
// due, each once, in the order asked for — the same as reading them all and sorting.

const asOf = new Date('2026-11-27T16:30:00+08:00');
const now = asOf.toISOString();
const PAGE = 7;

const key: Record<QueueSort, (o: Order) => string> = {
  due: (o) => o.dueKey ?? '',
  age: (o) => o.orderedAt,
  priority: (o) => `${o.priorityRank}|${o.dueKey}`,
};

describe('a person’s overdue orders', () => {
  it('page through every sort, both ways, as the whole list sorted', async () => {
    const session = await freshSession(() => asOf);
    await loadSampleOffice(session, { language: 'en', orders: 900, asOf, seed: 3 });
    const open = (await session.db.orders.toArray()).filter(
      (o) => o.open === 1 && o.dueAt && Date.parse(o.dueAt) < asOf.getTime(),
    );
    const people = [...new Set(open.map((o) => o.assigneeId ?? '-'))];
    expect(people.length).toBeGreaterThan(1);
    for (const person of people) {
      const theirs = open.filter((o) => (o.assigneeId ?? '-') === person);
      for (const sort of ['due', 'age', 'priority'] as const)
        for (const descending of [false, true]) {
          const pages: Order[] = [];
          for (let offset = 0; offset <= theirs.length; offset += PAGE) {
            const view = { kind: 'assigneeOverdue', assigneeId: person } as const;
            pages.push(
              ...(await queuePage(session.db, { view, sort, offset, limit: PAGE, now, descending })),
            );
          }
          const label = `${person} ${sort} ${descending ? 'descending' : 'ascending'}`;
          expect(pages.map((o) => o.id).sort(), label).toEqual(theirs.map((o) => o.id).sort());
          const keys = pages.map(key[sort]);
          const sorted = [...keys].sort();
          expect(keys, label).toEqual(descending ? sorted.reverse() : sorted);
        }
      // Many overdue (here: more than none): the oldest first by walking their open orders, page by page.
      const walked: Order[] = [];
      for (let offset = 0; offset <= theirs.length; offset += PAGE)
        walked.push(...(await personOverdueByAge(session.db, person, now, offset, PAGE, 0)));
      expect(walked.map((o) => o.id).sort()).toEqual(theirs.map((o) => o.id).sort());
      const ages = walked.map((o) => o.orderedAt);
      expect(ages).toEqual([...ages].sort());
    }
  });
});
