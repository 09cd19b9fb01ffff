import { chunks } from '../../shared/chunks';
import { type Known, noteRev } from '../../shared/merge/known';
import {
  chooseLoser,
  type MergeDecision,
  type MergeKind,
  mergeRecord,
} from '../../shared/merge/merge-record';
import { canonicalDeviceId, PackageError, readPackage } from '../../shared/package';
import type { PackageLimits } from '../../shared/package/limits';
import type { PackageHeader, PackageTrailer } from '../../shared/package/types';
import type { Envelope } from '../../shared/schema/envelope';
import { type TableName, tableNames } from '../../shared/schema/tables';
import { createDatabase, type HistoryRow } from './database';
import { extendKnown, forgetHoldings, notePeer } from './package-peers';
import { latestSchemaVersion, schemaVersions, storesAt } from './schema-versions';
import { createSession, type DataSession } from './session';

// Importing a package in two steps: previewPackage reads and checks the whole file and compares
// every record with this machine's copy, writing nothing; applyPackage then writes it in one transaction
// with strict durability — merging (default) or replacing everything (a restore).

type AnyRecord = Envelope & Record<string, unknown>;

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
  /** The records read, by table: what apply writes. */
  records: Partial<Record<TableName, AnyRecord[]>>;
  /**
   * It may replace all data (a restore): the whole office (or a backup), every table, and nothing in it
   * refers to a record that only this machine has — replace clears this machine's records first.
   */
  replaceable: boolean;
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
const BATCH = 2_000;

const clashKeys = { orders: 'number', customers: 'code', products: 'sku' } as const;

/** Read and check a package, and say what importing it would do. Writes nothing. */
export async function previewPackage(
  session: DataSession,
  source: Uint8Array | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
  options: ReadOptions = {},
): Promise<PackagePreview> {
  const { db, identity } = session;
  const records: Partial<Record<TableName, AnyRecord[]>> = {};
  let reliesOnLocal = false;
  const { header, trailer } = await readPackage(source, {
    maxSchemaVersion: latestSchemaVersion,
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    // A package claiming this machine's id is refused: it would pass foreign edits off as our own line.
    receiver: {
      deviceId: identity.deviceId,
      ...(options.maxSkewMs !== undefined ? { maxSkewMs: options.maxSkewMs } : {}),
    },
    onRecord: (table, record) => {
      const list = records[table] ?? [];
      records[table] = list;
      list.push(record as AnyRecord);
    },
    exists: async (table, ids) => {
      const found = new Set((await db.table(table).bulkGet(ids)).flatMap((r) => (r ? [r.id] : [])));
      if (found.size > 0) reliesOnLocal = true;
      return found;
    },
  });

  const counts: PackagePreview['counts'] = {};
  const conflicts: Conflict[] = [];
  const clashes: KeyClash[] = [];
  for (const table of tableNames) {
    const incoming = records[table];
    if (!incoming) {
      if (header.scope.tables.includes(table)) counts[table] = emptyCounts();
      continue;
    }
    const tally = emptyCounts();
    counts[table] = tally;
    const fresh: AnyRecord[] = [];
    for (const batch of chunks(incoming, BATCH)) {
      const locals = (await db.table(table).bulkGet(batch.map((r) => r.id))) as (AnyRecord | undefined)[];
      for (const [i, record] of batch.entries()) {
        const local = locals[i];
        const decision = mergeRecord(local, record, identity.deviceId);
        tally[decision.kind]++;
        if (decision.kind === 'new') fresh.push(record);
        if (decision.kind === 'conflict' && local)
          conflicts.push({
            table,
            id: record.id,
            local,
            incoming: record,
            winner: decision.write ? 'incoming' : 'local',
          });
      }
    }
    if (table === 'orders' || table === 'customers' || table === 'products') {
      const field = clashKeys[table];
      const live = fresh.filter((r) => !r.deleted);
      for (const batch of chunks(live, BATCH)) {
        const keys = batch.map((r) => String(r[field]));
        const found = (await db.table(table).where(field).anyOf(keys).toArray()) as AnyRecord[];
        const byKey = new Map(found.filter((r) => !r.deleted).map((r) => [String(r[field]), r.id]));
        for (const record of batch) {
          const localId = byKey.get(String(record[field]));
          if (localId && localId !== record.id)
            clashes.push({ table, key: String(record[field]), localId, incomingId: record.id });
        }
      }
    }
  }
  const prefixShared =
    header.source.orderPrefix === identity.orderPrefix && !fromThisMachine(session, header.source.deviceId);
  // Whole as of the version it was written at: a backup from before a table existed lacks only that table.
  const tablesThen = new Set(storesAt(header.schemaVersion));
  const replaceable =
    (header.scope.kind === 'full' || header.scope.kind === 'backup') &&
    tableNames.every((t) => !tablesThen.has(t) || header.scope.tables.includes(t)) &&
    !reliesOnLocal;
  return { header, trailer, counts, conflicts, prefixShared, clashes, records, replaceable };
}

export interface ApplyOptions {
  mode: 'merge' | 'replace';
  /** Per conflict (`<table>:<id>`), the version the user chose; the newer one otherwise. */
  choices?: Record<string, 'local' | 'incoming'>;
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

export interface ApplyResult {
  written: number;
  conflicts: number;
  /** Replace mode: the machine's new device id (the app reloads with it). */
  newDeviceId?: string;
}

export class ApplyCancelledError extends Error {
  constructor() {
    super('import cancelled; nothing was written');
    this.name = 'ApplyCancelledError';
  }
}

/** Write a previewed package in one strict-durability transaction; any error or a cancel writes nothing. */
export async function applyPackage(
  session: DataSession,
  preview: PackagePreview,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const check = () => {
    if (options.signal?.aborted) throw new ApplyCancelledError();
  };
  check();
  if (options.mode === 'replace' && !preview.replaceable) throw new NotReplaceableError();
  // This machine's own backup may restore it, but merged it would fast-forward over our own line of edits
  // without conflict handling; an honest one holds nothing newer than what is here anyway.
  const { source } = preview.header;
  if (options.mode === 'merge' && fromThisMachine(session, source.deviceId))
    throw new PackageError('own_device', { line: 1, field: 'source.deviceId', deviceId: source.deviceId });
  // A second connection whose transactions commit only once on disk (import, restore and migrations must
  // survive a power cut), sharing this machine's clock.
  const strict = createDatabase(session.db.name, schemaVersions, { chromeTransactionDurability: 'strict' });
  await strict.open();
  const s = createSession(strict, session.identity, undefined, session.clock);
  const total = tableNames.reduce((n, t) => n + (preview.records[t]?.length ?? 0), 0);
  const from = preview.header.source.machineName;
  try {
    return await strict.transaction(
      'rw',
      [...tableNames.map((t) => strict.table(t)), strict.stats, strict.history, strict.meta],
      async () => {
        let done = 0;
        let conflicts = 0;
        let newDeviceId: string | undefined;
        if (options.mode === 'replace') {
          await Promise.all([...tableNames.map((t) => strict.table(t).clear()), strict.stats.clear()]);
        }
        const now = new Date().toISOString();
        for (const table of tableNames) {
          const repo = s.repos[table] as unknown as {
            putVersions(pairs: readonly (readonly [AnyRecord | null, AnyRecord])[]): Promise<void>;
          };
          for (const batch of chunks(preview.records[table] ?? [], BATCH)) {
            check();
            const locals =
              options.mode === 'replace'
                ? batch.map(() => undefined)
                : ((await strict.table(table).bulkGet(batch.map((r) => r.id))) as (AnyRecord | undefined)[]);
            const pairs: [AnyRecord | null, AnyRecord][] = [];
            const losers: HistoryRow[] = [];
            for (const [i, incoming] of batch.entries()) {
              s.clock.observe(incoming.rev);
              const local = locals[i];
              const decision: MergeDecision<AnyRecord> = mergeRecord(local, incoming, s.identity.deviceId);
              let result: AnyRecord | null = decision.write ? decision.winner : null;
              let loser = decision.loser;
              if (decision.kind === 'conflict') {
                conflicts++;
                const choice = options.choices?.[`${table}:${incoming.id}`];
                const defaultChoice = decision.write ? 'incoming' : 'local';
                if (choice && choice !== defaultChoice) {
                  // The user kept the older version: it becomes a new edit here that supersedes both.
                  result = chooseLoser(
                    decision,
                    {
                      rev: s.clock.next(),
                      deviceId: s.identity.deviceId,
                      at: now,
                    },
                    incoming,
                  );
                  loser = decision.winner;
                }
              }
              if (result) pairs.push([local ?? null, result]);
              if (loser)
                losers.push({
                  id: crypto.randomUUID(),
                  table,
                  recordId: incoming.id,
                  at: now,
                  reason: 'conflict',
                  from,
                  record: loser,
                });
            }
            await repo.putVersions(pairs);
            if (losers.length > 0) await strict.history.bulkAdd(losers);
            done += batch.length;
            options.onProgress?.({ done, total });
          }
        }
        check();
        const { header, trailer } = preview;
        if (options.mode === 'replace') {
          // A restored machine is a new replica: what it lost since the backup is sent to it again.
          await forgetHoldings(strict);
          newDeviceId = crypto.randomUUID();
          const row = await strict.meta.get('identity');
          await strict.meta.put({
            key: 'identity',
            value: { ...(row?.value as object), deviceId: newDeviceId },
          });
        } else {
          // The sender's vector is a claim: weighed against the versions the package brought, never copied.
          const me = s.identity.deviceId;
          const shown: Known = {};
          for (const table of tableNames)
            for (const { rev } of preview.records[table] ?? []) noteRev(shown, table, rev);
          if (header.scope.kind !== 'partial')
            await extendKnown(strict, trailer.known, shown, header.scope.tables, me);
          if (!fromThisMachine(s, header.source.deviceId))
            await notePeer(
              strict,
              {
                deviceId: header.source.deviceId,
                machineName: header.source.machineName,
                orderPrefix: header.source.orderPrefix,
                at: now,
              },
              trailer.known,
              shown,
              me,
              s.clock.next(),
            );
        }
        return { written: done, conflicts, ...(newDeviceId ? { newDeviceId } : {}) };
      },
    );
  } finally {
    strict.close();
  }
}

const fromThisMachine = (session: DataSession, deviceId: string) =>
  canonicalDeviceId(deviceId) === canonicalDeviceId(session.identity.deviceId);

export type { MergeKind };
