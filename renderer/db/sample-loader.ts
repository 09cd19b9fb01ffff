import { type AggregateDeltas, addOrderDeltas } from '../../shared/rules/order-aggregates';
import { generateOffice, generateOrders, type SampleLanguage } from '../../shared/sample';
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

export interface SampleLoadResult {
  staff: number;
  duties: number;
  absences: number;
  skillChanges: number;
  customers: number;
  products: number;
  orders: number;
  orderEvents: number;
  goals: number;
  goalCheckIns: number;
  courses: number;
  trainingTemplates: number;
  trainingItems: number;
  trainingSessions: number;
  careerPlans: number;
}

/** Thrown when the database already has staff or orders: the sample never mixes with real data. */
export class SampleRefusedError extends Error {
  constructor() {
    super('The sample office can only be loaded into an empty database (no staff, no orders).');
    this.name = 'SampleRefusedError';
  }
}

type Written = { [T in keyof SampleLoadResult]: string[] };

/** The tables of the office itself (everything but orders), as the sample writes them. */
const officeTables = (db: DataSession['db']) => [
  db.staff,
  db.duties,
  db.absences,
  db.skillChanges,
  db.customers,
  db.products,
  db.goals,
  db.goalCheckIns,
  db.courses,
  db.trainingTemplates,
  db.trainingItems,
  db.trainingSessions,
  db.careerPlans,
];

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
  const office = generateOffice({ seed, idKey, language: options.language, asOf });
  const written: Written = {
    staff: [],
    duties: [],
    absences: [],
    skillChanges: [],
    customers: [],
    products: [],
    orders: [],
    orderEvents: [],
    goals: [],
    goalCheckIns: [],
    courses: [],
    trainingTemplates: [],
    trainingItems: [],
    trainingSessions: [],
    careerPlans: [],
  };
  const added: AggregateDeltas = new Map();
  const stamp = <I, R>(repo: { stampNew: (input: I, id: string) => R }, samples: readonly Sample<I>[]) =>
    samples.map((s) => repo.stampNew(s.input, s.id));

  signal?.throwIfAborted();
  onProgress?.(0);
  const officeRecords = {
    staff: stamp(repos.staff, office.staff),
    duties: stamp(repos.duties, office.duties),
    absences: stamp(repos.absences, office.absences),
    skillChanges: stamp(repos.skillChanges, office.skillChanges),
    customers: stamp(repos.customers, office.customers),
    products: stamp(repos.products, office.products),
    goals: stamp(repos.goals, office.goals),
    goalCheckIns: stamp(repos.goalCheckIns, office.goalCheckIns),
    courses: stamp(repos.courses, office.courses),
    trainingTemplates: stamp(repos.trainingTemplates, office.trainingTemplates),
    trainingItems: stamp(repos.trainingItems, office.trainingItems),
    trainingSessions: stamp(repos.trainingSessions, office.trainingSessions),
    careerPlans: stamp(repos.careerPlans, office.careerPlans),
  };
  await db.transaction('rw', [...officeTables(db), db.orders], async () => {
    if ((await db.staff.count()) > 0 || (await db.orders.count()) > 0) throw new SampleRefusedError();
    await repos.staff.bulkInsertStamped(officeRecords.staff);
    await repos.duties.bulkInsertStamped(officeRecords.duties);
    await repos.absences.bulkInsertStamped(officeRecords.absences);
    await repos.skillChanges.bulkInsertStamped(officeRecords.skillChanges);
    await repos.customers.bulkInsertStamped(officeRecords.customers);
    await repos.products.bulkInsertStamped(officeRecords.products);
    await repos.goals.bulkInsertStamped(officeRecords.goals);
    await repos.goalCheckIns.bulkInsertStamped(officeRecords.goalCheckIns);
    await repos.courses.bulkInsertStamped(officeRecords.courses);
    await repos.trainingTemplates.bulkInsertStamped(officeRecords.trainingTemplates);
    await repos.trainingItems.bulkInsertStamped(officeRecords.trainingItems);
    await repos.trainingSessions.bulkInsertStamped(officeRecords.trainingSessions);
    await repos.careerPlans.bulkInsertStamped(officeRecords.careerPlans);
  });
  for (const table of [
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
  ] as const) {
    written[table] = officeRecords[table].map((s) => s.id);
  }

  try {
    let done = 0;
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
      }
      for (const event of events) written.orderEvents.push(event.id);
      done += orders.length;
      onProgress?.(0.02 + (0.98 * done) / Math.max(1, total));
    }
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
  await db.transaction('rw', [...officeTables(db), db.orders, db.orderEvents, db.stats], async () => {
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
