import Dexie, { type EntityTable, type IDType } from 'dexie';
import type { RoundedAmount } from '../../shared/import/rounding';
import type { Customer } from '../../shared/schema/customer';
import type { Order } from '../../shared/schema/order';
import type { OrderEvent } from '../../shared/schema/order-event';
import type { Product } from '../../shared/schema/product';
import { mayHaveLeft } from './export-mark';
import type { DataSession } from './session';

// The record of each finished import (meta key `import:<id>`): when, which file, the counts and the id
// and rev of every record it created, so it can be listed and reverted exactly. Part of order-import.ts.

export interface CreatedRecord {
  id: string;
  /** The record's rev right after the import: a different rev now means someone changed it since. */
  rev: string;
}

export interface ImportBatch {
  id: string;
  /** ISO time of the import. */
  at: string;
  fileName: string;
  /** Machine name of who imported. */
  actor: string;
  currency: string;
  counts: {
    orders: number;
    lines: number;
    customers: number;
    products: number;
    rejectedRows: number;
    /** Sum of the orders' totals, minor units. */
    amount: number;
  };
  /**
   * Amounts the file gave with more decimals than the currency: the file's exact value beside what was
   * stored, and the count and signed total difference. Absent on imports made before amounts were rounded.
   */
  rounding?: { count: number; difference: string; amounts: RoundedAmount[] };
  created: {
    /**
     * `revived`: the order was a tombstone brought back (its id may be in packages, so a revert must leave
     * a tombstone again). Released versions that did not note it did not note `firstRev` either, so
     * their imports always leave tombstones.
     */
    orders: (CreatedRecord & { number: string; revived?: true })[];
    events: string[];
    customers: CreatedRecord[];
    products: CreatedRecord[];
  };
  /**
   * This machine's clock just before the import stamped its first record. Absent on imports made before
   * exports were noted (export-mark.ts): their records may be in a package, so a revert leaves tombstones.
   */
  firstRev?: string;
  /** ISO time of the revert, null while the import stands. */
  revertedAt: string | null;
  /** Customers and products a revert left in place because they were changed or are used by other orders. */
  kept: { customers: number; products: number } | null;
}

/** The list shown to the user: the batch without its id lists. */
export type ImportBatchSummary = Omit<ImportBatch, 'created' | 'rounding'>;

const PREFIX = 'import:';
const keyOf = (id: string) => `${PREFIX}${id}`;

/** Every table an import or a revert writes. */
export const importTables = (session: DataSession) => {
  const { db } = session;
  return [db.customers, db.products, db.orders, db.orderEvents, db.stats, db.meta];
};

export async function saveBatch(session: DataSession, batch: ImportBatch): Promise<void> {
  await session.db.meta.put({ key: keyOf(batch.id), value: batch });
}

const isBatch = (value: unknown): value is ImportBatch =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ImportBatch).id === 'string' &&
  typeof (value as ImportBatch).at === 'string' &&
  typeof (value as ImportBatch).created === 'object';

/** Past imports of this machine, newest first. */
export async function listOrderImports(session: DataSession): Promise<ImportBatchSummary[]> {
  const rows = await session.db.meta.where('key').startsWith(PREFIX).toArray();
  return rows
    .map((row) => row.value)
    .filter(isBatch)
    .map(({ created: _created, rounding: _rounding, ...summary }) => summary)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export class ImportRevertError extends Error {
  constructor(
    readonly code: 'not_found' | 'already_reverted' | 'changed_since_import',
    /** For 'changed_since_import': the numbers of the orders changed (or deleted) since the import. */
    readonly orders: readonly string[] = [],
  ) {
    super(`revert: ${code}${orders.length > 0 ? ` (${orders.join(', ')})` : ''}`);
    this.name = 'ImportRevertError';
  }
}

export interface RevertResult {
  orders: number;
  customers: number;
  products: number;
  /** Customers and products left in place: changed since the import, or used by orders of others. */
  kept: { customers: number; products: number };
}

/**
 * Undo an import in one transaction: its orders and their events, then its customers and products, are
 * soft-deleted through the repositories (tombstones travel to other machines; aggregates follow) — or,
 * for orders and events no package written here can hold, deleted outright.
 * Refuses, changing nothing, when any of its orders was changed or deleted since (ImportRevertError with
 * their numbers). A customer or product that was changed since, or that another order uses, is kept.
 */
export async function revertOrderImport(session: DataSession, batchId: string): Promise<RevertResult> {
  const { db, repos } = session;
  return db.transaction('rw', importTables(session), async () => {
    const row = await db.meta.get(keyOf(batchId));
    const batch = row?.value;
    if (!isBatch(batch)) throw new ImportRevertError('not_found');
    if (batch.revertedAt) throw new ImportRevertError('already_reverted');

    const customerIds = batch.created.customers.map((c) => c.id);
    const productIds = batch.created.products.map((p) => p.id);
    const orderRevs = revRange(batch.created.orders);
    // Every read is asked for at once (IndexedDB runs them back to back, with no round trip between).
    // The records come by their revs: one import stamped them one after the other, so each table's are
    // one range of its `rev` index, read in one request instead of a get per id. Which orders use the
    // import's customers and products comes from the indexes alone, one key request per customer and
    // product: ids, no record read.
    const [orders, events, customerRows, productRows, customerUsers, productUsers] = await Promise.all([
      storedByRev(
        db.orders,
        batch.created.orders.map((o) => o.id),
        orderRevs,
      ),
      // Each 'created' event was stamped right after its order: all but the last are in the orders' range.
      storedByRev(db.orderEvents, batch.created.events, orderRevs),
      storedByRev(db.customers, customerIds, revRange(batch.created.customers)),
      storedByRev(db.products, productIds, revRange(batch.created.products)),
      usersOf(customerIds, (id) =>
        db.orders.where('[customerId+orderedAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]),
      ),
      usersOf(productIds, (id) => db.orders.where('productIds').equals(id)),
    ]);
    const changed = batch.created.orders.filter((entry, i) => {
      const order = orders[i];
      return !order || order.deleted || order.rev !== entry.rev;
    });
    if (changed.length > 0)
      throw new ImportRevertError(
        'changed_since_import',
        changed.map((o) => o.number),
      );

    // Another live order using a customer or product keeps it. Only the orders not of this import — other
    // orders, or tombstones of earlier reverts — are read, to skip the deleted ones.
    const mine = new Set(batch.created.orders.map((o) => o.id));
    const foreign = [
      ...new Set([...customerUsers.values(), ...productUsers.values()].flat().filter((id) => !mine.has(id))),
    ];
    const live = new Set((await db.orders.bulkGet(foreign)).flatMap((o) => (o && !o.deleted ? [o.id] : [])));
    const usedByOthers = (users: Map<string, string[]>, id: string) =>
      (users.get(id) ?? []).some((user) => live.has(user));

    const removeCustomers: Customer[] = [];
    let keptCustomers = 0;
    for (const [i, entry] of batch.created.customers.entries()) {
      const customer = customerRows[i];
      if (!customer || customer.deleted) continue;
      if (customer.rev !== entry.rev || usedByOthers(customerUsers, entry.id)) keptCustomers++;
      else removeCustomers.push(customer);
    }
    const removeProducts: Product[] = [];
    let keptProducts = 0;
    for (const [i, entry] of batch.created.products.entries()) {
      const product = productRows[i];
      if (!product || product.deleted) continue;
      if (product.rev !== entry.rev || usedByOthers(productUsers, entry.id)) keptProducts++;
      else removeProducts.push(product);
    }

    // Orders the import created and events it wrote that no package can hold are deleted outright: no
    // other machine needs a tombstone, and a tombstone costs a revert as much as the import's write, and
    // the next import of the file (which brings it back) twice that. An order it revived keeps a
    // tombstone (its id is older than the import, and other machines or an earlier deleted event may know
    // it), and so do customers and products: an order deleted earlier may still refer to one, and a
    // package must hold what its orders refer to.
    const purge = !(await mayHaveLeft(db, batch.firstRev));
    const [purged, removed] = purge
      ? partition(orders as Order[], (_, i) => !batch.created.orders[i]?.revived)
      : [[], orders as Order[]];
    const liveEvents = events.filter((e): e is OrderEvent => e !== undefined && !e.deleted);
    // One bulk write per table, all asked for at once: a remove per record would pay a get, a put and a
    // stats write each. Only orders feed aggregates; their two writes run one after the other, not racing
    // on `stats`.
    await Promise.all([
      repos.orders.bulkPurge(purged).then(() => repos.orders.bulkRemove(removed)),
      // Every event the import wrote is its own (new ids), so none is in a package when none can be.
      purge ? repos.orderEvents.bulkPurge(liveEvents) : repos.orderEvents.bulkRemove(liveEvents),
      repos.customers.bulkRemove(removeCustomers),
      repos.products.bulkRemove(removeProducts),
    ]);
    const customers = removeCustomers.length;
    const products = removeProducts.length;

    const kept = { customers: keptCustomers, products: keptProducts };
    await saveBatch(session, { ...batch, revertedAt: new Date().toISOString(), kept });
    return { orders: batch.created.orders.length, customers, products, kept };
  });
}

/** The lowest and highest rev of an import's records: one import stamped them one after the other. */
function revRange(created: readonly CreatedRecord[]): [low: string, high: string] | null {
  const first = created[0];
  if (!first) return null;
  let [low, high] = [first.rev, first.rev];
  for (const { rev } of created) {
    if (rev < low) low = rev;
    if (rev > high) high = rev;
  }
  return [low, high];
}

/**
 * The stored versions of records by id (aligned with `ids`), read as one range of the `rev` index where
 * they were stamped: one request instead of a get per id. A record not in the range was changed since (its
 * rev moved) or is gone; those few are read by id, so the caller sees exactly what is stored.
 */
async function storedByRev<R extends { id: string; rev: string }>(
  table: EntityTable<R, 'id'>,
  ids: readonly string[],
  range: [low: string, high: string] | null,
): Promise<(R | undefined)[]> {
  if (ids.length === 0) return [];
  const found = new Map<string, R>();
  if (range)
    for (const row of await table.where('rev').between(range[0], range[1], true, true).toArray())
      found.set(row.id, row);
  const missing = ids.filter((id) => !found.has(id)).map((id) => id as IDType<R, 'id'>);
  if (missing.length > 0) for (const row of await table.bulkGet(missing)) if (row) found.set(row.id, row);
  return ids.map((id) => found.get(id));
}

/** For each id, the primary keys of the orders an index query finds for it: the index's keys, no record. */
async function usersOf(
  ids: readonly string[],
  query: (id: string) => { primaryKeys(): Promise<unknown[]> },
): Promise<Map<string, string[]>> {
  const keys = await Promise.all(ids.map((id) => query(id).primaryKeys()));
  const users = new Map<string, string[]>();
  for (const [i, id] of ids.entries()) {
    const found = keys[i] ?? [];
    if (found.length > 0) users.set(id, found.map(String));
  }
  return users;
}

/** Records split by a test: those that pass, then the others. */
function partition<T>(items: readonly T[], test: (item: T, index: number) => boolean): [T[], T[]] {
  const pass: T[] = [];
  const fail: T[] = [];
  for (const [i, item] of items.entries()) (test(item, i) ? pass : fail).push(item);
  return [pass, fail];
}
