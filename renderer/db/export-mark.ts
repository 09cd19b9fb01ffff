import type { Clock } from '../../shared/hlc';
import type { SalesDeskDb } from './database';

// Records leave this machine only inside a package: a share, a backup, the backup before an upgrade. Each
// export notes this machine's clock before it reads anything and again once it has read everything (before
// its trailer makes the file readable), so a record stamped after the newest note is in no package.
// A revert uses it: an import no package can hold is deleted outright — no tombstone is owed to any other
// machine — which keeps the revert, and importing the same file again, as cheap as the import itself.

const KEY = 'exportedThrough';

/** Note that a package is being (or has been) written from what is stored now. */
export async function markExport(db: SalesDeskDb, clock: Clock): Promise<void> {
  await db.meta.put({ key: KEY, value: clock.next() });
}

/**
 * Whether a record of this machine stamped at `rev` or later could be in a package written here. Only
 * revs of this machine's clock compare, as exports note that clock. Undefined (a record stamped by a
 * version that did not note exports) may always have left.
 */
export async function mayHaveLeft(db: SalesDeskDb, rev: string | undefined): Promise<boolean> {
  if (rev === undefined) return true;
  const mark = (await db.meta.get(KEY))?.value;
  return typeof mark === 'string' && mark >= rev;
}
