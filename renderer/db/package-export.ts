import type { Table } from 'dexie';
import { boundedBy, type Known, noteRev, peerMayLack, withOwn } from '../../shared/merge/known';
import {
  createPackageWriter,
  type PackageWriter,
  packageRecordSchemas,
  writableKnown,
} from '../../shared/package';
import { feedbackScopeKinds, type PackageScope, type PackageTrailer } from '../../shared/package/types';
import { localIsoDate } from '../../shared/rules/local-date';
import type { Order } from '../../shared/schema/order';
import { confidentialTables, type TableName, tableNames } from '../../shared/schema/tables';
import { markExport, whileExporting } from './export-mark';
import { loadKnown, loadPeer, peerKnown } from './package-peers';
import { latestSchemaVersion } from './schema-versions';
import type { DataSession } from './session';
import { createWorkerStage } from './worker-stage';

// Writing a package (shared/package) from this database: the whole office, chosen areas, chosen people
// or dates, or only what another machine has not seen yet. Records are read in pages and streamed to the
// sink, so memory stays flat at a million orders; tombstones travel like any version.

/** Referring tables before the tables they refer to (see writeRecords). */
export const exportOrder: readonly TableName[] = [
  'actionItems',
  'meetings',
  'meetingSchedules',
  'incidents',
  'risks',
  'pdcaCycles',
  'sopAcks',
  'sopVersions',
  'sops',
  'recognitions',
  'coreValues',
  'teamEvents',
  'careRecords',
  'goalCheckIns',
  'goals',
  'orderEvents',
  'orders',
  'duties',
  'absenceDetails',
  'absences',
  'skillChanges',
  'feedbackResponses',
  'feedbackRequests',
  'rewards',
  'reviews',
  'reviewCycles',
  'reviewTemplates',
  'trainingItems',
  'trainingSessions',
  'trainingTemplates',
  'careerPlans',
  'courses',
  'customers',
  'products',
  'staff',
];

/** Records read per page. */
const PAGE = 2_000;

export interface ExportProgress {
  table: TableName;
  /** Records written so far, all tables. */
  done: number;
}

export interface ExportRequest {
  scope: PackageScope;
  passphrase?: string;
  /** Receives the file's bytes in order; awaited (backpressure). */
  sink: (chunk: Uint8Array) => Promise<void> | void;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Tests only: fewer PBKDF2 iterations than the format's minimum. */
  iterations?: number;
  /** The schema version of the data written; a backup taken before an upgrade writes the old one. */
  schemaVersion?: number;
}

export class ExportCancelledError extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelledError';
  }
}

/**
 * The fields a package carries: what a package record's schema names. Derived index keys (the queue's,
 * the milestones') stay behind — the importer derives them again.
 */
const storedKeys = Object.fromEntries(
  tableNames.map((table) => [table, new Set(Object.keys(packageRecordSchemas[table].shape))]),
) as Record<TableName, Set<string>>;

/** The record's stored fields in its own key order (so a round trip gives back the same JSON). */
export function pick(table: TableName, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const stored = storedKeys[table];
  for (const key in record) if (stored.has(key) && record[key] !== undefined) out[key] = record[key];
  return out;
}

/** Every record of a table in primary-key pages, handing each page to `each`. */
async function forEachPage<R extends { id: string }>(
  table: Table<R, string>,
  each: (rows: R[]) => Promise<void>,
  check: () => void,
): Promise<void> {
  let last: string | null = null;
  for (;;) {
    check();
    const rows: R[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last))
      .limit(PAGE)
      .toArray();
    if (rows.length === 0) return;
    await each(rows);
    last = (rows[rows.length - 1] as R).id;
  }
}

/** The local calendar date of an ISO time, as the queue shows it. */
const localDate = (iso: string) => localIsoDate(new Date(iso));

/** Scope problems the dialog shows before anything is written. */
export function checkScope(scope: PackageScope): string | null {
  if (scope.tables.length === 0) return 'no_tables';
  if (!scope.confidential && scope.tables.some((t) => confidentialTables.includes(t))) return 'confidential';
  if (scope.kind === 'incremental' && !scope.target) return 'no_target';
  if (scope.from && scope.to && scope.from > scope.to) return 'dates_reversed';
  return null;
}

export function exportPackage(session: DataSession, request: ExportRequest): Promise<PackageTrailer> {
  // Counted as running from the first step, before any record is read (export-mark.ts).
  return whileExporting(() => writePackage(session, request));
}

async function writePackage(session: DataSession, request: ExportRequest): Promise<PackageTrailer> {
  const { db, identity } = session;
  const { scope } = request;
  const problem = checkScope(scope);
  if (problem) throw new Error(`export scope: ${problem}`);
  // A feedback file holds one chosen record (feedback-files.ts), never a table read whole.
  if (feedbackScopeKinds.includes(scope.kind)) throw new Error(`export scope: ${scope.kind}`);
  const check = () => {
    if (request.signal?.aborted) throw new ExportCancelledError();
  };
  const peer: Known | null =
    scope.kind === 'incremental' ? peerKnown(await loadPeer(db, scope.target as string)) : null;
  const writer = await createPackageWriter(
    {
      schemaVersion: request.schemaVersion ?? latestSchemaVersion,
      source: {
        deviceId: identity.deviceId,
        machineName: identity.machineName,
        orderPrefix: identity.orderPrefix,
      },
      createdAt: new Date().toISOString(),
      scope: peer ? { ...scope, since: peer } : scope,
    },
    {
      sink: request.sink,
      ...(request.passphrase ? { passphrase: request.passphrase } : {}),
      ...(request.iterations ? { iterations: request.iterations, allowWeakIterationsForTests: true } : {}),
      // Encoding, checksum and gzip in a worker, while this thread reads and serialises.
      stage: createWorkerStage,
    },
  );
  try {
    return await writeRecords(session, request, writer, peer, check);
  } catch (error) {
    writer.abort(error);
    throw error;
  }
}

/** Every record the scope takes, then the trailer. */
async function writeRecords(
  session: DataSession,
  request: ExportRequest,
  writer: PackageWriter,
  peer: Known | null,
  check: () => void,
): Promise<PackageTrailer> {
  const { db, identity, clock } = session;
  const { scope } = request;
  const tables = tableNames.filter((t) => scope.tables.includes(t));
  // What this package's reader can take as held by us: what complete packages brought us, and all we
  // wrote — as of the start: whatever is written while the export reads is not claimed, so it is sent
  // next time. Capped below by the records actually read (`held`), per table and device.
  const stored = await loadKnown(db);
  const ownRev = clock.next();
  const held: Known = {};

  let done = 0;
  const write = async (table: TableName, rows: readonly Record<string, unknown>[]) => {
    for (const row of rows) await writer.add(table, pick(table, row));
    done += rows.length;
    request.onProgress?.({ table, done });
  };

  // A partial package: the chosen people's orders and/or the orders of the chosen dates, their events and
  // whatever those orders refer to (so the package can be read on a machine that lacks them).
  const partial = scope.kind === 'partial';
  const people = new Set(scope.staffIds ?? []);
  const orderIds = new Set<string>();
  const refs = { customers: new Set<string>(), products: new Set<string>(), staff: new Set<string>() };
  const dutyIds = new Set<string>();
  const wantOrder = (o: Order) =>
    (people.size === 0 || (o.assigneeId !== null && people.has(o.assigneeId))) &&
    (!scope.from || localDate(o.orderedAt) >= scope.from) &&
    (!scope.to || localDate(o.orderedAt) <= scope.to);
  if (partial && tables.includes('duties')) {
    // The chosen people's duties (as primary or backup), and everyone those duties name.
    for (const duty of await db.duties.toArray()) {
      const holders = [duty.primaryId, ...duty.backupIds].filter((id): id is string => id !== null);
      if (people.size > 0 && !holders.some((id) => people.has(id))) continue;
      dutyIds.add(duty.id);
      for (const id of holders) refs.staff.add(id);
    }
  }
  if (partial && tables.includes('orders')) {
    await forEachPage(
      db.table<Order, string>('orders'),
      async (rows) => {
        for (const o of rows) {
          if (!wantOrder(o)) continue;
          orderIds.add(o.id);
          refs.customers.add(o.customerId);
          for (const line of o.lines) refs.products.add(line.productId);
          if (o.assigneeId) refs.staff.add(o.assigneeId);
        }
      },
      check,
    );
  }
  const keep = (table: TableName, row: { id: string; rev: string } & Record<string, unknown>): boolean => {
    if (peer) return peerMayLack(peer, table, row.rev);
    if (!partial) return true;
    switch (table) {
      case 'orders':
        return orderIds.has(row.id);
      case 'orderEvents':
        return orderIds.has(row.orderId as string);
      case 'customers':
      case 'products':
        return refs[table].has(row.id);
      case 'duties':
        return dutyIds.has(row.id);
      case 'staff':
        return people.size === 0 ? true : people.has(row.id) || refs.staff.has(row.id);
      case 'absences':
      case 'skillChanges':
      case 'trainingItems':
      case 'careerPlans':
      case 'careRecords':
        // The chosen people's own (all when no one is chosen); their staff records travel with them.
        return people.size === 0 || people.has(row.staffId as string);
      case 'goals':
      case 'goalCheckIns':
      case 'trainingSessions':
      case 'trainingTemplates':
      case 'reviewTemplates':
      case 'reviewCycles':
      case 'reviews':
      case 'feedbackRequests':
      case 'feedbackResponses':
      case 'rewards':
      case 'meetings':
      case 'meetingSchedules':
      case 'actionItems':
      case 'risks':
      case 'incidents':
      case 'pdcaCycles':
      case 'sops':
      case 'sopVersions':
      case 'sopAcks':
      case 'teamEvents':
      case 'coreValues':
      case 'recognitions':
      case 'absenceDetails':
        // Goals belong to the whole office (a tree across people and duties), and so do training sessions
        // and plan templates: only whole-office packages and changes carry them, never a part cut out by
        // people or dates; so do the reviews, each tied to its cycle. (The course catalogue travels whole:
        // the chosen people's items name it.) A recognition names its value and who gave it, which a part
        // cut out by people would have to bring too: recognitions travel with the office's values.
        return false;
      default:
        return true;
    }
  };

  // The office keeps working while its tables are read page by page, so a table is read before the
  // tables it refers to: a record met has what it refers to already stored, and deletes are soft, so
  // that is still there when its table comes — the package never points at a record it lacks.
  for (const table of [...tables].sort((a, b) => exportOrder.indexOf(a) - exportOrder.indexOf(b))) {
    const source = db.table(table) as Table<{ id: string; rev: string } & Record<string, unknown>, string>;
    await forEachPage(
      source,
      (rows) => {
        for (const row of rows) noteRev(held, table, row.rev);
        return write(
          table,
          rows.filter((row) => keep(table, row)),
        );
      },
      check,
    );
  }
  check();
  // Everything read (records stored while the export read included): noted before the trailer makes the
  // file readable, so no readable package holds a record stamped after the note (export-mark.ts).
  await markExport(db, clock, held);
  // Only what the reader accepts (known-vector.ts): the scope's tables, sane revs, a bounded count.
  const known = writableKnown(
    withOwn(boundedBy(stored, held), tables, identity.deviceId, ownRev),
    tables,
    Date.now(),
  );
  return writer.finish(known);
}
