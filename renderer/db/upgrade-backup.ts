import type { PackageTrailer } from '../../shared/package/types';
import { tableNames } from '../../shared/schema/tables';
import { createDatabase, type SalesDeskDb, versionOnDisk } from './database';
import { loadIdentity } from './identity';
import { exportPackage } from './package-export';
import { schemaVersions } from './schema-versions';
import { createSession } from './session';

// The backup taken before a schema upgrade must hold the data as it is *before* the upgrade,
// so it is read from the database opened at the version on disk, declared with the app's own entries up
// to that version (released entries are never edited, so the older shape is still known). Opening at the
// version it already has runs no upgrade. The package says which schema version its records are in.

/** Opens the database at the version on disk (never upgrading it) for `use`, and closes it again. */
async function asIs<T>(name: string, use: (db: SalesDeskDb) => Promise<T>): Promise<T> {
  const onDisk = await versionOnDisk(name);
  const known = schemaVersions.filter((v) => v.version <= onDisk);
  if (known.at(-1)?.version !== onDisk) throw new Error(`schema version ${onDisk} is not one this app knows`);
  const db = createDatabase(name, known);
  await db.open();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/** Whether the database holds an office (its first run finished), so there is something to back up. */
export const holdsOffice = (name: string): Promise<boolean> =>
  asIs(name, async (db) => (await loadIdentity(db)) !== undefined);

/**
 * Streams a full package of the database `name` as it is on disk, confidential areas included, stamped
 * with the schema version it has (a later reader knows which shape its records are in).
 */
export function exportDatabaseAsIs(
  name: string,
  sink: (chunk: Uint8Array) => Promise<void> | void,
): Promise<PackageTrailer> {
  return asIs(name, async (db) => {
    const identity = await loadIdentity(db);
    if (!identity) throw new Error(`${name} holds no office yet`);
    const present = new Set(db.tables.map((t) => t.name));
    return exportPackage(createSession(db, identity), {
      scope: { kind: 'backup', tables: tableNames.filter((t) => present.has(t)), confidential: true },
      sink,
      schemaVersion: db.verno,
    });
  });
}
