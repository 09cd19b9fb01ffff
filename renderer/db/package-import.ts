import { type MergeKind, mergeRecord } from '../../shared/merge/merge-record';
import { canonicalDeviceId, PackageError, readPackage, readPackageHeader } from '../../shared/package';
import type { PackageLimits } from '../../shared/package/limits';
import type { ReadPackageOptions, ReadPackageResult } from '../../shared/package/reader';
import { feedbackScopeKinds, type PackageHeader, type PackageTrailer } from '../../shared/package/types';
import type { Envelope } from '../../shared/schema/envelope';
import { type TableName, tableNames } from '../../shared/schema/tables';
import { type RecordBatches, recordBatches } from './record-batches';
import { latestSchemaVersion, storesAt } from './schema-versions';
import type { DataSession } from './session';

// Importing a package in two steps: previewPackage reads and checks the whole file and compares
// every record with this machine's copy, writing nothing; applyPackage (package-apply.ts) then reads it
// again and writes it in one transaction with strict durability — merging (default) or replacing
// everything (a restore). Neither holds the package's records: both stream them in batches, so a
// package of a million orders is previewed and applied in bounded memory.

export type AnyRecord = Envelope & Record<string, unknown>;

export interface TableCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflict: number;
  deleted: number;
}

export interface Conflict {
  table: TableName;
  id: string;
  local: AnyRecord;
  incoming: AnyRecord;
  /** Which one stays unless the user chooses: the newer rev. */
  winner: 'local' | 'incoming';
}

/** Two records that are different records but share what people use to tell them apart. */
export interface KeyClash {
  table: 'orders' | 'customers' | 'products';
  key: string;
  localId: string;
  incomingId: string;
}

export interface PackagePreview {
  header: PackageHeader;
  trailer: PackageTrailer;
  counts: Partial<Record<TableName, TableCounts>>;
  conflicts: Conflict[];
  /** The package comes from another machine using this machine's order prefix. */
  prefixShared: boolean;
  clashes: KeyClash[];
  /**
   * Names of the people, customers and products in the package, by id: what the conflicts may point to
   * that this machine does not have yet (orders are left out — there may be a million).
   */
  names: ReadonlyMap<string, string>;
  /**
   * It may replace all data (a restore): the whole office (or a backup), every table, and nothing in it
   * refers to a record that only this machine has — replace clears this machine's records first.
   */
  replaceable: boolean;
  /** The file and how it was read: apply reads it again, and refuses it if it changed meanwhile. */
  source: PackageFile;
  readOptions: ReadOptions;
}

/** Replace was asked for with a package that holds only part of the office. */
export class NotReplaceableError extends Error {
  constructor() {
    super('only a whole-office package or a backup can replace all data');
    this.name = 'NotReplaceableError';
  }
}

export interface ReadOptions {
  passphrase?: string;
  signal?: AbortSignal;
  /** Tests only: e.g. fewer PBKDF2 iterations than the format's minimum. */
  limits?: Partial<PackageLimits>;
  /** How far ahead of this machine's clock a rev or the header's time may be (a day by default). */
  maxSkewMs?: number;
}

const emptyCounts = (): TableCounts => ({ new: 0, updated: 0, unchanged: 0, conflict: 0, deleted: 0 });
/** Records compared (and written, in apply) per IndexedDB round trip. */
export const BATCH = 2_000;

const clashKeys = { orders: 'number', customers: 'code', products: 'sku' } as const;
const nameFields = { staff: 'name', customers: 'name', products: 'name' } as const;

/** A feedback request or answer is opened on the Reviews page (feedback-files.ts), never imported here. */
export function refuseFeedbackFile(header: PackageHeader): void {
  if (feedbackScopeKinds.includes(header.scope.kind))
    throw new PackageError('feedback_file', { kind: header.scope.kind });
}

/** A feedback file is named as one before anything else is checked (its origin, its passphrase). */
async function refuseFeedbackFirst(source: PackageFile): Promise<void> {
  const first =
    source instanceof Uint8Array ? source : new Uint8Array(await source.slice(0, 64 * 1024).arrayBuffer());
  let header: PackageHeader;
  try {
    header = readPackageHeader(first);
  } catch {
    return; // the full read says what is wrong with it
  }
  refuseFeedbackFile(header);
}

/** Read and check a package, and say what importing it would do. Writes nothing. */
export async function previewPackage(
  session: DataSession,
  source: PackageFile,
  options: ReadOptions = {},
): Promise<PackagePreview> {
  const { db, identity } = session;
  await refuseFeedbackFirst(source);
  let reliesOnLocal = false;
  const counts: PackagePreview['counts'] = {};
  const conflicts: Conflict[] = [];
  const clashes: KeyClash[] = [];
  const names = new Map<string, string>();
  // The records stream through in batches: each compared with this machine's copy as it comes, while the
  // reader goes on with the next, so memory holds a few batches and what the preview shows.
  const compare = async (table: TableName, batch: AnyRecord[]) => {
    let tally = counts[table];
    if (!tally) {
      tally = emptyCounts();
      counts[table] = tally;
    }
    const field = nameFields[table as keyof typeof nameFields];
    if (field) for (const record of batch) names.set(record.id, String(record[field]));
    const fresh: AnyRecord[] = [];
    const locals = (await db.table(table).bulkGet(batch.map((r) => r.id))) as (AnyRecord | undefined)[];
    for (const [i, record] of batch.entries()) {
      const local = locals[i];
      const decision = mergeRecord(local, record, identity.deviceId);
      tally[decision.kind]++;
      if (decision.kind === 'new' && !record.deleted) fresh.push(record);
      if (decision.kind === 'conflict' && local)
        conflicts.push({
          table,
          id: record.id,
          local,
          incoming: record,
          winner: decision.write ? 'incoming' : 'local',
        });
    }
    if (table === 'orders' || table === 'customers' || table === 'products')
      clashes.push(...(await keyClashes(session, table, fresh)));
  };
  const { batches, reading } = readInBatches(source, BATCH, {
    ...readOptionsOf(session, options),
    exists: async (table, ids) => {
      const found = new Set((await db.table(table).bulkGet(ids)).flatMap((r) => (r ? [r.id] : [])));
      if (found.size > 0) reliesOnLocal = true;
      return found;
    },
  });
  const comparing = (async () => {
    for (;;) {
      const batch = await batches.next();
      if (!batch) return;
      await compare(batch.table, batch.records);
    }
  })();
  comparing.catch((error: unknown) => batches.cancel(error));
  const [{ header, trailer }] = await Promise.all([reading, comparing]);
  refuseFeedbackFile(header);

  // In the app's order of tables, every table of the package's scope even when it brought none.
  const tally: PackagePreview['counts'] = {};
  for (const table of tableNames) {
    const counted = counts[table] ?? (header.scope.tables.includes(table) ? emptyCounts() : undefined);
    if (counted) tally[table] = counted;
  }
  const prefixShared =
    header.source.orderPrefix === identity.orderPrefix && !fromThisMachine(session, header.source.deviceId);
  // Whole as of the version it was written at: a backup from before a table existed lacks only that table.
  const tablesThen = new Set(storesAt(header.schemaVersion));
  const replaceable =
    (header.scope.kind === 'full' || header.scope.kind === 'backup') &&
    tableNames.every((t) => !tablesThen.has(t) || header.scope.tables.includes(t)) &&
    !reliesOnLocal;
  return {
    header,
    trailer,
    counts: tally,
    conflicts,
    prefixShared,
    clashes,
    names,
    replaceable,
    source,
    // Not the preview's signal: apply is cancelled by its own.
    readOptions: {
      ...(options.passphrase ? { passphrase: options.passphrase } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.maxSkewMs !== undefined ? { maxSkewMs: options.maxSkewMs } : {}),
    },
  };
}

/** New live records that share their number, code or SKU with a different record here. */
async function keyClashes(
  session: DataSession,
  table: KeyClash['table'],
  fresh: readonly AnyRecord[],
): Promise<KeyClash[]> {
  if (fresh.length === 0) return [];
  const field = clashKeys[table];
  const keys = fresh.map((r) => String(r[field]));
  const found = (await session.db.table(table).where(field).anyOf(keys).toArray()) as AnyRecord[];
  const byKey = new Map(found.filter((r) => !r.deleted).map((r) => [String(r[field]), r.id]));
  const clashes: KeyClash[] = [];
  for (const record of fresh) {
    const localId = byKey.get(String(record[field]));
    if (localId && localId !== record.id)
      clashes.push({ table, key: String(record[field]), localId, incomingId: record.id });
  }
  return clashes;
}

/** How this machine reads a package: the caller's options, and this machine as the receiver. */
export const readOptionsOf = (session: DataSession, options: ReadOptions) => ({
  maxSchemaVersion: latestSchemaVersion,
  ...(options.passphrase ? { passphrase: options.passphrase } : {}),
  ...(options.signal ? { signal: options.signal } : {}),
  ...(options.limits ? { limits: options.limits } : {}),
  // A package claiming this machine's id is refused: it would pass foreign edits off as our own line.
  receiver: {
    deviceId: session.identity.deviceId,
    ...(options.maxSkewMs !== undefined ? { maxSkewMs: options.maxSkewMs } : {}),
  },
});

/**
 * A package file as it is held: its bytes, or a Blob (a File from a picker) whose bytes stay with the
 * browser — read as a stream, so a large package need not be in the page's memory at all.
 */
export type PackageFile = Uint8Array | Blob;

/**
 * Read the file from its start, its records handed out in batches of `size` (record-batches.ts) as they
 * are checked. `reading` settles with the header and trailer once the whole file has passed its checks;
 * until then every batch is provisional.
 */
export function readInBatches(
  file: PackageFile,
  size: number,
  options: Omit<ReadPackageOptions, 'onRecord'>,
): { batches: RecordBatches<AnyRecord>; reading: Promise<ReadPackageResult> } {
  const batches = recordBatches<AnyRecord>(size);
  const reading = readPackage(
    file instanceof Uint8Array ? file : (file.stream() as ReadableStream<Uint8Array>),
    {
      ...options,
      onRecord: (table, record) => batches.push(table, record as AnyRecord),
    },
  );
  reading.then(batches.end, batches.fail);
  return { batches, reading };
}

export const fromThisMachine = (session: DataSession, deviceId: string) =>
  canonicalDeviceId(deviceId) === canonicalDeviceId(session.identity.deviceId);

export type { MergeKind };
