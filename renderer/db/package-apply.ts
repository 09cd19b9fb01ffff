import Dexie from 'dexie';
import { type Known, noteRev } from '../../shared/merge/known';
import { chooseLoser, type MergeDecision, mergeRecord } from '../../shared/merge/merge-record';
import { PackageError } from '../../shared/package';
import type { Order } from '../../shared/schema/order';
import { type TableName, tableNames } from '../../shared/schema/tables';
import { V2026_12_05, V2026_12_09 } from '../../shared/schema/versions';
import { splitSickLeave } from './absence-details';
import { createDatabase, type HistoryRow } from './database';
import { RECOVERY_CHUNK, withRecoveredMilestones } from './milestone-recovery';
import {
  type AnyRecord,
  BATCH,
  fromThisMachine,
  NotReplaceableError,
  type PackagePreview,
  readInBatches,
  readOptionsOf,
} from './package-import';
import { extendKnown, forgetHoldings, notePeer } from './package-peers';
import { newRecordId } from './record-id';
import { schemaVersions } from './schema-versions';
import { createSession, type DataSession } from './session';

// Applying a previewed package: the file is read and checked again as it is written, batch by batch, in
// one strict-durability transaction — so memory holds a few batches, not the package, and any failure
// (a cancel, a record IndexedDB refuses, the file changed since its preview) writes nothing.
//
// An IndexedDB transaction ends as soon as it waits for anything but its own requests, and the reader
// waits on decompression and decryption. So the reader runs beside the transaction and hands records
// over in batches (record-batches.ts); the transaction waits for each with Dexie.waitFor, which keeps it
// open meanwhile.

export interface ApplyOptions {
  mode: 'merge' | 'replace';
  /** Per conflict (`<table>:<id>`), the version the user chose; the newer one otherwise. */
  choices?: Record<string, 'local' | 'incoming'>;
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
  /** Tests only: records per batch (to fail a package half-way through). */
  batchSize?: number;
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

/** How long the transaction waits for the reader's next batch before it gives up (and writes nothing). */
const BATCH_WAIT_MS = 5 * 60_000;

/**
 * Wait in the transaction for work outside it, keeping the transaction open. The work is started outside
 * the transaction's zone: awaited inside it, its own native awaits would end the transaction early.
 */
const waitOutside = <T>(work: () => Promise<T>): Promise<T> =>
  Dexie.waitFor(Dexie.ignoreTransaction(work), BATCH_WAIT_MS);

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
  const total = Object.values(preview.counts).reduce(
    (n, c) => n + c.new + c.updated + c.unchanged + c.conflict + c.deleted,
    0,
  );
  const from = preview.header.source.machineName;
  // Started outside the transaction, so its own waiting does not run in (and end) the transaction's zone.
  const { batches, reading } = readInBatches(preview.source, options.batchSize ?? BATCH, {
    ...readOptionsOf(session, preview.readOptions),
    ...(options.signal ? { signal: options.signal } : {}),
    // The preview checked the references against this machine; the checksum below proves this is the
    // same content, and records are never removed here in between (deletes are tombstones; only a replace
    // clears them, and it needs no local record). Reading this machine's records here would wait for the
    // transaction that waits here.
    exists: async (_table, ids) => new Set(ids),
  });
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
        // What the package brought, per table and device: the sender's claims are weighed against it.
        const shown: Known = {};
        // Orders of a package written before milestones were kept: recovered from their timelines once all
        // of the package is in, as this machine's own upgrade did (milestone-recovery.ts).
        const recover = preview.header.schemaVersion < V2026_12_05 ? new Set<string>() : null;
        for (;;) {
          check();
          const batch = await waitOutside(() => batches.next());
          if (!batch) break;
          const { table, records } = batch;
          const repo = s.repos[table] as unknown as {
            putVersions(pairs: readonly (readonly [AnyRecord | null, AnyRecord])[]): Promise<void>;
          };
          const locals =
            options.mode === 'replace'
              ? records.map(() => undefined)
              : ((await strict.table(table).bulkGet(records.map((r) => r.id))) as (AnyRecord | undefined)[]);
          const pairs: [AnyRecord | null, AnyRecord][] = [];
          const losers: HistoryRow[] = [];
          for (const [i, incoming] of records.entries()) {
            noteRev(shown, table, incoming.rev);
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
                  { rev: s.clock.next(), deviceId: s.identity.deviceId, at: now },
                  incoming,
                );
                loser = decision.winner;
              }
            }
            if (result) pairs.push([local ?? null, result]);
            if (loser) losers.push(historyRow(table, incoming.id, loser, now, from));
          }
          await repo.putVersions(pairs);
          if (recover && table === 'orders') for (const [, written] of pairs) recover.add(written.id);
          if (losers.length > 0) await strict.history.bulkAdd(losers);
          done += records.length;
          options.onProgress?.({ done, total });
        }
        if (recover) await recoverMilestonesOf(s, [...recover]);
        // A package of a machine not yet at 20261209 may bring sick leave as a shared absence's kind and
        // note: split into its confidential detail here, in the same transaction, as this machine's own
        // upgrade did (absence-details.ts) — so it never sits shared until the next start.
        if (preview.header.schemaVersion < V2026_12_09) await splitSickLeave(s);
        check();
        const { header, trailer } = await waitOutside(() => reading);
        if (trailer.sha256 !== preview.trailer.sha256) throw new PackageError('changed_since_preview');
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
          if (header.scope.kind !== 'partial')
            await extendKnown(strict, trailer.known, shown, header.scope.tables, me);
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
  } catch (error) {
    // The reader may still be going: stop it, and let its own failure (if any) go unheard.
    batches.cancel(error);
    reading.catch(() => {});
    throw options.signal?.aborted ? new ApplyCancelledError() : error;
  } finally {
    strict.close();
  }
}

async function recoverMilestonesOf(session: DataSession, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += RECOVERY_CHUNK) {
    const stored = (await session.db.orders.bulkGet(ids.slice(i, i + RECOVERY_CHUNK))).filter(
      (order): order is Order => order !== undefined,
    );
    const recovered = await withRecoveredMilestones(stored, session.db.orderEvents);
    await session.repos.orders.putVersions(stored.map((order, j) => [order, recovered[j] as Order] as const));
  }
}

const historyRow = (
  table: TableName,
  recordId: string,
  record: AnyRecord,
  at: string,
  from: string,
): HistoryRow => ({ id: newRecordId(), table, recordId, at, reason: 'conflict', from, record });
