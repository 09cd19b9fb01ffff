// Packages: export_orders — a package of N orders streamed to a sink that only counts bytes, against the
// least work that makes the same bytes (every record read, serialised as the package's lines, checksummed
// and gzip-compressed with CompressionStream, one step after another on this thread) in the same run, and
// both as throughput in MB of content per second; export_heap_mb — the peak JS heap during that export;
// import_merge — previewing and merging a package of N orders into an empty machine, against the raw
// IndexedDB put of the same records; import_heap_mb — the peak JS heap on the way; preview_heap_mb — the
// peak heap of previewing alone (the preview side, for a million orders).
// One page runs one side in a fresh profile (run.mjs).

import Dexie from 'dexie';
import { createDatabase, type SalesDeskDb } from '../../renderer/db/database';
import type { MachineIdentity } from '../../renderer/db/identity';
import { applyPackage } from '../../renderer/db/package-apply';
import { exportOrder, exportPackage, pick } from '../../renderer/db/package-export';
import { type PackageFile, previewPackage } from '../../renderer/db/package-import';
import { latestSchemaVersion } from '../../renderer/db/schema-versions';
import { createSession } from '../../renderer/db/session';
import { createWorkerStage } from '../../renderer/db/worker-stage';
import { readPackage } from '../../shared/package';
import { createContentHash } from '../../shared/package/content-hash';
import type { PackageScope } from '../../shared/package/types';
import { createPackageWriter } from '../../shared/package/writer';
import { queueKeys } from '../../shared/rules/queue-keys';
import { generateOffice, generateOrders } from '../../shared/sample';
import type { Order } from '../../shared/schema/order';
import { deleteRawDatabase, openRawDatabase, rawPutTables } from './raw-idb';

export type PackageSide = 'export' | 'import' | 'raw' | 'preview';

export interface PackageRuns {
  n: number;
  /** ms: export through the package writer, and the read + serialise + gzip baseline (same page, same data). */
  export: number[];
  readSerialiseGzip: number[];
  /** Bytes of the package's content before compression (its JSON lines): what throughput is counted in. */
  contentBytes?: number;
  exportHeapMb?: number;
  bytes?: number;
  /** ms: preview + merge of a package, and the raw put of its records (separate profiles). */
  importMerge: number[];
  rawPut: number[];
  /** Peak JS heap (MB) while previewing and applying the package (the preview alone on the preview side). */
  importHeapMb?: number;
  /** The preview side: the package was only previewed (import_heap_mb at a million orders). */
  previewOnly?: boolean;
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
/** The n orders of the bench office, in batches: the same for the stored office and the generated package. */
const benchOrders = (office: ReturnType<typeof generateOffice>, n: number) =>
  generateOrders(office, { seed: 3, count: n, asOf, prefix: 'PK', batchSize: 5_000, events: false });

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
  for (const batch of benchOrders(office, n)) {
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

/**
 * The least work that makes the bytes an export makes, in sequence on this thread: every record of the
 * package's tables read in pages (as the export reads them), serialised as the package's lines, hashed
 * for the trailer's checksum and gzip-compressed with CompressionStream, its output counted.
 */
async function readSerialiseGzip(db: SalesDeskDb): Promise<{ contentBytes: number; bytes: number }> {
  const encoder = new TextEncoder();
  const hash = createContentHash();
  const gzip = new CompressionStream('gzip');
  const input = gzip.writable.getWriter();
  const output = gzip.readable.getReader();
  let bytes = 0;
  const drained = (async () => {
    for (;;) {
      const { value, done } = await output.read();
      if (done) return;
      bytes += value.length;
    }
  })();
  let contentBytes = 0;
  const write = async (text: string, hashed = true) => {
    const encoded = encoder.encode(text);
    if (hashed) hash.update(encoded);
    contentBytes += encoded.length;
    await input.write(encoded);
  };
  const header = encoder.encode(`${JSON.stringify({ format: 'salesdesk-package', scope: officeScope })}\n`);
  hash.update(header);
  bytes += header.length;
  const counts: Record<string, number> = {};
  for (const table of exportOrder.filter((t) => officeScope.tables.includes(t))) {
    counts[table] = 0;
    let last: string | null = null;
    for (;;) {
      const store = db.table<{ id: string }, string>(table);
      const rows: { id: string }[] = await (last === null
        ? store.orderBy(':id')
        : store.where(':id').above(last)
      )
        .limit(2_000)
        .toArray();
      if (rows.length === 0) break;
      let text = '';
      for (const row of rows) text += `{"t":"${table}","r":${JSON.stringify(pick(table, row))}}\n`;
      await write(text);
      counts[table] += rows.length;
      last = rows[rows.length - 1]?.id ?? null;
    }
  }
  await write(`${JSON.stringify({ end: { counts, sha256: await hash.digest(), known: {} } })}\n`, false);
  await input.close();
  await drained;
  return { contentBytes, bytes };
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

/**
 * Preview (and with `apply`, merge) a package into an empty machine: the time, and the peak JS heap on the
 * way — sampled throughout (the import yields to timers between batches), from a collected start.
 */
async function receive(bytes: PackageFile, apply: boolean): Promise<{ ms: number; heapMb: number }> {
  const name = 'bench-package-target';
  await Dexie.delete(name);
  const db = createDatabase(name);
  await db.open();
  const target = createSession(db, identity('target'), () => asOf);
  (globalThis as { gc?: () => void }).gc?.();
  let peak = memory() ?? 0;
  const sample = () => {
    peak = Math.max(peak, memory() ?? 0);
  };
  const timer = setInterval(sample, 20);
  const start = performance.now();
  const preview = await previewPackage(target, bytes);
  sample();
  if (apply) await applyPackage(target, preview, { mode: 'merge', onProgress: sample });
  const ms = Math.round(performance.now() - start);
  clearInterval(timer);
  sample();
  db.close();
  return { ms, heapMb: Math.round((peak / 1024 / 1024) * 10) / 10 };
}

/**
 * The preview side (preview_heap_mb at a million orders): the package is written straight from the
 * generator — its orders stamped as the repositories stamp them, never stored — since what is measured is
 * the machine that receives it, and storing a million orders first would take an hour.
 */
async function previewRun(n: number, runs: PackageRuns): Promise<PackageRuns> {
  // As a File from the picker is held: a Blob, its bytes with the browser, not in the page's heap.
  const file = await generatedPackage(n);
  log(`package of ${n} generated orders written: ${file.size} bytes`);
  const { ms, heapMb } = await receive(file, false);
  runs.importHeapMb = heapMb;
  runs.previewOnly = true;
  log(`preview of ${n} orders: ${ms} ms, peak heap ${heapMb} MB`);
  return runs;
}

async function generatedPackage(n: number): Promise<Blob> {
  const name = 'bench-package-stamps';
  await Dexie.delete(name);
  const session = createSession(createDatabase(name), identity(name), () => asOf);
  const office = generateOffice({ seed: 3, language: 'zh-CN', asOf });
  const { repos } = session;
  const parts: Uint8Array[] = [];
  const writer = await createPackageWriter(
    {
      schemaVersion: latestSchemaVersion,
      source: {
        deviceId: session.identity.deviceId,
        machineName: session.identity.machineName,
        orderPrefix: session.identity.orderPrefix,
      },
      createdAt: new Date().toISOString(),
      scope: officeScope,
    },
    {
      sink: (chunk) => {
        parts.push(chunk);
      },
      stage: createWorkerStage,
    },
  );
  const catalogue = {
    staff: office.staff.map((s) => repos.staff.stampNew(s.input, s.id)),
    duties: office.duties.map((s) => repos.duties.stampNew(s.input, s.id)),
    customers: office.customers.map((s) => repos.customers.stampNew(s.input, s.id)),
    products: office.products.map((s) => repos.products.stampNew(s.input, s.id)),
  };
  for (const table of exportOrder) {
    if (table === 'orders') {
      for (const batch of benchOrders(office, n))
        for (const o of batch.orders)
          await writer.add('orders', pick('orders', repos.orders.stampNew(o.input, o.id)));
    } else if (table in catalogue) {
      for (const record of catalogue[table as keyof typeof catalogue])
        await writer.add(table, pick(table, record));
    }
  }
  await writer.finish({});
  return new Blob(parts as BlobPart[]);
}

export async function runPackageBench(options: {
  orders?: number;
  side: PackageSide;
  repeats?: number;
}): Promise<PackageRuns> {
  const n = options.orders ?? 100_000;
  const runs: PackageRuns = { n, export: [], readSerialiseGzip: [], importMerge: [], rawPut: [] };
  if (options.side === 'preview') return previewRun(n, runs);
  const source = await officeWith(n, 'bench-package-source');
  log(`package bench: ${n} orders written`);

  if (options.side === 'export') {
    for (let rep = 0; rep < (options.repeats ?? 3); rep++) {
      const start = performance.now();
      const least = await readSerialiseGzip(source.db);
      runs.readSerialiseGzip.push(Math.round(performance.now() - start));
      runs.contentBytes = least.contentBytes;
      const result = await timedExport(source);
      runs.export.push(result.ms);
      runs.exportHeapMb = Math.max(runs.exportHeapMb ?? 0, result.heapMb);
      runs.bytes = result.bytes;
      log(
        `export ${n} orders: ${result.ms} ms, ${result.bytes} bytes; read + serialise + gzip ${runs.readSerialiseGzip.at(-1)} ms, ${least.bytes} bytes (${least.contentBytes} bytes of content)`,
      );
    }
    return runs;
  }

  const bytes = await packageBytes(source);
  source.db.close();
  if (options.side === 'import') {
    const { ms, heapMb } = await receive(bytes, true);
    runs.importMerge.push(ms);
    runs.importHeapMb = heapMb;
    log(`import-merge of ${n} orders: ${ms} ms, peak heap ${heapMb} MB`);
    return runs;
  }
  // Raw: the package's records, put with the bare API into the same stores.
  const records: Record<string, Record<string, unknown>[]> = {};
  await readPackage(bytes, {
    maxSchemaVersion: latestSchemaVersion,
    onRecord: (table, record) => {
      records[table] ??= [];
      // With the derived index keys the repositories add, so both sides maintain the same index entries.
      records[table].push(
        table === 'orders' ? { ...record, ...queueKeys(record as unknown as Order) } : record,
      );
    },
  });
  const tables = Object.keys(records);
  await deleteRawDatabase('bench-package-raw');
  const raw = await openRawDatabase('bench-package-raw', tables);
  const start = performance.now();
  await rawPutTables(raw, records);
  runs.rawPut.push(Math.round(performance.now() - start));
  log(`raw put of the package's records: ${runs.rawPut[0]} ms`);
  raw.close();
  return runs;
}
