import type { Customer } from '../../shared/schema/customer';
import type { Order } from '../../shared/schema/order';
import type { OrderEvent } from '../../shared/schema/order-event';
import type { Product } from '../../shared/schema/product';
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
  created: {
    orders: (CreatedRecord & { number: string })[];
    events: string[];
    customers: CreatedRecord[];
    products: CreatedRecord[];
  };
  /** ISO time of the revert, null while the import stands. */
  revertedAt: string | null;
  /** Customers and products a revert left in place because they were changed or are used by other orders. */
  kept: { customers: number; products: number } | null;
}

/** The list shown to the user: the batch without its id lists. */
export type ImportBatchSummary = Omit<ImportBatch, 'created'>;

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
    .map(({ created: _created, ...summary }) => summary)
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
 * soft-deleted through the repositories (tombstones travel to other machines; aggregates follow).
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

    const orders = await db.orders.bulkGet(batch.created.orders.map((o) => o.id));
    const changed = batch.created.orders.filter((entry, i) => {
      const order = orders[i];
      return !order || order.deleted || order.rev !== entry.rev;
    });
    if (changed.length > 0)
      throw new ImportRevertError(
        'changed_since_import',
        changed.map((o) => o.number),
      );

    // One bulk write per table: a remove per record would pay a get, a put and a stats write each.
    await repos.orders.bulkRemove(orders as Order[]);
    const events = await db.orderEvents.bulkGet(batch.created.events);
    await repos.orderEvents.bulkRemove(events.filter((e): e is OrderEvent => e !== undefined && !e.deleted));

    const mine = new Set(batch.created.orders.map((o) => o.id));
    // Another live order using a customer or product keeps it. The index gives order ids alone (no
    // record is read); only ids not of this import — other orders, or tombstones of earlier reverts —
    // are read, to skip the deleted ones.
    const usedByOthers = async (users: readonly string[][]) => {
      const foreign = [...new Set(users.flat().filter((id) => !mine.has(id)))];
      const rows = await db.orders.bulkGet(foreign);
      return new Set(rows.flatMap((o) => (o && !o.deleted ? [o.id] : [])));
    };

    const customerRows = await db.customers.bulkGet(batch.created.customers.map((c) => c.id));
    const customerUsers = await Promise.all(
      batch.created.customers.map((entry) =>
        db.orders
          .where('[customerId+orderedAt]')
          .between([entry.id, ''], [entry.id, '\uffff'], true, true)
          .primaryKeys(),
      ),
    );
    const liveCustomerUsers = await usedByOthers(customerUsers);
    const removeCustomers: Customer[] = [];
    let keptCustomers = 0;
    for (const [i, entry] of batch.created.customers.entries()) {
      const customer = customerRows[i];
      if (!customer || customer.deleted) continue;
      const used = (customerUsers[i] ?? []).some((id) => liveCustomerUsers.has(id));
      if (customer.rev !== entry.rev || used) keptCustomers++;
      else removeCustomers.push(customer);
    }
    await repos.customers.bulkRemove(removeCustomers);

    const productRows = await db.products.bulkGet(batch.created.products.map((p) => p.id));
    const productUsers = await Promise.all(
      batch.created.products.map((entry) => db.orders.where('productIds').equals(entry.id).primaryKeys()),
    );
    const liveProductUsers = await usedByOthers(productUsers);
    const removeProducts: Product[] = [];
    let keptProducts = 0;
    for (const [i, entry] of batch.created.products.entries()) {
      const product = productRows[i];
      if (!product || product.deleted) continue;
      const used = (productUsers[i] ?? []).some((id) => liveProductUsers.has(id));
      if (product.rev !== entry.rev || used) keptProducts++;
      else removeProducts.push(product);
    }
    await repos.products.bulkRemove(removeProducts);
    const customers = removeCustomers.length;
    const products = removeProducts.length;

    const kept = { customers: keptCustomers, products: keptProducts };
    await saveBatch(session, { ...batch, revertedAt: new Date().toISOString(), kept });
    return { orders: batch.created.orders.length, customers, products, kept };
  });
}
