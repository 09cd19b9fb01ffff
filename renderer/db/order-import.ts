import type { EntityTable, IDType } from 'dexie';
import { chunks } from '../../shared/chunks';
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

/**
 * Records prepared per write request. Writes run one chunk ahead of the preparation (writeAhead), so a
 * chunk is also how often progress is reported and a cancel is noticed.
 */
export const IMPORT_CHUNK = 1000;

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

type PlanToApply = Pick<ImportPlan, 'newCustomers' | 'newProducts' | 'orders' | 'stats'> &
  Partial<Pick<ImportPlan, 'rounded'>>;

/**
 * Writes in flight, one chunk deep: while IndexedDB writes chunk k, the caller stamps chunk k+1, then waits
 * for chunk k (not k+1) — the write queue never runs dry, and between chunks the page still paints the
 * progress and sees a click on Cancel. Each write's completion is reported in order.
 */
function writeAhead(report: (count: number, writing: ImportProgress['phase']) => void) {
  let previous: Promise<unknown> = Promise.resolve();
  // What is being written now: the phase of the newest chunk handed over.
  let writing: ImportProgress['phase'] = 'customers';
  return {
    async push(write: Promise<unknown>, phase: ImportProgress['phase'], count: number) {
      writing = phase;
      const prior = previous;
      previous = write.then(() => report(count, writing));
      // Awaited at the next push or at drain; until then a failure (e.g. the abort of a cancel) is not "unhandled".
      previous.catch(() => undefined);
      await prior;
    },
    drain: () => previous,
  };
}

/**
 * The records whose `index` holds one of `keys`. When the keys' span of the index holds few others (a
 * file imported again after a revert: its tombstones are that span), the span's records come in one
 * request; otherwise a keys-only cursor finds them, so a file new to this office
 * reads no record. Either way no cursor steps over records one round trip each.
 */
async function withKeys<R extends { id: string }>(
  table: EntityTable<R, 'id'>,
  index: keyof R & string,
  keys: readonly string[],
): Promise<R[]> {
  const wanted = [...new Set(keys)].sort();
  const [low, high] = [wanted[0], wanted.at(-1)];
  if (low === undefined || high === undefined) return [];
  const span = table.where(index).between(low, high, true, true);
  const inSpan = await span.count();
  // None (a file new to this office, or imported again after a revert that deleted it outright): the
  // span is not walked a second time.
  if (inSpan === 0) return [];
  const dense = inSpan <= 2 * wanted.length;
  const set = new Set(wanted);
  const wantedRow = (row: R | undefined): row is R =>
    row !== undefined && set.has(row[index] as unknown as string);
  // Dense: the whole span in one request (a get per id costs several times as much).
  if (dense) return (await span.toArray()).filter(wantedRow);
  const ids = (await table.where(index).anyOf(wanted).primaryKeys()) as IDType<R, 'id'>[];
  if (ids.length === 0) return [];
  return (await table.bulkGet(ids)).filter(wantedRow);
}

/** Rows by a unique key. */
const keyed = <R>(rows: readonly R[], key: (row: R) => string) => new Map(rows.map((row) => [key(row), row]));

/**
 * Write a planned import in one transaction: new customers, new products, the orders and a 'created'
 * event each, their aggregates, then the batch record. A tombstone left by a reverted import with the
 * same order number, customer code or SKU is brought back (the unique indexes keep deleted records); a
 * live record with one of them (entered since the dry run) aborts with ImportConflictError.
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
  // Every record the import stamps comes after it: a revert compares it with the last export (export-mark.ts).
  const firstRev = session.clock.next();
  const now = session.now();
  let done = 0;
  const checkpoint = () => {
    if (options.signal?.aborted) throw new ImportCancelledError();
  };
  checkpoint();
  const numbers = plan.orders.map((o) => storedOrderNumber(o.externalNumber) ?? o.externalNumber);

  return db.transaction('rw', importTables(session), async () => {
    const created: ImportBatch['created'] = { orders: [], events: [], customers: [], products: [] };
    const writes = writeAhead((count, phase) => {
      done += count;
      options.onProgress?.({ done, total, phase });
    });
    // Tombstones (and live records entered since the dry run) with the file's unique keys.
    const [oldCustomers, oldProducts, oldOrders] = await Promise.all([
      withKeys(
        db.customers,
        'code',
        plan.newCustomers.map((c) => c.code),
      ).then((rows) => keyed(rows, (c) => c.code)),
      withKeys(
        db.products,
        'sku',
        plan.newProducts.map((p) => p.sku),
      ).then((rows) => keyed(rows, (p) => p.sku)),
      withKeys(db.orders, 'number', numbers).then((rows) => keyed(rows, (o) => o.number)),
    ]);

    const customerIds = new Map<string, string>();
    const customers = repos.customers.bulkWriter();
    for (const chunk of chunks(plan.newCustomers, size)) {
      checkpoint();
      const fresh: Customer[] = [];
      const revived: Revival<Customer>[] = [];
      for (const { tempId, generatedCode: _g, sourceRows: _s, ...input } of chunk) {
        const old = oldCustomers.get(input.code);
        if (old && !old.deleted) throw new ImportConflictError('customers', input.code);
        const record = old ? revive(repos.customers, old, input, revived) : repos.customers.stampNew(input);
        if (!old) fresh.push(record);
        customerIds.set(tempId, record.id);
        created.customers.push({ id: record.id, rev: record.rev });
      }
      await writes.push(
        Promise.all([customers.add(fresh), customers.change(revived)]),
        'customers',
        chunk.length,
      );
    }

    const productIds = new Map<string, string>();
    const products = repos.products.bulkWriter();
    for (const chunk of chunks(plan.newProducts, size)) {
      checkpoint();
      const fresh: Product[] = [];
      const revived: Revival<Product>[] = [];
      for (const { tempId, generatedSku: _g, sourceRows: _s, ...input } of chunk) {
        const old = oldProducts.get(input.sku);
        if (old && !old.deleted) throw new ImportConflictError('products', input.sku);
        const record = old ? revive(repos.products, old, input, revived) : repos.products.stampNew(input);
        if (!old) fresh.push(record);
        productIds.set(tempId, record.id);
        created.products.push({ id: record.id, rev: record.rev });
      }
      await writes.push(
        Promise.all([products.add(fresh), products.change(revived)]),
        'products',
        chunk.length,
      );
    }

    const idOf = (ref: PlannedOrder['customerRef'], temp: Map<string, string>) => {
      if (ref.kind === 'existing') return ref.id;
      const id = temp.get(ref.tempId);
      if (!id) throw new Error(`import: plan refers to unknown ${ref.tempId}`);
      return id;
    };
    const note = (options.note ?? options.fileName).slice(0, 1000);
    const at = now.toISOString();
    const orders = repos.orders.bulkWriter();
    const events = repos.orderEvents.bulkWriter();
    let amount = 0;
    let lineCount = 0;

    for (const [c, chunk] of chunks(plan.orders, size).entries()) {
      checkpoint();
      const fresh: Order[] = [];
      const freshEvents: OrderEvent[] = [];
      const revived: Revival<Order>[] = [];
      for (const [i, planned] of chunk.entries()) {
        const number = numbers[c * size + i] as string;
        const input = orderInput(
          planned,
          number,
          {
            customerId: idOf(planned.customerRef, customerIds),
            productId: (line) => idOf(line.productRef, productIds),
          },
          at,
        );
        const old = oldOrders.get(number);
        if (old && !old.deleted) throw new ImportConflictError('orders', number);
        const order = old ? revive(repos.orders, old, input, revived) : repos.orders.stampNew(input);
        if (!old) fresh.push(order);
        const event = repos.orderEvents.stampNew({
          orderId: order.id,
          at,
          actor: session.identity.machineName,
          kind: 'created',
          from: null,
          to: 'submitted',
          note,
        });
        freshEvents.push(event);
        created.orders.push({
          id: order.id,
          rev: order.rev,
          number,
          ...(old ? { revived: true as const } : {}),
        });
        created.events.push(event.id);
        amount += order.total;
        lineCount += input.lines.length;
      }
      await writes.push(
        Promise.all([orders.add(fresh), orders.change(revived), events.add(freshEvents)]),
        'orders',
        chunk.length,
      );
    }
    await writes.drain();
    checkpoint();
    await Promise.all([customers.flush(), products.flush(), orders.flush(), events.flush()]);

    const batch: ImportBatch = {
      id: batchId,
      at,
      fileName: options.fileName,
      actor: session.identity.machineName,
      // One currency, or none when the file's orders were in several: their sum would mean nothing.
      currency:
        new Set(plan.orders.map((o) => o.currency)).size === 1 ? (plan.orders[0]?.currency ?? '') : '',
      counts: {
        orders: plan.orders.length,
        lines: lineCount,
        customers: plan.newCustomers.length,
        products: plan.newProducts.length,
        rejectedRows: plan.stats.rejectedRows,
        amount,
      },
      ...(plan.rounded?.length ? { rounding: { ...plan.stats.rounding, amounts: plan.rounded } } : {}),
      created,
      firstRev,
      revertedAt: null,
      kept: null,
    };
    await saveBatch(session, batch);
    return batch;
  });
}

type Revival<R> = [before: R, after: R];

/**
 * A tombstone with the same unique key, given the imported fields and brought back in one version: stamped
 * now, written with its chunk (one bulk write, not a get and a put per record).
 */
function revive<R, I>(
  repo: { stampChanges(changes: { existing: R; patch?: I; deleted: boolean }[]): [R, R][] },
  existing: R,
  input: I,
  into: Revival<R>[],
): R {
  const [pair] = repo.stampChanges([{ existing, patch: input, deleted: false }]);
  if (!pair) throw new Error('import: revive stamped nothing');
  into.push(pair);
  return pair[1];
}

/**
 * The order a planned order becomes: 'submitted', unassigned, no SLA due time (see the top of the file).
 * It entered this office's queue when imported (`receivedAt`), whatever date the file gives the order: the
 * team's processing time counts from then. Its milestones start afresh, also over an order deleted before.
 */
function orderInput(
  planned: PlannedOrder,
  number: string,
  refs: { customerId: string; productId: (line: PlannedOrder['lines'][number]) => string },
  receivedAt: string,
) {
  return {
    number,
    customerId: refs.customerId,
    status: 'submitted' as const,
    priority: planned.priority,
    assigneeId: null,
    lines: planned.lines.map((line) => ({
      productId: refs.productId(line),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discount: line.discount,
      ...(line.amount === undefined ? {} : { amount: line.amount }),
      ...(line.gross === undefined ? {} : { gross: line.gross }),
      taxRate: line.taxRate,
      priceOverrideReason: '',
    })),
    subtotal: planned.totals.subtotal,
    tax: planned.totals.tax,
    total: planned.totals.total,
    currency: planned.currency,
    orderedAt: importedOrderedAt(planned),
    requestedDate: planned.requestedDate,
    dueAt: null,
    invoiced: false,
    notes: planned.notes,
    milestones: { submittedAt: receivedAt, returns: 0, late: false },
  };
}
