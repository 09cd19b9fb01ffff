import type { Clock } from '../../shared/hlc';
import type { Known } from '../../shared/merge/known';
import type { SalesDeskDb } from './database';

// Records leave this machine only inside a package: a share, a backup, the backup before an upgrade. Once
// an export has read everything, and before its trailer makes the file readable, it notes the newest rev
// it read (or this machine's clock, if that is further on), so no readable package holds a record stamped
// after the note — whatever clock the exporting session had. A revert uses it: an import no package can
// hold is deleted outright, as no tombstone is owed to any other machine, which keeps the revert, and
// importing the same file again, as cheap as the import itself.

const KEY = 'exportedThrough';

/** Note that a package holding what was read (`read`: the newest rev per table and machine) is written. */
export async function markExport(db: SalesDeskDb, clock: Clock, read: Known = {}): Promise<void> {
  let newest = clock.next();
  for (const rev of Object.values(read)) if (rev > newest) newest = rev;
  await db.transaction('rw', db.meta, async () => {
    const stored = (await db.meta.get(KEY))?.value;
    if (typeof stored !== 'string' || newest > stored) await db.meta.put({ key: KEY, value: newest });
  });
}

/**
 * Whether a record stamped at `rev` or later could be in a package written here. Undefined (a record
 * stamped by a version that did not note exports) may always have left.
 */
export async function mayHaveLeft(db: SalesDeskDb, rev: string | undefined): Promise<boolean> {
  if (rev === undefined) return true;
  const mark = (await db.meta.get(KEY))?.value;
  return typeof mark === 'string' && mark >= rev;
}
