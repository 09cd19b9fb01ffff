import type { RoundedAmount } from '../../shared/import/rounding';
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

    for (const entry of batch.created.orders) await repos.orders.remove(entry.id);
    const events = await db.orderEvents.bulkGet(batch.created.events);
    for (const event of events) if (event && !event.deleted) await repos.orderEvents.remove(event.id);

    const mine = new Set(batch.created.orders.map((o) => o.id));
    const usedElsewhere = (ids: readonly string[]) => ids.some((id) => !mine.has(id));

    let customers = 0;
    let keptCustomers = 0;
    const customerRows = await db.customers.bulkGet(batch.created.customers.map((c) => c.id));
    for (const [i, entry] of batch.created.customers.entries()) {
      const customer = customerRows[i];
      if (!customer || customer.deleted) continue;
      const users = await db.orders
        .where('[customerId+orderedAt]')
        .between([entry.id, ''], [entry.id, '\uffff'], true, true)
        .filter((o) => !o.deleted)
        .primaryKeys();
      if (customer.rev !== entry.rev || usedElsewhere(users)) {
        keptCustomers++;
        continue;
      }
      await repos.customers.remove(entry.id);
      customers++;
    }

    let products = 0;
    let keptProducts = 0;
    const productRows = await db.products.bulkGet(batch.created.products.map((p) => p.id));
    for (const [i, entry] of batch.created.products.entries()) {
      const product = productRows[i];
      if (!product || product.deleted) continue;
      const users = await db.orders
        .where('productIds')
        .equals(entry.id)
        .filter((o) => !o.deleted)
        .primaryKeys();
      if (product.rev !== entry.rev || usedElsewhere(users)) {
        keptProducts++;
        continue;
      }
      await repos.products.remove(entry.id);
      products++;
    }

    const kept = { customers: keptCustomers, products: keptProducts };
    await saveBatch(session, { ...batch, revertedAt: new Date().toISOString(), kept });
    return { orders: batch.created.orders.length, customers, products, kept };
  });
}
