import { chunks } from '../../shared/chunks';
import { DEFAULT_MAX_SKEW_MS } from '../../shared/hlc';
import { type Bound, isPoisoned, restamp } from '../../shared/merge/poisoned';
import type { Envelope } from '../../shared/schema/envelope';
import { type TableName, tableNames } from '../../shared/schema/tables';
import type { HistoryRow } from './database';
import { newRecordId } from './record-id';
import { CHECKED_KEY } from './revs-checked';
import type { DataSession } from './session';

// Run on start: a machine poisoned before packages were checked (records stamped in 2100, or with a
// counter that overflowed the rev format) repairs itself. Each poisoned record is re-stamped under a
// valid rev as a new local version (shared/merge/poisoned.ts) and its old version kept in history, so
// the machine's edits, packages and backups are valid again. The clock itself is not stored: each
// session starts a fresh one, and it never adopts such a rev (shared/hlc.ts).

type AnyRecord = Envelope & Record<string, unknown>;

const BATCH = 2_000;

/**
 * The first full check was done and no table holds a rev at or beyond `beyond` (one index read each, keys
 * only). All in one read transaction: at start-up, a transaction per table cost a round trip each.
 */
async function checkedAndClean({ db }: DataSession, beyond: string): Promise<boolean> {
  return db.transaction('r', [...tableNames.map((t) => db.table(t)), db.meta], async () => {
    const [checked, ...found] = await Promise.all([
      db.meta.get(CHECKED_KEY),
      ...tableNames.map((t) => db.table(t).where('rev').aboveOrEqual(beyond).limit(1).primaryKeys()),
    ]);
    return !!checked && found.every((keys) => keys.length === 0);
  });
}

export interface RevRepair {
  /** Records re-stamped, per table. */
  repaired: Partial<Record<TableName, number>>;
  /**
   * Nothing was done because this machine's clock is behind the time it was set up: the clock is wrong,
   * not the records, and re-stamping them would date them in the past.
   */
  clockBehind?: true;
}

export interface RepairOptions {
  now?: number;
  maxSkewMs?: number;
}

export async function repairPoisonedRevs(
  session: DataSession,
  options: RepairOptions = {},
): Promise<RevRepair> {
  const { db, identity, clock } = session;
  const bound: Bound = {
    now: options.now ?? Date.now(),
    maxSkewMs: options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS,
  };
  if (bound.now < Date.parse(identity.createdAt)) return { repaired: {}, clockBehind: true };
  const at = new Date(bound.now).toISOString();
  // A rev whose wall is beyond the bound sorts at or after this prefix.
  const beyond = String(bound.now + (bound.maxSkewMs as number) + 1).padStart(15, '0');
  const repaired: RevRepair['repaired'] = {};
  // After the first full check, a start reads only the revs beyond the bound, by the rev index and
  // read-only (no table is locked for writing unless something must change): a start costs the same at a
  // million orders as at a thousand.
  if (await checkedAndClean(session, beyond)) return { repaired };
  await db.transaction(
    'rw',
    [...tableNames.map((t) => db.table(t)), db.stats, db.history, db.meta],
    async () => {
      // The first run reads every record once: a rev with an overflowed counter may carry any wall time.
      const everything = !(await db.meta.get(CHECKED_KEY));
      for (const table of tableNames) {
        const source = db.table<AnyRecord, string>(table);
        const candidates = everything
          ? source.filter((r) => isPoisoned(r, bound))
          : source.where('rev').aboveOrEqual(beyond);
        const found = (await candidates.toArray()).filter((r) => isPoisoned(r, bound));
        if (found.length === 0) continue;
        const repo = session.repos[table] as unknown as {
          putVersions(pairs: readonly (readonly [AnyRecord | null, AnyRecord])[]): Promise<void>;
        };
        for (const batch of chunks(found, BATCH)) {
          const pairs = batch.map(
            (r) =>
              [r, restamp(r, { clock, deviceId: identity.deviceId, at, bound })] as [AnyRecord, AnyRecord],
          );
          await repo.putVersions(pairs);
          await db.history.bulkAdd(
            batch.map(
              (r): HistoryRow => ({
                id: newRecordId(),
                table,
                recordId: r.id,
                at,
                reason: 'repair',
                from: identity.machineName,
                record: r,
              }),
            ),
          );
        }
        repaired[table] = found.length;
      }
      if (everything) await db.meta.put({ key: CHECKED_KEY, value: at });
    },
  );
  return { repaired };
}
