import { type TableName, tableNames } from '../../shared/schema/tables';
import type { DataSession } from './session';

// The clock is not stored: each start begins a fresh one at the wall time. If the machine's clock was
// set back since the last session (or ran behind a machine whose records it took in), a record made now
// would be stamped before versions this machine already holds — and a peer that has seen those would
// take the new record for one it has, leaving it out of the next incremental package. So on start the
// clock observes the newest rev of each table (one index read each, all in one read transaction: one round
// trip at start-up, not one per table), and stamps after all of them. A rev
// beyond the skew bound is not adopted (shared/hlc.ts), so a poisoned record cannot push it into 2100.

/** Move the session's clock past the newest version this machine holds. */
export async function seedClock(session: DataSession): Promise<void> {
  const { db } = session;
  const newest = await db.transaction(
    'r',
    tableNames.map((table: TableName) => db.table(table)),
    () =>
      Promise.all(
        tableNames.map((table: TableName) =>
          db
            .table(table)
            .orderBy('rev')
            .last()
            .then((row: { rev?: unknown } | undefined) => row?.rev),
        ),
      ),
  );
  for (const rev of newest) if (typeof rev === 'string') session.clock.observe(rev);
}
