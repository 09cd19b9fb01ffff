import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { seedClock } from '../../../renderer/db/clock-seed';
import { repairPoisonedRevs } from '../../../renderer/db/rev-repair';
import { customerInput, freshSession } from './fixtures';

// The checks every start runs before the app shows (open-office.ts) read one index entry per table. Read
// one transaction per table, they cost a round trip each (over sixty on a start, measured in Chromium);
// each check now reads all its tables in one read-only transaction.

describe('the start-up checks', () => {
  it('read every table in one read-only transaction each, once the first full check was done', async () => {
    const session = await freshSession();
    await session.repos.customers.create(customerInput({ code: 'C1' }));
    await repairPoisonedRevs(session); // the first start's full check
    // Every IndexedDB transaction Dexie opens passes its lowest layer (DBCore).
    const modes: string[] = [];
    const counter = {
      stack: 'dbcore' as const,
      name: 'count-transactions',
      create: (down: DBCore): DBCore => ({
        ...down,
        transaction: (stores, mode, options) => {
          modes.push(mode);
          return down.transaction(stores, mode, options);
        },
      }),
    };
    // A middleware takes effect when the database opens: the next start.
    session.db.close();
    session.db.use(counter);
    await session.db.open();
    try {
      expect(await repairPoisonedRevs(session)).toEqual({ repaired: {} });
      await seedClock(session);
      expect(modes).toEqual(['readonly', 'readonly']);
    } finally {
      session.db.unuse(counter);
    }
  });
});
