import Dexie from 'dexie';
import type { Clock } from '../../shared/hlc';
import type { Known } from '../../shared/merge/known';
import type { SalesDeskDb } from './database';

// Records leave this machine only inside a package: a share, a backup, the backup before an upgrade. Once
// an export has read everything, and before its trailer makes the file readable, it notes the newest rev
// it read (or this machine's clock, if that is further on), so no readable package holds a record stamped
// after the note — whatever clock the exporting session had. While an export runs, it may already have
// read anything stored, so it counts as holding everything. A revert uses this: an import no package can
// hold is deleted outright, as no tombstone is owed to any other machine, which keeps the revert, and
// importing the same file again, as cheap as the import itself.

const KEY = 'exportedThrough';
/** A shared Web Lock held by every running export, so a revert in another window sees it too. */
const LOCK = 'salesdesk-package-export';
/** Exports running in this page (also where Web Locks are missing, as in Node). */
let running = 0;

/** Run an export: from its first step until it settles, it counts as holding every record. */
export async function whileExporting<T>(work: () => Promise<T>): Promise<T> {
  running++;
  try {
    const locks = globalThis.navigator?.locks;
    return locks ? await locks.request(LOCK, { mode: 'shared' }, work) : await work();
  } finally {
    running--;
  }
}

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
 * Whether a record stamped at `rev` or later could be in a package written here: an export is running, or
 * the last one noted a rev at or past it. Undefined (a record stamped by a version that did not note
 * exports) may always have left. Call it inside the transaction that deletes: an export that starts
 * after that transaction reads only what the transaction leaves.
 */
export async function mayHaveLeft(db: SalesDeskDb, rev: string | undefined): Promise<boolean> {
  if (rev === undefined || running > 0) return true;
  const locks = globalThis.navigator?.locks;
  if (locks) {
    // Waited for inside the caller's transaction without letting it commit meanwhile.
    const { held = [] } = await Dexie.waitFor(locks.query());
    if (held.some((lock) => lock.name === LOCK)) return true;
  }
  const mark = (await db.meta.get(KEY))?.value;
  return typeof mark === 'string' && mark >= rev;
}
