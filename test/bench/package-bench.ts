// Packages: export_orders — a package of N orders streamed to a sink that only counts bytes,
// against reading every order and JSON-serialising it (the least any export must do) in the same run;
// export_heap_mb — the peak JS heap during that export; import_merge — previewing and merging a package
// of N orders into an empty machine, against the raw IndexedDB put of the same records.
// One page runs one side in a fresh profile (run.mjs).

import Dexie from 'dexie';
import { createDatabase, type SalesDeskDb } from '../../renderer/db/database';
import type { MachineIdentity } from '../../renderer/db/identity';
import { exportPackage } from '../../renderer/db/package-export';
import { applyPackage, previewPackage } from '../../renderer/db/package-import';
import { createSession } from '../../renderer/db/session';
import type { PackageScope } from '../../shared/package/types';
import { queueKeys } from '../../shared/rules/queue-keys';
import { generateOffice, generateOrders } from '../../shared/sample';
import type { Order } from '../../shared/schema/order';
import { deleteRawDatabase, openRawDatabase, rawPutTables } from './raw-idb';

export type PackageSide = 'export' | 'import' | 'raw';

export interface PackageRuns {
  n: number;
  /** ms: export through the package writer, and the read + serialise baseline (same page, same data). */
  export: number[];
  readSerialise: number[];
  exportHeapMb?: number;
  bytes?: number;
  /** ms: preview + merge of a package, and the raw put of its records (separate profiles). */
  importMerge: number[];
  rawPut: number[];
}

const asOf = new Date('2026-11-28T15:00:00+08:00');
/** What every package here holds: the office's people, catalogue and orders. */
const officeScope: PackageScope = {
  kind: 'full',
  tables: ['staff', 'duties', 'customers', 'products', 'orders'],
  confidential: false,
};
const identity = (name: string): MachineIdentity => ({
  deviceId: crypto.randomUUID(),
  machineName: name,
  orderPrefix: name.slice(0, 2).toUpperCase(),
  createdAt: asOf.toISOString(),
});
const memory = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
const log = (message: string) => console.log(`[bench] ${message}`);

/** A machine holding the sample office's people and catalogue and N generated orders. */
async function officeWith(n: number, name: string) {
  await Dexie.delete(name);
  const db = createDatabase(name);
  await db.open();
  const session = createSession(db, identity(name), () => asOf);
  const office = generateOffice({ seed: 3, language: 'zh-CN', asOf });
  const { repos } = session;
  await repos.staff.bulkInsertStamped(office.staff.map((s) => repos.staff.stampNew(s.input, s.id)));
  await repos.duties.bulkInsertStamped(office.duties.map((s) => repos.duties.stampNew(s.input, s.id)));
  await repos.customers.bulkInsertStamped(
    office.customers.map((s) => repos.customers.stampNew(s.input, s.id)),
  );
  await repos.products.bulkInsertStamped(office.products.map((s) => repos.products.stampNew(s.input, s.id)));
  for (const batch of generateOrders(office, {
    seed: 3,
    count: n,
    asOf,
    prefix: 'PK',
    batchSize: 5_000,
    events: false,
  })) {
    await repos.orders.bulkInsertStamped(batch.orders.map((o) => repos.orders.stampNew(o.input, o.id)));
  }
  return session;
}

async function packageBytes(session: ReturnType<typeof createSession>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  await exportPackage(session, {
    scope: officeScope,
    sink: (chunk) => {
      parts.push(chunk);
    },
  });
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

/** Read all orders in pages and JSON-serialise each: what any export has to do at least. */
async function readAndSerialise(db: SalesDeskDb): Promise<number> {
  let bytes = 0;
  let last: string | null = null;
  for (;;) {
    const rows: Order[] = await (last === null
      ? db.orders.orderBy(':id')
      : db.orders.where(':id').above(last)
    )
      .limit(2_000)
      .toArray();
    if (rows.length === 0) return bytes;
    for (const row of rows) bytes += JSON.stringify(row).length;
    last = rows[rows.length - 1]?.id ?? null;
  }
}

/** A whole-office export to a sink that only counts bytes: its time and the peak JS heap on the way. */
export async function timedExport(
  session: ReturnType<typeof createSession>,
): Promise<{ ms: number; bytes: number; heapMb: number }> {
  let bytes = 0;
  let peak = memory() ?? 0;
  let chunks = 0;
  const start = performance.now();
  await exportPackage(session, {
    scope: officeScope,
    sink: (chunk) => {
      bytes += chunk.length;
      if (++chunks % 16 === 0) peak = Math.max(peak, memory() ?? 0);
    },
  });
  const ms = Math.round(performance.now() - start);
  return { ms, bytes, heapMb: Math.round((peak / 1024 / 1024) * 10) / 10 };
}

export async function runPackageBench(options: {
  orders?: number;
  side: PackageSide;
  repeats?: number;
}): Promise<PackageRuns> {
  const n = options.orders ?? 100_000;
  const runs: PackageRuns = { n, export: [], readSerialise: [], importMerge: [], rawPut: [] };
  const source = await officeWith(n, 'bench-package-source');
  log(`package bench: ${n} orders written`);

  if (options.side === 'export') {
    for (let rep = 0; rep < (options.repeats ?? 3); rep++) {
      const start = performance.now();
      const chars = await readAndSerialise(source.db);
      runs.readSerialise.push(Math.round(performance.now() - start));
      const result = await timedExport(source);
      runs.export.push(result.ms);
      runs.exportHeapMb = Math.max(runs.exportHeapMb ?? 0, result.heapMb);
      runs.bytes = result.bytes;
      log(
        `export ${n} orders: ${result.ms} ms, ${result.bytes} bytes (read + serialise ${runs.readSerialise.at(-1)} ms, ${chars} chars)`,
      );
    }
    return runs;
  }

  const bytes = await packageBytes(source);
  source.db.close();
  if (options.side === 'import') {
    const name = 'bench-package-target';
    await Dexie.delete(name);
    const db = createDatabase(name);
    await db.open();
    const target = createSession(db, identity('target'), () => asOf);
    const start = performance.now();
    const preview = await previewPackage(target, bytes);
    await applyPackage(target, preview, { mode: 'merge' });
    runs.importMerge.push(Math.round(performance.now() - start));
    log(`import-merge of ${n} orders: ${runs.importMerge[0]} ms`);
    db.close();
    return runs;
  }
  // Raw: the package's records, put with the bare API into the same stores.
  const scratch = createSession(createDatabase('bench-package-scratch'), identity('scratch'), () => asOf);
  const preview = await previewPackage(scratch, bytes);
  scratch.db.close();
  const tables = Object.keys(preview.records);
  // With the derived index keys the repositories add, so both sides maintain the same index entries.
  const orders = preview.records.orders ?? [];
  preview.records.orders = orders.map((o) => ({ ...o, ...queueKeys(o as unknown as Order) }));
  await deleteRawDatabase('bench-package-raw');
  const raw = await openRawDatabase('bench-package-raw', tables);
  const start = performance.now();
  await rawPutTables(raw, preview.records as Record<string, unknown[]>);
  runs.rawPut.push(Math.round(performance.now() - start));
  log(`raw put of the package's records: ${runs.rawPut[0]} ms`);
  raw.close();
  return runs;
}
