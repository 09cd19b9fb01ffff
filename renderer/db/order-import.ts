import type { ImportPlan, PlannedOrder } from '../../shared/import/plan';
import type { Customer } from '../../shared/schema/customer';
import type { Order } from '../../shared/schema/order';
import type { OrderEvent } from '../../shared/schema/order-event';
import type { Product } from '../../shared/schema/product';
import { type ImportBatch, importTables, saveBatch } from './order-import-batches';
import { storedOrderNumber } from './order-import-plan';
import type { DataSession } from './session';

// "Import order lines": the dry run against this database (planOrderImport, order-import-plan.ts) and the
// write (applyOrderImport). Everything an import creates is written in ONE transaction and recorded as a batch
// in `meta` (order-import-batches.ts), so a cancel or an error leaves nothing behind and a finished import
// can be reverted exactly.
//
// Imported orders come from another system where they were already placed: they are saved as
// 'submitted' (in the queue, waiting for this office's validation), unassigned, with no SLA due time
// (the SLA clock of this office did not run while the order lived elsewhere), numbered with the file's
// own order number, ordered at the file's date and time read in this machine's time zone.

export * from './order-import-batches';
export * from './order-import-mapping';
export * from './order-import-plan';

/** Records written between two progress reports / cancel checks. */
export const IMPORT_CHUNK = 200;

export interface ImportProgress {
  /** Records written so far (customers + products + orders). */
  done: number;
  total: number;
  phase: 'customers' | 'products' | 'orders';
}

export interface ApplyOptions {
  /** Shown in the list of past imports. */
  fileName: string;
  /** Note of each order's 'created' event; the UI passes a translated "Imported from …"; default the file name. */
  note?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting it rolls the whole import back: ImportCancelledError is thrown and nothing is written. */
  signal?: AbortSignal;
  chunkSize?: number;
}

export class ImportCancelledError extends Error {
  constructor() {
    super('import cancelled; nothing was written');
    this.name = 'ImportCancelledError';
  }
}

/** The data changed between the dry run and the import (e.g. an order with that number was entered). */
export class ImportConflictError extends Error {
  constructor(
    readonly table: 'orders' | 'customers' | 'products',
    readonly key: string,
  ) {
    super(`import: ${table} ${key} already exists; run the dry run again`);
    this.name = 'ImportConflictError';
  }
}

/** The file's local date and time → an instant, read in this machine's time zone. */
export function importedOrderedAt(order: Pick<PlannedOrder, 'orderDate' | 'orderTime'>): string {
  const [y, m, d] = order.orderDate.split('-').map(Number);
  const [hh, mm, ss] = (order.orderTime ?? '00:00:00').split(':').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, ss ?? 0).toISOString();
}

type PlanToApply = Pick<ImportPlan, 'newCustomers' | 'newProducts' | 'orders' | 'stats'>;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Write a planned import in one transaction: new customers, new products, the orders and a 'created'
 * event each, then the batch record. A tombstone left by a reverted import with the same order number,
 * customer code or SKU is brought back (the unique indexes keep deleted records); a live record with one
 * of them (entered since the dry run) aborts with ImportConflictError.
 */
export async function applyOrderImport(
  session: DataSession,
  plan: PlanToApply,
  options: ApplyOptions,
): Promise<ImportBatch> {
  const { db, repos } = session;
  const size = Math.max(1, options.chunkSize ?? IMPORT_CHUNK);
  const total = plan.newCustomers.length + plan.newProducts.length + plan.orders.length;
  const batchId = crypto.randomUUID();
  const now = new Date();
  let done = 0;
  const checkpoint = () => {
    if (options.signal?.aborted) throw new ImportCancelledError();
  };
  const progress = (phase: ImportProgress['phase'], count: number) => {
    done += count;
    options.onProgress?.({ done, total, phase });
  };
  checkpoint();

  return db.transaction('rw', importTables(session), async () => {
    const created: ImportBatch['created'] = { orders: [], events: [], customers: [], products: [] };
    const customerIds = new Map<string, string>();
    const productIds = new Map<string, string>();

    for (const chunk of chunks(plan.newCustomers, size)) {
      checkpoint();
      const existing = await db.customers
        .where('code')
        .anyOf(chunk.map((c) => c.code))
        .toArray();
      const fresh: Customer[] = [];
      for (const { tempId, generatedCode: _g, sourceRows: _s, ...input } of chunk) {
        const old = existing.find((c) => c.code === input.code);
        if (old && !old.deleted) throw new ImportConflictError('customers', input.code);
        let record: Customer;
        if (old) {
          await repos.customers.update(old.id, input);
          record = await repos.customers.restore(old.id);
        } else {
          record = repos.customers.stampNew(input);
          fresh.push(record);
        }
        customerIds.set(tempId, record.id);
        created.customers.push({ id: record.id, rev: '' });
      }
      await repos.customers.bulkInsertStamped(fresh);
      progress('customers', chunk.length);
    }

    for (const chunk of chunks(plan.newProducts, size)) {
      checkpoint();
      const existing = await db.products
        .where('sku')
        .anyOf(chunk.map((p) => p.sku))
        .toArray();
      const fresh: Product[] = [];
      for (const { tempId, generatedSku: _g, sourceRows: _s, ...input } of chunk) {
        const old = existing.find((p) => p.sku === input.sku);
        if (old && !old.deleted) throw new ImportConflictError('products', input.sku);
        let record: Product;
        if (old) {
          await repos.products.update(old.id, input);
          record = await repos.products.restore(old.id);
        } else {
          record = repos.products.stampNew(input);
          fresh.push(record);
        }
        productIds.set(tempId, record.id);
        created.products.push({ id: record.id, rev: '' });
      }
      await repos.products.bulkInsertStamped(fresh);
      progress('products', chunk.length);
    }

    const idOf = (ref: PlannedOrder['customerRef'], temp: Map<string, string>) => {
      if (ref.kind === 'existing') return ref.id;
      const id = temp.get(ref.tempId);
      if (!id) throw new Error(`import: plan refers to unknown ${ref.tempId}`);
      return id;
    };
    const note = (options.note ?? options.fileName).slice(0, 1000);
    let amount = 0;
    let lineCount = 0;

    for (const chunk of chunks(plan.orders, size)) {
      checkpoint();
      const numbers = chunk.map((o) => storedOrderNumber(o.externalNumber) ?? o.externalNumber);
      const existing = await db.orders.where('number').anyOf(numbers).toArray();
      const fresh: Order[] = [];
      const events: OrderEvent[] = [];
      for (const [i, planned] of chunk.entries()) {
        const number = numbers[i] as string;
        const lines = planned.lines.map((line) => ({
          productId: idOf(line.productRef, productIds),
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          discount: line.discount,
          taxRate: line.taxRate,
          priceOverrideReason: '',
        }));
        const input = {
          number,
          customerId: idOf(planned.customerRef, customerIds),
          status: 'submitted' as const,
          priority: planned.priority,
          assigneeId: null,
          lines,
          subtotal: planned.totals.subtotal,
          tax: planned.totals.tax,
          total: planned.totals.total,
          currency: planned.currency,
          orderedAt: importedOrderedAt(planned),
          requestedDate: planned.requestedDate,
          dueAt: null,
          invoiced: false,
          notes: planned.notes,
        };
        const old = existing.find((o) => o.number === number);
        if (old && !old.deleted) throw new ImportConflictError('orders', number);
        let order: Order;
        if (old) {
          await repos.orders.update(old.id, input);
          order = await repos.orders.restore(old.id);
        } else {
          order = repos.orders.stampNew(input);
          fresh.push(order);
        }
        const event = repos.orderEvents.stampNew({
          orderId: order.id,
          at: now.toISOString(),
          actor: session.identity.machineName,
          kind: 'created',
          from: null,
          to: 'submitted',
          note,
        });
        events.push(event);
        created.orders.push({ id: order.id, rev: order.rev, number });
        created.events.push(event.id);
        amount += order.total;
        lineCount += lines.length;
      }
      await repos.orders.bulkInsertStamped(fresh);
      await repos.orderEvents.bulkInsertStamped(events);
      progress('orders', chunk.length);
    }
    checkpoint();

    // Revs as written (a revived record was stamped twice).
    const revs = async <R extends { id: string; rev: string }>(
      get: (ids: string[]) => Promise<(R | undefined)[]>,
      list: { id: string; rev: string }[],
    ) => {
      const rows = await get(list.map((x) => x.id));
      for (const [i, entry] of list.entries()) entry.rev = rows[i]?.rev ?? '';
    };
    await revs((ids) => db.customers.bulkGet(ids), created.customers);
    await revs((ids) => db.products.bulkGet(ids), created.products);

    const batch: ImportBatch = {
      id: batchId,
      at: now.toISOString(),
      fileName: options.fileName,
      actor: session.identity.machineName,
      currency: plan.orders[0]?.currency ?? '',
      counts: {
        orders: plan.orders.length,
        lines: lineCount,
        customers: plan.newCustomers.length,
        products: plan.newProducts.length,
        rejectedRows: plan.stats.rejectedRows,
        amount,
      },
      created,
      revertedAt: null,
      kept: null,
    };
    await saveBatch(session, batch);
    return batch;
  });
}
