import { type AggregateDeltas, addOrderDeltas } from '../../shared/rules/order-aggregates';
import { newSecret, responseProof } from '../../shared/rules/reviews';
import {
  type ComplaintOrder,
  generateOffice,
  generateOrders,
  generateRoutines,
  type SampleLanguage,
  type SampleOffice,
} from '../../shared/sample';
import type { Sample } from '../../shared/sample/types';
import type { DataSession } from './session';

/** Orders in the sample office the app offers at first run and in settings. */
export const sampleOfficeSize = 3_000;

/**
 * The seed of the sample office: everyone who loads it gets the same office (names, numbers, orders) —
 * under ids of their own, mixed from the install's device id, so two PCs that each loaded it do not
 * meet as one office with every record in conflict. A second PC starts empty and imports a package.
 */
export const sampleOfficeSeed = 20_261_128;

const ORDERS_PER_TRANSACTION = 500;

export interface SampleLoadOptions {
  language: SampleLanguage;
  orders?: number;
  /** "Today" for the sample: orders span the two years before it. */
  asOf?: Date;
  seed?: number;
  /** Mixed into every id; by default this install's device id. */
  idKey?: string;
  /** Fraction done, 0 … 1. */
  onProgress?: (fraction: number) => void;
  /** Cancelling removes what was already written. */
  signal?: AbortSignal;
}

/** The tables of the office itself (everything but orders), in the order the sample writes them. */
const officeTableNames = [
  'staff',
  'duties',
  'absences',
  'skillChanges',
  'customers',
  'products',
  'goals',
  'goalCheckIns',
  'courses',
  'trainingTemplates',
  'trainingItems',
  'trainingSessions',
  'careerPlans',
  'reviewTemplates',
  'reviewCycles',
  'reviews',
  'feedbackRequests',
  'feedbackResponses',
  'rewards',
] as const;
type OfficeTable = (typeof officeTableNames)[number];

/** The routines' tables, written after the orders (the sample's customer complaint is about one of them). */
const routineTableNames = [
  'meetingSchedules',
  'meetings',
  'actionItems',
  'risks',
  'incidents',
  'pdcaCycles',
  'sops',
  'sopVersions',
  'sopAcks',
  'teamEvents',
  'coreValues',
  'recognitions',
  'careRecords',
  'absenceDetails',
] as const;
type RoutineTable = (typeof routineTableNames)[number];

/** Records written per table. */
export type SampleLoadResult = Record<OfficeTable | RoutineTable | 'orders' | 'orderEvents', number>;

/** Thrown when the database already has staff or orders: the sample never mixes with real data. */
export class SampleRefusedError extends Error {
  constructor() {
    super('The sample office can only be loaded into an empty database (no staff, no orders).');
    this.name = 'SampleRefusedError';
  }
}

type Written = { [T in keyof SampleLoadResult]: string[] };

const officeTables = (db: DataSession['db']) => officeTableNames.map((table) => db[table]);
const routineTables = (db: DataSession['db']) => routineTableNames.map((table) => db[table]);

/** A week is long enough for a customer to notice what was wrong with an order. */
const COMPLAINT_AFTER_DAYS = 7;

/**
 * The sample's feedback requests get secrets of this install's own (random, never from the seed), and
 * its answers the proofs under them.
 */
async function sealFeedback(office: SampleOffice): Promise<SampleOffice> {
  const secrets = new Map(office.feedbackRequests.map((r) => [r.id, newSecret()]));
  const feedbackRequests = office.feedbackRequests.map((r) => ({
    ...r,
    input: { ...r.input, secret: secrets.get(r.id) as string },
  }));
  const feedbackResponses = await Promise.all(
    office.feedbackResponses.map(async (r) => ({
      ...r,
      input: {
        ...r.input,
        proof: await responseProof(
          secrets.get(r.input.requestId) as string,
          r.input.requestId,
          r.input.ratings,
          r.input.answers,
        ),
      },
    })),
  );
  return { ...office, feedbackRequests, feedbackResponses };
}

/**
 * Write the generated sample office through the repositories (validated and stamped like any record),
 * one transaction per batch. On an error or a cancel, what was written is taken out again.
 */
export async function loadSampleOffice(
  session: DataSession,
  options: SampleLoadOptions,
): Promise<SampleLoadResult> {
  const { db, repos, identity } = session;
  const { signal, onProgress } = options;
  const asOf = options.asOf ?? new Date();
  const seed = options.seed ?? sampleOfficeSeed;
  const total = options.orders ?? sampleOfficeSize;
  const idKey = options.idKey ?? identity.deviceId;
  const office = await sealFeedback(generateOffice({ seed, idKey, language: options.language, asOf }));
  const written = Object.fromEntries(
    [...officeTableNames, ...routineTableNames, 'orders', 'orderEvents'].map((table) => [
      table,
      [] as string[],
    ]),
  ) as Written;
  const added: AggregateDeltas = new Map();
  const stamp = <I, R>(repo: { stampNew: (input: I, id: string) => R }, samples: readonly Sample<I>[]) =>
    samples.map((s) => repo.stampNew(s.input, s.id));

  signal?.throwIfAborted();
  onProgress?.(0);
  // Each table's records stamped (validated) before anything is written.
  const officeRecords = officeTableNames.map((table) => {
    const repo = repos[table] as unknown as { stampNew: (input: unknown, id: string) => { id: string } };
    return [table, stamp(repo, office[table] as Sample<unknown>[])] as const;
  });
  await db.transaction('rw', [...officeTables(db), db.orders], async () => {
    if ((await db.staff.count()) > 0 || (await db.orders.count()) > 0) throw new SampleRefusedError();
    for (const [table, records] of officeRecords)
      await (
        repos[table] as unknown as { bulkInsertStamped: (r: readonly object[]) => Promise<void> }
      ).bulkInsertStamped(records);
  });
  for (const [table, records] of officeRecords) written[table] = records.map((r) => r.id);

  try {
    let done = 0;
    // The sample's complaint is about the last order completed a week or more ago.
    const complainedBefore = new Date(asOf.getTime() - COMPLAINT_AFTER_DAYS * 86_400_000).toISOString();
    let complained: ComplaintOrder | null = null;
    onProgress?.(total === 0 ? 1 : 0.02);
    const batches = generateOrders(office, {
      seed,
      count: total,
      asOf,
      prefix: identity.orderPrefix,
      batchSize: ORDERS_PER_TRANSACTION,
    });
    for (const batch of batches) {
      signal?.throwIfAborted();
      const orders = stamp(repos.orders, batch.orders);
      const events = stamp(repos.orderEvents, batch.events);
      await db.transaction('rw', [db.orders, db.orderEvents, db.stats], async () => {
        await repos.orders.bulkInsertStamped(orders);
        await repos.orderEvents.bulkInsertStamped(events);
      });
      for (const order of orders) {
        addOrderDeltas(added, null, order);
        written.orders.push(order.id);
        if (order.status === 'completed' && order.orderedAt < complainedBefore)
          complained = { id: order.id, customerId: order.customerId, assigneeId: order.assigneeId };
      }
      for (const event of events) written.orderEvents.push(event.id);
      done += orders.length;
      onProgress?.(0.02 + (0.97 * done) / Math.max(1, total));
    }
    signal?.throwIfAborted();
    const routines = generateRoutines(office, complained);
    const routineRecords = routineTableNames.map((table) => {
      const repo = repos[table] as unknown as { stampNew: (input: unknown, id: string) => { id: string } };
      return [table, stamp(repo, routines[table] as Sample<unknown>[])] as const;
    });
    await db.transaction('rw', routineTables(db), async () => {
      for (const [table, records] of routineRecords)
        await (
          repos[table] as unknown as { bulkInsertStamped: (r: readonly object[]) => Promise<void> }
        ).bulkInsertStamped(records);
    });
    for (const [table, records] of routineRecords) written[table] = records.map((r) => r.id);
  } catch (error) {
    await takeOut(session, written, added);
    throw error;
  }
  onProgress?.(1);
  return Object.fromEntries(
    Object.entries(written).map(([table, ids]) => [table, ids.length]),
  ) as unknown as SampleLoadResult;
}

/**
 * Remove a partly loaded sample: the records (hard delete: they never existed for anyone else) and their
 * share of the order aggregates, in one transaction.
 */
async function takeOut({ db }: DataSession, written: Written, added: AggregateDeltas): Promise<void> {
  const tables = [...officeTables(db), ...routineTables(db), db.orders, db.orderEvents, db.stats];
  await db.transaction('rw', tables, async () => {
    for (const table of Object.keys(written) as (keyof Written)[]) await db[table].bulkDelete(written[table]);
    const keys = [...added.keys()];
    const rows = await db.stats.bulkGet(keys);
    const left = keys.map((key, i) => {
      const delta = added.get(key) as { count: number; amount: number };
      return {
        key,
        count: (rows[i]?.count ?? 0) - delta.count,
        amount: (rows[i]?.amount ?? 0) - delta.amount,
      };
    });
    await db.stats.bulkPut(left.filter((row) => row.count !== 0 || row.amount !== 0));
    await db.stats.bulkDelete(
      left.filter((row) => row.count === 0 && row.amount === 0).map((row) => row.key),
    );
  });
}
