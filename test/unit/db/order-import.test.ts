import { describe, expect, it } from 'vitest';
import { markExport } from '../../../renderer/db/export-mark';
import { applyOrderAction } from '../../../renderer/db/order-commands';
import {
  applyOrderImport,
  ImportCancelledError,
  ImportRevertError,
  importedOrderedAt,
  listOrderImports,
  loadImportMapping,
  type OrderImportPlan,
  planOrderImport,
  rememberImportMapping,
  revertOrderImport,
} from '../../../renderer/db/order-import';
import { queueCount, statusCounts } from '../../../renderer/db/order-queries';
import type { DataSession } from '../../../renderer/db/session';
import enImport from '../../../renderer/features/orders/import/locales/en.json';
import zhImport from '../../../renderer/features/orders/import/locales/zh-CN.json';
import { autoMatchColumns, importFields } from '../../../shared/import/columns';
import { importErrorCodes } from '../../../shared/import/errors';
import { valueReasons } from '../../../shared/import/parsed';
import { planReasons, planWarnings } from '../../../shared/import/plan-types';
import { readImportFile } from '../../../shared/import/read-file';
import { Refusal } from '../../../shared/refusal';
import { dayKey } from '../../../shared/rules/order-aggregates';
import { fixture } from '../import/fixtures';
import { customerInput, freshSession } from './fixtures';

async function planFile(session: DataSession, name: string): Promise<OrderImportPlan> {
  const table = await readImportFile(name, fixture(name));
  return planOrderImport(
    session,
    {
      headers: table.headers,
      rows: table.rows,
      mapping: autoMatchColumns(table.headers),
      dateOrder: 'ymd',
    },
    '2026-11-30',
  );
}

/** Every table's rows, sorted by key: equal snapshots mean nothing was written. */
async function snapshot(session: DataSession): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of session.db.tables) {
    const rows = await table.toArray();
    const key = (row: Record<string, unknown>) => String(row.id ?? row.key);
    out[table.name] = rows.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  }
  return JSON.stringify(out);
}

async function gbkImport() {
  const session = await freshSession();
  // One customer is already known: the file's rows for it must use this record.
  const known = await session.repos.customers.create(
    customerInput({ code: 'C-001', name: '北京华联商贸有限公司' }),
  );
  const plan = await planFile(session, 'gbk-orders.csv');
  return { session, known, plan };
}

describe('applyOrderImport', () => {
  it('imports the planned GBK file with the right counts, totals, events and aggregates', async () => {
    const { session, known, plan } = await gbkImport();
    expect(plan.stats).toMatchObject({
      orders: 3,
      lines: 4,
      newCustomers: 2,
      newProducts: 4,
      rejectedRows: 0,
    });
    const steps: number[] = [];
    const batch = await applyOrderImport(session, plan, {
      fileName: 'gbk-orders.csv',
      note: 'Imported from gbk-orders.csv',
      chunkSize: 2,
      onProgress: (p) => steps.push(p.done),
    });
    expect(steps.at(-1)).toBe(2 + 4 + 3);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));

    const { db } = session;
    const orders = await db.orders.orderBy('number').toArray();
    expect(orders.map((o) => o.number)).toEqual(['SO-2026-001', 'SO-2026-002', 'SO-2026-003']);
    const first = orders[0];
    // 10 × 25.50 + 2 × 1,080.00 = 2,415.00, 13 % tax = 313.95.
    expect(first).toMatchObject({
      customerId: known.id,
      status: 'submitted',
      assigneeId: null,
      dueAt: null,
      subtotal: 241_500,
      tax: 31_395,
      total: 272_895,
      currency: 'CNY',
      orderedAt: new Date(2026, 10, 28).toISOString(),
    });
    expect(first?.lines.map((l) => [l.quantity, l.unitPrice])).toEqual([
      [10, 2550],
      [2, 108_000],
    ]);
    expect(await db.customers.count()).toBe(3);
    expect(await db.products.count()).toBe(4);
    const events = await db.orderEvents.toArray();
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.kind === 'created' && e.to === 'submitted')).toBe(true);
    expect(events[0]?.note).toBe('Imported from gbk-orders.csv');

    const counts = await statusCounts(db);
    expect(counts.submitted).toBe(3);
    expect(await queueCount(db, { kind: 'unassigned' })).toBe(3);
    const amount = orders.reduce((sum, o) => sum + o.total, 0);
    const day28 = await db.stats.get(dayKey(new Date(2026, 10, 28).toISOString()));
    const day29 = await db.stats.get(dayKey(new Date(2026, 10, 29).toISOString()));
    expect((day28?.count ?? 0) + (day29?.count ?? 0)).toBe(3);
    expect((day28?.amount ?? 0) + (day29?.amount ?? 0)).toBe(amount);
    expect(day29?.count).toBe(1);

    expect(batch.counts).toEqual({
      orders: 3,
      lines: 4,
      customers: 2,
      products: 4,
      rejectedRows: 0,
      amount,
    });
    const list = await listOrderImports(session);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: batch.id, fileName: 'gbk-orders.csv', revertedAt: null });
  });

  it('reads the order date and time in the local time zone', () => {
    expect(importedOrderedAt({ orderDate: '2026-11-29', orderTime: '09:30:00' })).toBe(
      new Date(2026, 10, 29, 9, 30).toISOString(),
    );
  });

  it('a cancel after the first chunk leaves every table unchanged', async () => {
    const { session, plan } = await gbkImport();
    const before = await snapshot(session);
    const controller = new AbortController();
    await expect(
      applyOrderImport(session, plan, {
        fileName: 'gbk-orders.csv',
        chunkSize: 1,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    ).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await snapshot(session)).toBe(before);
  });

  it('an error in a late chunk leaves every table unchanged', async () => {
    const { session, plan } = await gbkImport();
    const before = await snapshot(session);
    const broken = structuredClone(plan);
    const last = broken.orders.at(-1);
    if (last?.lines[0]) last.lines[0].quantity = -1;
    await expect(
      applyOrderImport(session, broken, { fileName: 'gbk-orders.csv', chunkSize: 1 }),
    ).rejects.toBeInstanceOf(Refusal);
    expect(await snapshot(session)).toBe(before);
  });

  it('re-importing the same file creates nothing: every order already exists', async () => {
    const { session, plan } = await gbkImport();
    await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    const again = await planFile(session, 'gbk-orders.csv');
    expect(again.stats).toMatchObject({ orders: 0, newCustomers: 0, newProducts: 0, rejectedRows: 4 });
    expect(new Set(again.rejected.map((r) => r.reason))).toEqual(new Set(['order_exists']));
  });

  it('refuses an order number this app cannot store, with its rows, and creates nothing for it', async () => {
    const session = await freshSession();
    const headers = ['订单号', '客户名称', '产品名称', '数量', '单价'];
    const rows = [
      { row: 2, cells: ['订单#1', '甲公司', '纸巾', '1', '3.00'] },
      { row: 3, cells: ['OK-1', '乙公司', '纸杯', '2', '0.50'] },
    ];
    const plan = await planOrderImport(session, {
      headers,
      rows,
      mapping: autoMatchColumns(headers),
      dateOrder: 'ymd',
    });
    expect(plan.rejected).toEqual([
      { row: 2, column: '订单号', field: 'orderNumber', reason: 'order_number_format', value: '订单#1' },
    ]);
    expect(plan.stats).toMatchObject({ orders: 1, newCustomers: 1, newProducts: 1, rejectedRows: 1 });
    expect(plan.newCustomers.map((c) => c.name)).toEqual(['乙公司']);
  });
});

// These reverts follow a package written after the import (`shared`), so they leave tombstones for other
// machines; order-import-revert.test.ts has the revert of an import no package holds.
const shared = (session: DataSession) => markExport(session.db, session.clock);

describe('revertOrderImport', () => {
  it('removes exactly what the import created and puts the aggregates back', async () => {
    const { session, known, plan } = await gbkImport();
    const statsBefore = await session.db.stats.toArray();
    const batch = await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    await shared(session);
    const result = await revertOrderImport(session, batch.id);
    expect(result).toEqual({ orders: 3, customers: 2, products: 4, kept: { customers: 0, products: 0 } });

    const { db } = session;
    expect(await db.orders.count()).toBe(3);
    expect((await db.orders.toArray()).every((o) => o.deleted)).toBe(true);
    // Tombstones are in no queue index: no view, count or product search meets them.
    for (const index of [
      '[open+orderedAt]',
      '[liveStatus+orderedAt]',
      '[clock+orderedAt]',
      'productIds',
      'liveNumber',
    ])
      expect(await db.orders.orderBy(index).count(), index).toBe(0);
    expect((await db.orderEvents.toArray()).every((e) => e.deleted)).toBe(true);
    expect((await db.products.toArray()).every((p) => p.deleted)).toBe(true);
    const customers = await db.customers.toArray();
    expect(customers.filter((c) => !c.deleted).map((c) => c.id)).toEqual([known.id]);
    const nonZero = (await db.stats.toArray()).filter((s) => s.count !== 0 || s.amount !== 0);
    expect(nonZero).toEqual(statsBefore.filter((s) => s.count !== 0 || s.amount !== 0));
    expect((await statusCounts(db)).submitted).toBe(0);
    expect((await listOrderImports(session))[0]?.revertedAt).toBeTruthy();
    await expect(revertOrderImport(session, batch.id)).rejects.toMatchObject({ code: 'already_reverted' });

    // The same file can be imported again: the tombstones of the reverted import come back.
    const again = await planFile(session, 'gbk-orders.csv');
    expect(again.stats.orders).toBe(3);
    await applyOrderImport(session, again, { fileName: 'gbk-orders.csv' });
    expect((await statusCounts(db)).submitted).toBe(3);
    expect(await db.orders.count()).toBe(3);
    expect(await db.customers.filter((c) => !c.deleted).count()).toBe(3);
  });

  it('revert and re-import in bulk keep the aggregates exact, round after round', async () => {
    const { session, plan } = await gbkImport();
    const { db } = session;
    const nonZero = async () =>
      JSON.stringify((await db.stats.toArray()).filter((s) => s.count !== 0 || s.amount !== 0));
    const base = await nonZero();
    const first = await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    const imported = await nonZero();
    let batch = first;
    for (let round = 0; round < 2; round++) {
      await shared(session);
      await revertOrderImport(session, batch.id);
      expect(await nonZero()).toBe(base);
      // Chunks of one: every order, customer and product comes back from its tombstone, chunk by chunk.
      const again = await planFile(session, 'gbk-orders.csv');
      batch = await applyOrderImport(session, again, { fileName: 'gbk-orders.csv', chunkSize: 1 });
      expect(await nonZero()).toBe(imported);
    }
    // Brought back, not duplicated: the same ids, each live once.
    expect(batch.created.orders.map((o) => o.id).sort()).toEqual(
      first.created.orders.map((o) => o.id).sort(),
    );
    expect(await db.orders.count()).toBe(3);
    expect((await db.orders.toArray()).every((o) => !o.deleted)).toBe(true);
  });

  it('a deleted order of someone else does not keep an imported customer or product', async () => {
    const { session, plan } = await gbkImport();
    const batch = await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    const customer = await session.db.customers.where('name').equals('上海东方电子').first();
    const product = await session.db.products.toCollection().first();
    const other = await session.repos.orders.create({
      number: 'T-20261130-0002',
      customerId: customer?.id as string,
      status: 'draft',
      priority: 'normal',
      assigneeId: null,
      lines: [{ productId: product?.id as string, quantity: 1, unitPrice: 100, taxRate: 0 }],
      subtotal: 100,
      tax: 0,
      total: 100,
      currency: 'CNY',
      orderedAt: new Date().toISOString(),
      requestedDate: null,
      dueAt: null,
      invoiced: false,
    });
    await session.repos.orders.remove(other.id);
    const result = await revertOrderImport(session, batch.id);
    expect(result).toMatchObject({ customers: 2, products: 4, kept: { customers: 0, products: 0 } });
    expect((await session.db.customers.get(customer?.id as string))?.deleted).toBe(true);
  });

  it('refuses after an imported order was changed, names it, and changes nothing', async () => {
    const { session, plan } = await gbkImport();
    const batch = await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    const order = await session.db.orders.where('number').equals('SO-2026-002').first();
    await applyOrderAction(session, order?.id as string, 'validate');
    const before = await snapshot(session);
    const error = await revertOrderImport(session, batch.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRevertError);
    expect(error).toMatchObject({ code: 'changed_since_import', orders: ['SO-2026-002'] });
    expect(await snapshot(session)).toBe(before);
  });

  it('keeps an imported customer that a later order uses', async () => {
    const { session, plan } = await gbkImport();
    const batch = await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    const customer = await session.db.customers.where('name').equals('上海东方电子').first();
    const product = await session.db.products.toCollection().first();
    await session.repos.orders.create({
      number: 'T-20261130-0001',
      customerId: customer?.id as string,
      status: 'draft',
      priority: 'normal',
      assigneeId: null,
      lines: [{ productId: product?.id as string, quantity: 1, unitPrice: 100, taxRate: 0 }],
      subtotal: 100,
      tax: 0,
      total: 100,
      currency: 'CNY',
      orderedAt: new Date().toISOString(),
      requestedDate: null,
      dueAt: null,
      invoiced: false,
    });
    const result = await revertOrderImport(session, batch.id);
    expect(result.kept).toEqual({ customers: 1, products: 1 });
    expect((await session.db.customers.get(customer?.id as string))?.deleted).toBe(false);
  });

  it('reads each record as stored now, wherever its rev moved since the import', async () => {
    const { session, plan } = await gbkImport();
    const batch = await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    const [changedCustomer] = batch.created.customers;
    const [deletedProduct] = batch.created.products;
    // Changed since: its new rev is past the import's, so it is found by id and kept.
    await session.repos.customers.update(changedCustomer?.id as string, { notes: '改过' });
    // Deleted since, with none of the import's orders changed: neither removed again nor counted as kept.
    const product = await session.db.products.get(deletedProduct?.id as string);
    await session.repos.products.putChanges(
      session.repos.products.stampChanges([
        { existing: product as NonNullable<typeof product>, deleted: true },
      ]),
    );
    const result = await revertOrderImport(session, batch.id);
    expect(result).toEqual({ orders: 3, customers: 1, products: 3, kept: { customers: 1, products: 0 } });
    expect((await session.db.customers.get(changedCustomer?.id as string))?.deleted).toBe(false);
    expect((await session.db.orderEvents.toArray()).every((e) => e.deleted)).toBe(true);
  });

  it('a reverted order leaves the index of live numbers, and comes back to it when imported again', async () => {
    const { session, plan } = await gbkImport();
    const { db } = session;
    const live = () => db.orders.where('liveNumber').above('').count();
    const batch = await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    expect(await live()).toBe(3);
    await shared(session);
    await revertOrderImport(session, batch.id);
    expect(await live()).toBe(0);
    expect(await db.orders.where('number').above('').count()).toBe(3);
    await applyOrderImport(session, await planFile(session, 'gbk-orders.csv'), {
      fileName: 'gbk-orders.csv',
    });
    expect(await live()).toBe(3);
  });

  it("brings the tombstones back when other orders crowd the span of the file's numbers", async () => {
    const { session, plan } = await gbkImport();
    const batch = await applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
    const customer = await session.db.customers.toCollection().first();
    const product = await session.db.products.toCollection().first();
    // Ten live orders numbered between the file's: the span is no longer dense, the keys cursor finds them.
    for (let n = 0; n < 10; n++)
      await session.repos.orders.create({
        number: `SO-2026-001${n}`,
        customerId: customer?.id as string,
        status: 'draft',
        priority: 'normal',
        assigneeId: null,
        lines: [{ productId: product?.id as string, quantity: 1, unitPrice: 100, taxRate: 0 }],
        subtotal: 100,
        tax: 0,
        total: 100,
        currency: 'CNY',
        orderedAt: new Date().toISOString(),
        requestedDate: null,
        dueAt: null,
        invoiced: false,
      });
    await shared(session);
    await revertOrderImport(session, batch.id);
    const again = await applyOrderImport(session, await planFile(session, 'gbk-orders.csv'), {
      fileName: 'gbk-orders.csv',
    });
    expect(again.created.orders.map((o) => o.id).sort()).toEqual(
      batch.created.orders.map((o) => o.id).sort(),
    );
    expect(await session.db.orders.count()).toBe(13);
    expect(await session.db.orders.filter((o) => !o.deleted).count()).toBe(13);
  });

  it('says when there is no such import', async () => {
    const session = await freshSession();
    await expect(revertOrderImport(session, 'nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('dry run: one code with several names', () => {
  it('reports the code and plans it as the user chose', async () => {
    const session = await freshSession();
    const headers = ['Order ID', 'Customer Name', 'Product ID', 'Product Name', 'Quantity', 'Sales'];
    const rows = [
      {
        row: 2,
        cells: [
          'CA-2016-152156',
          'Claire Gute',
          'TEC-PH-10002033',
          'Konftel 250 Conference phone - Charcoal black',
          '2',
          '911.42',
        ],
      },
      {
        row: 3,
        cells: [
          'CA-2017-152157',
          'Claire Gute',
          'TEC-PH-10002033',
          'Konftel 250 Conference Phone, Charcoal',
          '1',
          '455.71',
        ],
      },
    ];
    const request = { headers, rows, mapping: autoMatchColumns(headers), dateOrder: 'ymd' as const };
    const first = await planOrderImport(session, request, '2026-11-30');
    expect(first.sameCode.products.map((c) => [c.code, c.names.map((n) => n.rows)])).toEqual([
      ['TEC-PH-10002033', [[2], [3]]],
    ]);
    expect(first.newProducts.map((p) => p.name)).toEqual(['Konftel 250 Conference phone - Charcoal black']);
    const latest = await planOrderImport(
      session,
      { ...request, sameCode: { products: 'latest' } },
      '2026-11-30',
    );
    expect(latest.newProducts.map((p) => p.name)).toEqual(['Konftel 250 Conference Phone, Charcoal']);
  });

  it('takes the mapped segment values and refuses no row for an unknown one', async () => {
    const session = await freshSession();
    const headers = ['Order ID', 'Customer Name', 'Segment', 'Product Name', 'Quantity', 'Sales'];
    const rows = [
      { row: 2, cells: ['CA-2016-152156', 'Claire Gute', 'Consumer', 'Newell 322', '4', '7.28'] },
      { row: 3, cells: ['CA-2016-152157', 'Brosina Hoffman', 'Home Office', 'Newell 322', '1', '1.82'] },
    ];
    const plan = await planOrderImport(
      session,
      {
        headers,
        rows,
        mapping: autoMatchColumns(headers),
        dateOrder: 'ymd',
        segmentMap: { consumer: 'regular' },
      },
      '2026-11-30',
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.newCustomers.map((c) => c.segment)).toEqual(['regular', 'new']);
  });
});

describe('currency and tax of the file', () => {
  it('stores a tax-inclusive USD file in USD, totals as the file says, and the office keeps its currency', async () => {
    const session = await freshSession();
    const headers = [
      'Order ID',
      'Customer Name',
      'Product ID',
      'Product Name',
      'Quantity',
      'Sales',
      'Tax rate',
    ];
    const rows = [
      { row: 2, cells: ['US-1', 'Claire Gute', 'FUR-1', 'Bookcase', '2', '$261.96', '8.25%'] },
      { row: 3, cells: ['US-1', 'Claire Gute', 'OFF-1', 'Binders', '3', '$16.448', '8.25%'] },
    ];
    const plan = await planOrderImport(
      session,
      {
        headers,
        rows,
        mapping: autoMatchColumns(headers),
        dateOrder: 'ymd',
        currency: 'USD',
        taxMode: 'inclusive',
      },
      '2026-11-30',
    );
    expect(plan.rejected).toEqual([]);
    const batch = await applyOrderImport(session, plan, { fileName: 'usd.csv' });
    const [order] = await session.db.orders
      .where('id')
      .anyOf(batch.created.orders.map((o) => o.id))
      .toArray();
    expect(order).toMatchObject({ currency: 'USD', total: 26_196 + 1645 });
    expect((order?.subtotal ?? 0) + (order?.tax ?? 0)).toBe(order?.total);
    expect(order?.lines.map((l) => [l.gross, l.taxRate])).toEqual([
      [26_196, 825],
      [1645, 825],
    ]);
    const [product] = await session.db.products.where('sku').equals('FUR-1').toArray();
    expect(product?.unitPrice).toBe(0);
    expect(batch.currency).toBe('USD');
  });
});

describe('remembered column mapping', () => {
  it('is found again for the same headers, in any order', async () => {
    const session = await freshSession();
    const headers = ['单号', '客户', '商品', '数量', '备注', '说明'];
    const auto = await loadImportMapping(session.db, headers);
    expect(auto.remembered).toBe(false);
    expect(auto.mapping.notes).toBe(4);
    await rememberImportMapping(session.db, headers, { ...auto.mapping, notes: 5 });
    const again = await loadImportMapping(session.db, [...headers].reverse());
    expect(again.remembered).toBe(true);
    expect(again.mapping.notes).toBe(0); // '说明' is column 0 of the reversed headers
    expect((await loadImportMapping(session.db, ['a', 'b'])).remembered).toBe(false);
  });

  it('is remembered by the dry run alone, even when every row is refused', async () => {
    const session = await freshSession();
    // An export with its own column names; the manager maps 'Ship Mode' away from notes and
    // 'Row ID' nowhere, checks the file in the dry run, and imports it another day.
    const headers = ['Row ID', 'Order ID', 'Customer Name', 'Product Name', 'Quantity', 'Sales', 'Ship Mode'];
    const mapping = { ...autoMatchColumns(headers), amount: 5 };
    delete mapping.notes;
    const rows = [
      {
        row: 2,
        cells: [
          '1',
          'CA-2016-152156',
          'Claire Gute',
          'Bush Somerset Bookcase',
          'two',
          '261.96',
          'Second Class',
        ],
      },
    ];
    const plan = await planOrderImport(session, { headers, rows, mapping, dateOrder: 'ymd' }, '2026-11-30');
    expect(plan.orders).toEqual([]);
    const again = await loadImportMapping(session.db, headers);
    expect(again).toEqual({ mapping, remembered: true });
  });
});

describe('import texts', () => {
  it('every reason, warning, error code and field has a translation in both languages', () => {
    for (const locale of [enImport.ordersImport, zhImport.ordersImport]) {
      const has = (section: Record<string, string>, codes: readonly string[]) =>
        expect(codes.filter((code) => !section[code])).toEqual([]);
      has(locale.reasons, [...valueReasons, ...planReasons, 'order_number_format']);
      has(locale.warnings, planWarnings);
      has(locale.errors, importErrorCodes);
      has(locale.fields, importFields);
    }
  });
});
