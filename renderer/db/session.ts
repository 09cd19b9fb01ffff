import { errorMessage } from '../../shared/error-message';
import { type Clock, createClock } from '../../shared/hlc';
import { createDatabase, DB_NAME, type SalesDeskDb, versionOnDisk } from './database';
import { loadIdentity, type MachineIdentity } from './identity';
import { createRepositories, type Repositories, type RepositoryOptions } from './repositories';
import type { RepoContext } from './repository';
import { type SchemaVersion, schemaVersions } from './schema-versions';

/** Everything the UI needs to read and write: the open database, who this machine is, the repositories. */
export interface DataSession {
  db: SalesDeskDb;
  identity: MachineIdentity;
  repos: Repositories;
  /** This machine's clock: package imports observe incoming revs with it. */
  clock: Clock;
  /** The wall time records are stamped with (injectable, so tests and benchmarks are repeatable). */
  now: () => Date;
}

export function createSession(
  db: SalesDeskDb,
  identity: MachineIdentity,
  now: () => Date = () => new Date(),
  clock: Clock = createClock(identity.deviceId),
  options: RepositoryOptions = {},
): DataSession {
  const ctx: RepoContext = { db, deviceId: identity.deviceId, clock, now };
  return { db, identity, repos: createRepositories(ctx, options), clock, now };
}

export type OpenFailure = 'blocked' | 'quota' | 'upgrade' | 'newer' | 'unavailable' | 'backup';

export type OpenResult =
  | { ok: true; db: SalesDeskDb; identity: MachineIdentity | undefined }
  | { ok: false; failure: OpenFailure; detail: string };

export interface OpenOptions {
  /** Tests: the schema versions to open with (the app's own by default). */
  versions?: readonly SchemaVersion[];
  /**
   * Runs before an upgrade of existing data, with the version on disk: the desktop app backs the data up
   * there. When it throws nothing is upgraded and the failure is 'backup'.
   */
  beforeUpgrade?: (fromVersion: number) => Promise<void>;
}

/** Sort an open error into what the user is told; the raw message goes along for the report. */
export function classifyOpenError(error: unknown): OpenFailure {
  const name = (error as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'quota';
  // The data on disk has a higher version than this app knows: written by a newer SalesDesk.
  if (name === 'VersionError' || inner === 'VersionError') return 'newer';
  if (name === 'DatabaseClosedError' && /blocked/i.test(String((error as Error).message))) return 'blocked';
  if (name === 'MissingAPIError' || name === 'InvalidStateError') return 'unavailable';
  return 'upgrade';
}

/**
 * Open the database. A tab or window holding an older version blocks the upgrade: we report that
 * instead of waiting forever, and existing data stays as it was (IndexedDB upgrades are transactional).
 */
export async function openDatabase(name = DB_NAME, options: OpenOptions = {}): Promise<OpenResult> {
  const versions = options.versions ?? schemaVersions;
  const latest = versions[versions.length - 1]?.version ?? 0;
  // Data saved by a newer SalesDesk has a higher version than this app knows. Dexie would open it anyway
  // and add what it thinks is missing; refuse before touching it instead.
  const onDisk = await versionOnDisk(name);
  if (onDisk > latest) {
    return { ok: false, failure: 'newer', detail: `data version ${onDisk} is newer than ${latest}` };
  }
  if (onDisk > 0 && onDisk < latest && options.beforeUpgrade) {
    try {
      await options.beforeUpgrade(onDisk);
    } catch (error) {
      return { ok: false, failure: 'backup', detail: errorMessage(error) };
    }
  }
  const db = createDatabase(name, versions);
  // The 'blocked' event fires when another window holds an older version open and will not close it.
  const blocked = new Promise<'blocked'>((resolve) => db.on('blocked', () => resolve('blocked')));
  // Another window that later wants a newer schema asks us to close; do so rather than block it.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  try {
    const outcome = await Promise.race([db.open().then(() => 'open' as const), blocked]);
    if (outcome === 'blocked') return { ok: false, failure: 'blocked', detail: 'blocked by another window' };
    return { ok: true, db, identity: await loadIdentity(db) };
  } catch (error) {
    return {
      ok: false,
      failure: classifyOpenError(error),
      detail: errorMessage(error),
    };
  }
}
