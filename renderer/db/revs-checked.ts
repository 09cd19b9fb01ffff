import { tableNames } from '../../shared/schema/tables';
import type { SalesDeskDb } from './database';

// Whether every record of this office has had its rev checked once (rev-repair.ts): after that, a start
// looks only for revs beyond the clock-skew bound, by the rev index.

/** Set once every record has been checked: afterwards only revs beyond the bound are looked for. */
export const CHECKED_KEY = 'revsChecked';

/**
 * A new office (a machine named on an empty database) has nothing stamped before packages were checked:
 * every record it will hold comes from its own clock or a checked package. Marking it checked spares it
 * the one full read of every record that an office from before the check needs once.
 */
export async function markNewOfficeChecked(db: SalesDeskDb): Promise<boolean> {
  // The record tables this database's version has (a database of an older version lacks the newer ones).
  const records = db.tables.filter((t) => (tableNames as readonly string[]).includes(t.name));
  return db.transaction('rw', [...records, db.meta], async () => {
    if (await db.meta.get(CHECKED_KEY)) return false;
    for (const table of records) if ((await table.limit(1).primaryKeys()).length > 0) return false;
    await db.meta.put({ key: CHECKED_KEY, value: new Date().toISOString() });
    return true;
  });
}
