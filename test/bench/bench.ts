// The benchmark page (built by `vite build --mode bench` into dist-bench/, driven by run.mjs): times the
// real data layer in real Chromium IndexedDB beside a raw IndexedDB baseline doing the same work.

import Dexie from 'dexie';
import { periodRange } from '../../renderer/db/dashboard-period';
import { loadDashboard } from '../../renderer/db/dashboard-queries';
import { createDatabase, type SalesDeskDb } from '../../renderer/db/database';
import type { MachineIdentity } from '../../renderer/db/identity';
import { saveNewOrder } from '../../renderer/db/order-commands';
import { type PageRequest, queuePage, queueSorts, statusCounts } from '../../renderer/db/order-queries';
import { searchOrders } from '../../renderer/db/order-search';
import { newRecordId } from '../../renderer/db/record-id';
import { createSession } from '../../renderer/db/session';
import { weeksOf } from '../../shared/insights/metrics';
import { addDays, localIsoDate } from '../../shared/rules/local-date';
import { queueKeys } from '../../shared/rules/queue-keys';
import { generateOffice, generateOrders, type SampleOffice } from '../../shared/sample';
import { dashboardScanner } from '../support/dashboard-scan';
import { runImportBench } from './import-bench';
import { runMatrixBench } from './matrix-bench';
import { runMatrixUiBench } from './matrix-ui-bench';
import { runPackageBench, timedExport } from './package-bench';
import { deleteRawDatabase, openRawDatabase, rawFirst, rawPutTables } from './raw-idb';
import { seedOffice } from './seed-office';

export type Side = 'repositories' | 'raw';

export interface BenchOptions {
  orders?: number;
  /** Orders per transaction, the same for the repositories and the raw baseline. */
  batchSize?: number;
  /** Insert repetitions (fresh databases each); default 3 up to 100k orders, else 1. */
  repeats?: number;
  /** Which inserts to run; run.mjs runs each side in its own fresh browser profile. */
  sides?: Side[];
  /** Time the queue pages and status counts on the last databases written. */
  queries?: boolean;
  queryRepeats?: number;
  seed?: number;
}

export interface InsertBatch {
  orders: number;
  ms: number;
}

/** Raw measurements in ms; run.mjs turns them into figures (medians, ratios). */
export interface BenchRuns {
  n: number;
  insert: Record<Side, number[]>;
  /** Each insert run's batches in the order written (orders, ms): insert_growth compares its tenths. */
  insertBatches?: Record<Side, InsertBatch[][]>;
  /** Of the repositories' insert time, how much went to validating and stamping (stampNew). */
  stamp: number[];
  queue: Record<string, Record<Side, number[]>>;
  statusCounts: number[];
  search?: { number: number[]; customer: number[] };
  saveOrder?: number[];
  /** The same save, in the same run, through repositories that keep no insight rollups (rollup_overhead). */
  saveOrderNoRollups?: number[];
  /** The dashboard's figures from aggregates and rollups, and the same counted by a scan of all orders. */
  dashboard?: { repositories: number[]; scan: number[] };
  /** JS heap (MB) after browsing the queue as the list does: every view, 20 pages deep. */
  queueHeapMb?: number;
  /** Peak JS heap (MB) while exporting the whole office to a package (export_heap_mb). */
  exportHeapMb?: number;
}

/** Browse like the queue screen (growing page count per view) and read the heap after a GC. */
async function browseHeap(db: SalesDeskDb): Promise<number | undefined> {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (!memory) return undefined;
  for (const view of [
    { kind: 'open' },
    { kind: 'overdue' },
    { kind: 'status', status: 'completed' },
  ] as const) {
    for (let pages = 1; pages <= 20; pages++) {
      await queuePage(db, { view, sort: 'due', limit: pages * 50, now: NOW });
    }
  }
  (globalThis as unknown as { gc?: () => void }).gc?.();
  return round(memory.usedJSHeapSize / 1024 / 1024, 1);
}

const asOf = new Date('2026-11-28T15:00:00+08:00');
/** Inserted orders are stamped from here on, a millisecond apart (a million end well before asOf). */
const stampedFrom = asOf.getTime() - 2 * 86_400_000;
const identity: MachineIdentity = {
  deviceId: '0b5e1f6c-2a4d-4c8e-9f10-3d2b7a6c5e41',
  machineName: 'Bench',
  orderPrefix: 'B',
  createdAt: asOf.toISOString(),
};

const log = (message: string) => {
  console.log(`[bench] ${message}`);
  const status = document.getElementById('status');
  if (status) status.textContent = message;
};

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

const batches = (office: SampleOffice, n: number, seed: number, batchSize: number) =>
  generateOrders(office, { seed, count: n, asOf, prefix: identity.orderPrefix, batchSize, events: false });

/** Repositories: validate + stamp (stampNew) and bulkInsertStamped, batch by batch. Generation is not timed. */
async function insertThroughRepositories(office: SampleOffice, n: number, seed: number, batchSize: number) {
  const name = 'bench-salesdesk';
  await Dexie.delete(name);
  const db = createDatabase(name);
  await db.open();
  // The clock moves on as it does while a real office enters or imports orders (a millisecond a reading):
  // a clock stopped at one instant would give every order the same updatedAt, and its index would take
  // each insert at a random place (by id) in one range as large as the store — a cost no office meets.
  let tick = 0;
  const { repos } = createSession(db, identity, () => new Date(stampedFrom + tick++));
  let ms = 0;
  let stampMs = 0;
  const timed: InsertBatch[] = [];
  for (const batch of batches(office, n, seed, batchSize)) {
    const start = performance.now();
    // New ids, as the app gives every order it creates, imports or stamps (renderer/db/record-id.ts).
    const records = batch.orders.map((order) => repos.orders.stampNew(order.input));
    const stamped = performance.now();
    await repos.orders.bulkInsertStamped(records);
    const took = performance.now() - start;
    ms += took;
    stampMs += stamped - start;
    timed.push({ orders: records.length, ms: round(took, 1) });
  }
  const stored = await db.orders.count();
  if (stored !== n) throw new Error(`expected ${n} orders stored, found ${stored}`);
  return { ms, stampMs, db, batches: timed };
}

/** The same records (same envelope) put with the raw API in the same batch sizes. */
async function insertRaw(office: SampleOffice, n: number, seed: number, batchSize: number) {
  const name = 'bench-raw';
  await deleteRawDatabase(name);
  const db = await openRawDatabase(name);
  let counter = 0;
  let ms = 0;
  const timed: InsertBatch[] = [];
  for (const batch of batches(office, n, seed, batchSize)) {
    const records = batch.orders.map((order) => {
      // Stamped a millisecond apart, as the repositories' clock above.
      const time = stampedFrom + counter++;
      const at = new Date(time).toISOString();
      const record = {
        ...order.input,
        id: newRecordId(),
        createdAt: at,
        updatedAt: at,
        rev: `${String(time).padStart(15, '0')}-00000-${identity.deviceId}`,
        baseRev: null,
        deviceId: identity.deviceId,
        deleted: false,
      };
      // The same derived index keys the repository adds, so both sides maintain the same indexes.
      return {
        ...record,
        ...queueKeys({ ...record, dueAt: record.dueAt ?? null, assigneeId: record.assigneeId ?? null }),
      };
    });
    const start = performance.now();
    await rawPutTables(db, { orders: records });
    const took = performance.now() - start;
    ms += took;
    timed.push({ orders: records.length, ms: round(took, 1) });
  }
  return { ms, db, batches: timed };
}

async function timeQuery(repeats: number, run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run(); // warm up
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    times.push(round(performance.now() - start, 3));
  }
  return times;
}

const NOW = asOf.toISOString();
const TOP = '\uffff';

interface QueueCase {
  label: string;
  request: PageRequest;
  /** The index and range the raw baseline reads the same page from (ascending), or none. */
  raw: { index: string; range: IDBKeyRange } | null;
}

/** Every queue view × sort, as the issue asks (`queue_page_<view>_<sort>`). */
function queueCases(assigneeId: string): QueueCase[] {
  const views: [string, PageRequest['view'], string, (string | number)[]][] = [
    ['open', { kind: 'open' }, 'open', [1]],
    ['assignee', { kind: 'assignee', assigneeId }, 'open+assigneeKey', [1, assigneeId]],
    ['unassigned', { kind: 'unassigned' }, 'open+assigneeKey', [1, '-']],
    ['on_hold', { kind: 'status', status: 'on_hold' }, 'liveStatus', ['on_hold']],
    ['completed', { kind: 'status', status: 'completed' }, 'liveStatus', ['completed']],
    ['overdue', { kind: 'overdue' }, '', []],
  ];
  const cases: QueueCase[] = [];
  for (const [name, view, prefix, values] of views) {
    for (const sort of queueSorts) {
      const keys = sort === 'due' ? ['dueKey'] : sort === 'age' ? ['orderedAt'] : ['priorityRank', 'dueKey'];
      const [low, high] =
        sort === 'priority'
          ? [
              [0, ''],
              [1, TOP],
            ]
          : [[''], [TOP]];
      const raw =
        view.kind === 'overdue'
          ? sort === 'due'
            ? { index: '[open+dueKey]', range: IDBKeyRange.bound([1, ''], [1, NOW]) }
            : null
          : {
              index: `[${[prefix, ...keys].join('+')}]`,
              range: IDBKeyRange.bound([...values, ...low], [...values, ...high]),
            };
      cases.push({ label: `${name}_${sort}`, request: { view, sort, limit: 50, now: NOW }, raw });
    }
  }
  return cases;
}

/**
 * Insert N generated orders (per side, fresh database each repeat), then optionally time the queue's
 * first page per filter and the status counts on what was written.
 */
export async function runBench(options: BenchOptions = {}): Promise<BenchRuns> {
  const n = options.orders ?? 10_000;
  const batchSize = options.batchSize ?? 5_000;
  const repeats = options.repeats ?? (n <= 100_000 ? 3 : 1);
  const sides = options.sides ?? ['repositories', 'raw'];
  const queryRepeats = options.queryRepeats ?? 30;
  const seed = options.seed ?? 1;
  const office = generateOffice({ seed, language: 'zh-CN', asOf });
  const assigneeId = office.staff.find((s) => s.input.handlesOrders)?.id as string;
  const runs: BenchRuns = {
    n,
    insert: { repositories: [], raw: [] },
    insertBatches: { repositories: [], raw: [] },
    stamp: [],
    queue: {},
    statusCounts: [],
  };

  let db: SalesDeskDb | undefined;
  let raw: IDBDatabase | undefined;
  for (let rep = 0; rep < repeats; rep++) {
    // Alternate which side goes first, so neither always meets a warmer (or busier) disk.
    const order = rep % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      if (side === 'repositories') {
        db?.close();
        const result = await insertThroughRepositories(office, n, seed, batchSize);
        db = result.db;
        runs.insert.repositories.push(round(result.ms, 1));
        runs.insertBatches?.repositories.push(result.batches);
        runs.stamp.push(round(result.stampMs, 1));
        log(
          `insert ${n} orders through the repositories: ${round(result.ms, 0)} ms (stampNew ${round(result.stampMs, 0)} ms)`,
        );
      } else {
        raw?.close();
        const result = await insertRaw(office, n, seed, batchSize);
        raw = result.db;
        runs.insert.raw.push(round(result.ms, 1));
        runs.insertBatches?.raw.push(result.batches);
        log(`insert ${n} orders raw: ${round(result.ms, 0)} ms`);
      }
    }
  }

  if (options.queries ?? true) {
    for (const { label, request, raw: rawCase } of queueCases(assigneeId)) {
      const repositories = db
        ? await timeQuery(queryRepeats, () => queuePage(db as SalesDeskDb, request))
        : [];
      const rawRuns =
        raw && rawCase
          ? await timeQuery(queryRepeats, () =>
              rawFirst(raw as IDBDatabase, rawCase.index, rawCase.range, 50),
            )
          : [];
      runs.queue[label] = { repositories, raw: rawRuns };
    }
    if (db) {
      const session = db as SalesDeskDb;
      runs.statusCounts = await timeQuery(queryRepeats, () => statusCounts(session));
      const customerId = office.customers[0]?.id as string;
      const sample = (await session.orders.limit(1).toArray())[0];
      const numberPrefix = sample?.number.slice(0, -2) ?? 'B-';
      runs.search = {
        number: await timeQuery(queryRepeats, () =>
          searchOrders(session, numberPrefix, { customerIds: [], productIds: [] }),
        ),
        customer: await timeQuery(queryRepeats, () =>
          searchOrders(session, 'customer', { customerIds: [customerId], productIds: [] }),
        ),
      };
      const writer = createSession(session, identity);
      const draft = {
        customerId,
        lines: (sample?.lines ?? []).map(({ productId, quantity, unitPrice, taxRate }) => ({
          productId,
          quantity,
          unitPrice,
          taxRate,
        })),
        priority: 'normal' as const,
        requestedDate: null,
        notes: '',
      };
      // Saves with and without the rollups, taken in turns so both meet the same store and the same disk.
      const plain = createSession(session, identity, undefined, writer.clock, { rollups: false });
      runs.saveOrder = [];
      runs.saveOrderNoRollups = [];
      for (let i = 0; i < queryRepeats; i++) {
        for (const [into, who] of [
          [runs.saveOrder, writer],
          [runs.saveOrderNoRollups, plain],
        ] as const) {
          const start = performance.now();
          await saveNewOrder(who, draft, true);
          into.push(round(performance.now() - start, 3));
        }
      }
      runs.dashboard = {
        repositories: await timeQuery(queryRepeats, () => loadDashboard(session, 'month', asOf)),
        scan: await timeQuery(n > 100_000 ? 3 : 10, () => scanForDashboard(session)),
      };
      log(
        `dashboard: ${runs.dashboard.repositories.join(', ')} ms; by scanning ${runs.dashboard.scan.join(', ')} ms`,
      );
      runs.queueHeapMb = await browseHeap(session);
      // The same million orders serve export_heap_mb: a package streamed out must not hold the office.
      const exported = await timedExport(createSession(session, identity));
      runs.exportHeapMb = exported.heapMb;
      log(
        `export of ${n} orders: ${exported.ms} ms, ${exported.bytes} bytes, peak heap ${exported.heapMb} MB`,
      );
    }
  }
  db?.close();
  raw?.close();
  log('done');
  return runs;
}

/** The `dashboard` baseline: the same figures counted over every order with a cursor (no aggregates). */
async function scanForDashboard(db: SalesDeskDb) {
  const today = localIsoDate(asOf);
  const weeks = weeksOf({ from: addDays(today, -7 * 12 + 1), to: today });
  const scan = dashboardScanner(asOf, periodRange('month', today), weeks);
  await db.orders.each((order) => scan.add(order));
  return scan.result();
}

declare global {
  interface Window {
    runBench: typeof runBench;
    runImportBench: typeof runImportBench;
    runPackageBench: typeof runPackageBench;
    runMatrixBench: typeof runMatrixBench;
    runMatrixUiBench: typeof runMatrixUiBench;
    seedOffice: typeof seedOffice;
  }
}
window.runBench = runBench;
window.runImportBench = runImportBench;
window.runPackageBench = runPackageBench;
window.runMatrixBench = runMatrixBench;
window.runMatrixUiBench = runMatrixUiBench;
window.seedOffice = seedOffice;
