// import_order_lines: a CSV of N order lines (as Chinese Excel exports them: Chinese headers, BOM, quoted
// thousands) imported the way the wizard does it — read the file, match the columns, dry run (validate,
// group, resolve customers and products), write in one transaction — against the raw IndexedDB put of the
// records that import produces, into the same stores and indexes. Each side runs in a fresh profile
// (run.mjs); the raw side computes its records with the same import on an in-memory IndexedDB first
// (fake-indexeddb, not timed), so its disk has seen nothing before the timed put.

import Dexie from 'dexie';
import { IDBKeyRange as FakeKeyRange, indexedDB as fakeIndexedDB } from 'fake-indexeddb';
import { createDatabase, type SalesDeskDb } from '../../renderer/db/database';
import type { MachineIdentity } from '../../renderer/db/identity';
import {
  applyOrderImport,
  loadImportMapping,
  planOrderImport,
  revertOrderImport,
} from '../../renderer/db/order-import';
import { exportPackage } from '../../renderer/db/package-export';
import { schemaVersions } from '../../renderer/db/schema-versions';
import { createSession } from '../../renderer/db/session';
import { readImportFile } from '../../shared/import/read-file';
import { tableNames } from '../../shared/schema/tables';
import { deleteRawDatabase, openRawDatabase, rawPutTables } from './raw-idb';

export type ImportSide = 'import' | 'raw';

export interface ImportRuns {
  lines: number;
  /** ms of the whole import (read + plan + apply), one per run. */
  import: number[];
  /** ms of the raw put of the resulting records, one per run. */
  raw: number[];
  /** ms of reverting that import, in the same profile right after it, one per import run. */
  revert: number[];
  /** ms of importing the same file again after the revert, one per import run. */
  reimport: number[];
  /**
   * The same pair once a package holds the import (a backup was written): the revert leaves tombstones for
   * other machines, and the import after it brings them back. One each per import run.
   */
  sharedRevert: number[];
  sharedReimport: number[];
  /** The import's phases (ms) of the last run, for the log. */
  phases?: { read: number; plan: number; apply: number; orders: number; records: number };
}

const identity: MachineIdentity = {
  deviceId: '6f1d0c2e-8b7a-4e55-a1c3-2d9e0f4b7a10',
  machineName: 'Bench import',
  orderPrefix: 'BI',
  createdAt: '2026-11-28T07:00:00.000Z',
};
const TABLES = ['customers', 'products', 'orders', 'orderEvents', 'stats', 'meta'] as const;

/** Deterministic order lines: 1–5 lines per order, 2,000 customers and 600 products, all new to the office. */
export function orderLinesCsv(lines: number): Uint8Array {
  const rows = ['订单号,客户名称,产品名称,数量,单价,金额,订单日期,交货日期,备注'];
  let order = 0;
  for (let i = 0; i < lines; ) {
    order++;
    const count = Math.min(1 + (order % 5), lines - i);
    const customer = `客户${String(order % 2_000).padStart(4, '0')}贸易有限公司`;
    const day = String((order % 28) + 1).padStart(2, '0');
    for (let k = 0; k < count; k++, i++) {
      const product = (order * 7 + k * 13) % 600;
      const quantity = 1 + ((order + k) % 40);
      const cents = 150 + ((product * 37) % 250_000);
      const price = (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
      const amount = ((cents * quantity) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
      rows.push(
        `SO-${String(order).padStart(7, '0')},${customer},产品${product}号,${quantity},"${price}","${amount}",2026/11/${day},2026/12/${day},${k === 0 ? '加急' : ''}`,
      );
    }
  }
  return new TextEncoder().encode(`\uFEFF${rows.join('\r\n')}\r\n`);
}

/** The wizard's path, minus the screens. Returns the phase times. */
async function importFile(db: SalesDeskDb, bytes: Uint8Array) {
  const session = createSession(db, identity);
  const t0 = performance.now();
  const table = await readImportFile('订单明细.csv', bytes);
  const { mapping } = await loadImportMapping(db, table.headers);
  const t1 = performance.now();
  const plan = await planOrderImport(session, {
    headers: table.headers,
    rows: table.rows,
    mapping,
    dateOrder: 'ymd',
  });
  if (plan.rejected.length > 0)
    throw new Error(`bench file has rejected rows: ${JSON.stringify(plan.rejected[0])}`);
  const t2 = performance.now();
  const batch = await applyOrderImport(session, plan, { fileName: '订单明细.csv', chunkSize: 5000 });
  const t3 = performance.now();
  return { read: t1 - t0, plan: t2 - t1, apply: t3 - t2, orders: batch.counts.orders, batchId: batch.id };
}

export async function runImportBench(options: { lines?: number; side: ImportSide }): Promise<ImportRuns> {
  const lines = options.lines ?? 100_000;
  const bytes = orderLinesCsv(lines);
  const runs: ImportRuns = {
    lines,
    import: [],
    raw: [],
    revert: [],
    reimport: [],
    sharedRevert: [],
    sharedReimport: [],
  };
  if (options.side === 'import') {
    const name = 'bench-import';
    await Dexie.delete(name);
    const db = createDatabase(name);
    await db.open();
    const start = performance.now();
    const phases = await importFile(db, bytes);
    runs.import.push(Math.round(performance.now() - start));
    const records = (await Promise.all(TABLES.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0);
    const { batchId: _b, ...timings } = phases;
    runs.phases = { ...timings, records };
    console.log(
      `[bench] import ${lines} lines → ${phases.orders} orders: read ${Math.round(phases.read)} ms, plan ${Math.round(phases.plan)} ms, apply ${Math.round(phases.apply)} ms`,
    );
    // revert_import and reimport_after_revert: the same database, right after the import. No package holds
    // the import, so the revert deletes its orders outright; the re-import meets tombstones of its
    // customers and products only.
    const revertStart = performance.now();
    await revertOrderImport(createSession(db, identity), phases.batchId);
    runs.revert.push(Math.round(performance.now() - revertStart));
    const reimportStart = performance.now();
    const again = await importFile(db, bytes);
    runs.reimport.push(Math.round(performance.now() - reimportStart));
    console.log(
      `[bench] revert ${runs.revert[0]} ms; re-import after revert: read ${Math.round(again.read)} ms, plan ${Math.round(again.plan)} ms, apply ${Math.round(again.apply)} ms`,
    );
    // revert_shared_import and reimport_after_shared_revert: a backup of the office (not timed) now holds
    // the re-import, so its revert leaves a tombstone for every record, and importing again revives them.
    await exportPackage(createSession(db, identity), {
      scope: { kind: 'backup', tables: [...tableNames], confidential: true },
      sink: () => undefined,
    });
    const sharedStart = performance.now();
    await revertOrderImport(createSession(db, identity), again.batchId);
    runs.sharedRevert.push(Math.round(performance.now() - sharedStart));
    const revivedStart = performance.now();
    await importFile(db, bytes);
    runs.sharedReimport.push(Math.round(performance.now() - revivedStart));
    console.log(
      `[bench] after a backup: revert ${runs.sharedRevert[0]} ms, re-import ${runs.sharedReimport[0]} ms`,
    );
    db.close();
    return runs;
  }
  // Raw: the same import in memory yields the records; then they are put, timed, into real IndexedDB.
  const memory = createDatabase('bench-import-memory', schemaVersions, {
    indexedDB: fakeIndexedDB,
    IDBKeyRange: FakeKeyRange,
  });
  await memory.open();
  await importFile(memory, bytes);
  const records = Object.fromEntries(
    await Promise.all(TABLES.map(async (t) => [t, await memory.table(t).toArray()] as const)),
  );
  memory.close();
  const name = 'bench-import-raw';
  await deleteRawDatabase(name);
  const raw = await openRawDatabase(name, TABLES);
  const start = performance.now();
  await rawPutTables(raw, records);
  runs.raw.push(Math.round(performance.now() - start));
  console.log(`[bench] raw put of the ${lines} lines' records: ${runs.raw[0]} ms`);
  raw.close();
  return runs;
}
