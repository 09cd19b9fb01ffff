import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/import/csv';
import { decodeText } from '../../../shared/import/decode';
import { ImportError } from '../../../shared/import/errors';
import { type ImportPlan, type PlanInput, planOrderLinesImport } from '../../../shared/import/plan';
import { readImportFile } from '../../../shared/import/read-file';
import { orderTotals } from '../../../shared/rules/money';
import { customerFields } from '../../../shared/schema/customer';
import { NAME_MAX } from '../../../shared/schema/limits';
import { orderFields } from '../../../shared/schema/order';
import { productFields } from '../../../shared/schema/product';
import { fixture } from './fixtures';
import { existingCustomers, existingProducts, planInput } from './plan-helpers';

const H = ['订单号', '客户名称', '产品名称', '数量', '单价', '金额', '订单日期'];

async function planFixture(name: string, overrides: Partial<PlanInput> = {}) {
  const table = await readImportFile(name, fixture(name));
  return planOrderLinesImport(
    planInput(
      table.headers,
      table.rows.map((r) => r.cells),
      overrides,
    ),
  );
}

const reasonsOf = (plan: ImportPlan) => plan.rejected.map((r) => [r.row, r.field, r.reason]);

/** Every row is in exactly one order or rejected; stats agree. */
function expectAccounted(plan: ImportPlan, rows: number) {
  const inOrders = plan.orders.flatMap((o) => o.sourceRows);
  const rejectedRows = new Set(plan.rejected.map((r) => r.row));
  expect(new Set(inOrders).size).toBe(inOrders.length);
  for (const row of inOrders) expect(rejectedRows.has(row)).toBe(false);
  expect(inOrders.length + rejectedRows.size).toBe(rows);
  expect(plan.stats.rows).toBe(rows);
  expect(plan.stats.rejectedRows).toBe(rejectedRows.size);
  expect(plan.stats.lines).toBe(inOrders.length);
}

describe('planOrderLinesImport: files from the field', () => {
  it('plans the GBK Excel file: groups non-adjacent rows, matches and creates customers and products', async () => {
    const plan = await planFixture('gbk-orders.csv');
    expectAccounted(plan, 4);
    expect(plan.rejected).toEqual([]);
    expect(plan.orders.map((o) => [o.externalNumber, o.sourceRows])).toEqual([
      ['SO-2026-001', [2, 4]],
      ['SO-2026-002', [3]],
      ['SO-2026-003', [5]],
    ]);
    const [first] = plan.orders;
    expect(first?.customerRef).toEqual({ kind: 'existing', id: 'c-huanlian' });
    expect(first?.lines).toEqual([
      {
        productRef: { kind: 'new', tempId: 'new-product-1' },
        quantity: 10,
        unitPrice: 2550,
        discount: 0,
        taxRate: 1300,
        sourceRow: 2,
      },
      {
        productRef: { kind: 'existing', id: 'p-stapler' },
        quantity: 2,
        unitPrice: 108_000,
        discount: 0,
        taxRate: 1300,
        sourceRow: 4,
      },
    ]);
    expect(first?.totals).toEqual({ subtotal: 241_500, tax: 31_395, total: 272_895 });
    expect(first).toMatchObject({
      orderDate: '2026-11-28',
      orderTime: null,
      requestedDate: null,
      priority: 'normal',
      currency: 'CNY',
    });
    expect(plan.newCustomers.map((c) => [c.tempId, c.code, c.name, c.segment, c.generatedCode])).toEqual([
      ['new-customer-1', 'IMP-0001', '上海东方电子', 'new', true],
      ['new-customer-2', 'IMP-0002', '广州白云文具店', 'new', true],
    ]);
    expect(plan.newProducts.map((p) => [p.tempId, p.sku, p.name, p.unitPrice, p.taxRate, p.unit])).toEqual([
      ['new-product-1', 'IMP-P-0001', 'A4复印纸（70g）', 2550, 1300, 'pcs'],
      ['new-product-2', 'IMP-P-0002', '墨盒 黑色', 12_000, 1300, 'pcs'],
      ['new-product-3', 'IMP-P-0003', '中性笔（0.5mm）', 120, 1300, 'pcs'],
    ]);
    expect(plan.stats).toEqual({
      rows: 4,
      orders: 3,
      lines: 4,
      newCustomers: 2,
      newProducts: 3,
      rejectedRows: 0,
      rejectedOrders: 0,
      rounding: { count: 0, difference: '0.00' },
      unpricedProducts: 0,
    });
  });

  it('plans the Zoho export: times, notes, existing account and product', async () => {
    const plan = await planFixture('zoho-utf8-bom.csv');
    expectAccounted(plan, 3);
    const [so123, so124] = plan.orders;
    expect(so123).toMatchObject({
      externalNumber: 'SO-00123',
      customerRef: { kind: 'existing', id: 'c-acme' },
      orderDate: '2026-11-28',
      orderTime: '14:35:00',
      notes: 'Deliver to dock 3, ring first\nSecond line,\nsame order',
    });
    expect(so123?.lines[0]?.productRef).toEqual({ kind: 'existing', id: 'p-printer' });
    expect(so124?.customerRef).toEqual({ kind: 'new', tempId: 'new-customer-1' });
    expect(plan.newProducts.map((p) => p.name)).toEqual(['Toner TN-200']);
  });

  it('plans the xlsx workbook: formula amounts cross-check, percent tax, requested dates', async () => {
    const plan = await planFixture('orders.xlsx');
    expectAccounted(plan, 3);
    expect(plan.rejected).toEqual([]);
    expect(plan.orders[0]).toMatchObject({
      externalNumber: 'X-100',
      requestedDate: '2026-12-05',
      notes: '加急，送到前台',
    });
    expect(plan.orders[1]).toMatchObject({ orderDate: '2026-11-29', orderTime: '09:30:00' });
    expect(plan.orders.flatMap((o) => o.lines.map((l) => l.taxRate))).toEqual([1300, 1300, 1300]);
  });

  it('plans the semicolon file with day-first dates', async () => {
    const plan = await planFixture('semicolon.csv', { dateOrder: 'dmy' });
    expect(plan.rejected).toEqual([]);
    expect(plan.orders.map((o) => o.orderDate)).toEqual(['2026-11-28', '2026-11-29']);
  });

  it('refuses the rows with errors, and whole orders around them', async () => {
    const plan = await planFixture('errors.csv');
    expectAccounted(plan, 7);
    expect(reasonsOf(plan)).toEqual([
      [2, 'quantity', 'not_a_number'],
      [3, 'orderNumber', 'order_has_rejected_rows'],
      [4, 'orderDate', 'impossible_date'],
      [5, 'customer', 'required'],
      [6, 'unitPrice', 'new_product_needs_price'],
      [8, 'quantity', 'not_positive'],
    ]);
    expect(plan.rejected[0]).toEqual({
      row: 2,
      column: '数量',
      field: 'quantity',
      reason: 'not_a_number',
      value: 'abc',
    });
    expect(plan.orders.map((o) => o.externalNumber)).toEqual(['E-5']);
    // Only customers and products that an accepted order uses are created.
    expect(plan.newCustomers.map((c) => c.name)).toEqual(['测试客户丁']);
    expect(plan.newProducts).toEqual([]);
    expect(plan.stats).toMatchObject({ orders: 1, rejectedRows: 6, rejectedOrders: 5 });
  });
});

describe('planOrderLinesImport: rules', () => {
  it('makes one new customer and one new product for many spellings of the same name', () => {
    const plan = planOrderLinesImport(
      planInput(H, [
        ['A-1', '新客户ABC', '新产品', 1, 10, '', ''],
        ['A-2', '新客户abc ', '新产品', 2, 10, '', ''],
        ['A-3', '新客户ＡＢＣ', '新产品', 3, 11, '', ''],
        ['A-1', '新客户ABC', 'Ｐ-9', 1, '', '', ''],
      ]),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.newCustomers).toHaveLength(1);
    expect(plan.newCustomers[0]?.sourceRows).toEqual([2, 3, 4, 5]);
    expect(plan.newProducts).toHaveLength(1);
    expect(plan.newProducts[0]).toMatchObject({ name: '新产品', unitPrice: 1000 });
    expect(new Set(plan.orders.map((o) => JSON.stringify(o.customerRef))).size).toBe(1);
    // 'Ｐ-9' is the stapler's SKU in full width.
    expect(plan.orders[0]?.lines[1]?.productRef).toEqual({ kind: 'existing', id: 'p-stapler' });
  });

  it('matches customers by code, then by name; codes in a code column win over names', () => {
    const headers = ['订单号', '客户编码', '客户名称', '产品编码', '产品名称', '数量'];
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['B-1', '', 'c-001', '', '订书机', 1],
        ['B-2', 'ACME', 'Someone else', 'CUP', '', 1],
        ['B-3', 'ZOHO-77', ' acme trading LTD ', '', 'laser printer x200', 1],
        ['B-4', 'NEW-9', '全新客户', 'NEWSKU', '全新产品', 1],
        ['B-5', '', '全新客户', '', 'newsku', 1],
      ]),
    );
    const refs = plan.orders.map((o) => o.customerRef);
    expect(refs.slice(0, 3)).toEqual([
      { kind: 'existing', id: 'c-huanlian' },
      { kind: 'existing', id: 'c-acme' },
      { kind: 'existing', id: 'c-acme' },
    ]);
    expect(plan.rejected.map((r) => r.reason)).toEqual([
      'new_product_needs_price',
      'new_product_needs_price',
    ]);
  });

  it('links rows naming a new coded customer or product by name or by code, in any order', () => {
    const headers = ['订单号', '客户编码', '客户名称', '产品编码', '产品名称', '数量', '单价'];
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['B-5', '', '全新客户', '', 'newsku', 1, 5],
        ['B-4', 'NEW-9', '全新客户', 'NEWSKU', '全新产品', 1, 5],
        ['B-6', 'new-9', '', '', '全新产品', 2, 5],
      ]),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.newCustomers.map((c) => [c.code, c.name, c.generatedCode])).toEqual([
      ['NEW-9', '全新客户', false],
    ]);
    expect(plan.newProducts.map((p) => [p.sku, p.name, p.generatedSku])).toEqual([
      ['NEWSKU', '全新产品', false],
    ]);
  });

  it('refuses names that match two existing customers', () => {
    const plan = planOrderLinesImport(planInput(H, [['D-1', '同名客户', '订书机', 1, '', '', '']]));
    expect(reasonsOf(plan)).toEqual([[2, 'customer', 'customer_ambiguous']]);
  });

  it('refuses a whole order when rows name different customers', () => {
    const plan = planOrderLinesImport(
      planInput(H, [
        ['C-1', '北京华联商贸有限公司', '订书机', 1, '', '', ''],
        ['C-2', 'Acme Trading Ltd', '订书机', 1, '', '', ''],
        ['C-1', 'Acme Trading Ltd', '订书机', 1, '', '', ''],
      ]),
    );
    expect(reasonsOf(plan)).toEqual([
      [2, 'customer', 'order_customer_conflict'],
      [4, 'customer', 'order_customer_conflict'],
    ]);
    expect(plan.orders.map((o) => o.externalNumber)).toEqual(['C-2']);
  });

  it('refuses an order whose rows disagree on the order date', () => {
    const plan = planOrderLinesImport(
      planInput(H, [
        ['F-1', 'Acme Trading Ltd', '订书机', 1, '', '', '2026-11-28'],
        ['F-1', 'Acme Trading Ltd', '订书机', 1, '', '', ''],
        ['F-1', 'Acme Trading Ltd', '订书机', 1, '', '', '2026/11/29'],
      ]),
    );
    expect(reasonsOf(plan)).toEqual([
      [2, 'orderNumber', 'order_has_rejected_rows'],
      [3, 'orderNumber', 'order_has_rejected_rows'],
      [4, 'orderDate', 'order_field_conflict'],
    ]);
  });

  it('groups order numbers by their normalised text and keeps the first spelling', () => {
    const plan = planOrderLinesImport(
      planInput(H, [
        ['so-2026-00123', 'Acme Trading Ltd', '订书机', 1, '', '', ''],
        [' SO-2026-00123', 'Acme Trading Ltd', '纸杯', 1, '', '', ''],
        ['ＳＯ-2026-00123', 'Acme Trading Ltd', '纸杯', 1, '', '', ''],
      ]),
    );
    expect(plan.orders).toHaveLength(1);
    expect(plan.orders[0]).toMatchObject({ externalNumber: 'so-2026-00123', externalKey: 'SO-2026-00123' });
  });

  it('refuses orders already in the database, so re-importing a file creates nothing', async () => {
    const table = await readImportFile('gbk-orders.csv', fixture('gbk-orders.csv'));
    const input = planInput(
      table.headers,
      table.rows.map((r) => r.cells),
    );
    const first = planOrderLinesImport(input);
    // Save the plan the way the app would: new records get ids, the external numbers are remembered.
    const saved = {
      customers: [
        ...existingCustomers,
        ...first.newCustomers.map((c) => ({ id: c.tempId, code: c.code, name: c.name })),
      ],
      products: [
        ...existingProducts,
        ...first.newProducts.map((p) => ({
          id: p.tempId,
          sku: p.sku,
          name: p.name,
          unitPrice: p.unitPrice,
          taxRate: p.taxRate,
          unit: p.unit,
        })),
      ],
      orderNumbers: new Set(first.orders.map((o) => o.externalNumber)),
    };
    const again = planOrderLinesImport({ ...input, existing: saved });
    expect(again.orders).toEqual([]);
    expect(again.newCustomers).toEqual([]);
    expect(again.newProducts).toEqual([]);
    expect(new Set(again.rejected.map((r) => r.reason))).toEqual(new Set(['order_exists']));
    expect(again.stats.rejectedRows).toBe(4);
  });

  it('prices lines: row price, else amount ÷ quantity, else catalogue; tax from row, product, default', () => {
    const headers = ['订单号', '客户', '产品', '数量', '单价', '金额', '折扣', '税率'];
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['P-1', 'Acme Trading Ltd', '订书机', 2, '', '', '', ''],
        ['P-1', 'Acme Trading Ltd', '订书机', 2, '900', '', '', '6%'],
        ['P-1', 'Acme Trading Ltd', '纸杯', 4, '', '20.00', '', ''],
        ['P-1', 'Acme Trading Ltd', '新品', 3, '', '100.00', '', ''],
        ['P-1', 'Acme Trading Ltd', '新品2', 10, '10', '90', '10%', ''],
        ['P-1', 'Acme Trading Ltd', '新品3', 10, '10', '95', '5', '0'],
        ['P-1', 'Acme Trading Ltd', '新品4', 1, '100', '113', '', ''],
      ]),
    );
    expect(plan.rejected).toEqual([]);
    const lines = plan.orders[0]?.lines.map(({ unitPrice, discount, taxRate }) => [
      unitPrice,
      discount,
      taxRate,
    ]);
    expect(lines).toEqual([
      [108_000, 0, 1300],
      [90_000, 0, 600],
      [500, 0, 900],
      [3333, 0, 1300],
      [1000, 1000, 1300],
      [1000, 500, 0],
      [10_000, 0, 1300],
    ]);
    expect(plan.orders[0]?.totals).toEqual(orderTotals(plan.orders[0]?.lines ?? []));
    expect(plan.warnings).toEqual([
      { row: 5, column: '金额', field: 'amount', reason: 'price_rounded', value: '100.00' },
    ]);
  });

  it('refuses amounts that do not fit, and discounts larger than the line', () => {
    const headers = ['订单号', '客户', '产品', '数量', '单价', '金额', '折扣'];
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['Q-1', 'Acme Trading Ltd', '订书机', 2, '10', '25', ''],
        ['Q-2', 'Acme Trading Ltd', '订书机', 2, '10', '', '21'],
        ['Q-3', 'Acme Trading Ltd', '订书机', 2, '', '10', '100%'],
        ['Q-4', 'Acme Trading Ltd', '订书机', 2, 'USD 10', '', ''],
      ]),
    );
    expect(reasonsOf(plan)).toEqual([
      [2, 'amount', 'amount_mismatch'],
      [3, 'discount', 'discount_exceeds_amount'],
      [4, 'discount', 'cannot_derive_price'],
      [5, 'unitPrice', 'currency_mismatch'],
    ]);
  });

  it('reads order-level fields: default date today, requested date, priority, notes', () => {
    const headers = ['订单号', '客户', '产品', '数量', '交货日期', '优先级', '备注'];
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['R-1', 'Acme Trading Ltd', '订书机', 1, '2026-12-01', '', '先发'],
        ['R-1', 'Acme Trading Ltd', '纸杯', 1, '', '加急', '先发'],
        ['R-1', 'Acme Trading Ltd', '纸杯', 1, '', '', '放前台'],
        ['R-2', 'Acme Trading Ltd', '纸杯', 1, '2026-11-01', '', ''],
        ['R-3', 'Acme Trading Ltd', '纸杯', 1, '', 'soon', ''],
      ]),
    );
    expect(plan.orders[0]).toMatchObject({
      orderDate: '2026-11-30',
      requestedDate: '2026-12-01',
      priority: 'urgent',
      notes: '先发\n放前台',
    });
    expect(plan.orders[1]?.priority).toBe('normal');
    expect(plan.warnings.map((w) => [w.row, w.reason])).toEqual([[5, 'requested_before_ordered']]);
    expect(reasonsOf(plan)).toEqual([[6, 'priority', 'unknown_priority']]);
  });

  it('fills new customers from optional columns and refuses over-long values', () => {
    const headers = ['订单号', '客户', '产品', '数量', '区域', '联系人', '电话', '客户类型', '单位', '单价'];
    const long = '长'.repeat(256);
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['S-1', '新客户一', '订书机', 1, '华北', '', '', '重点客户', '', ''],
        ['S-1', '新客户一', '新螺丝', 1, '', '王经理', 13800138000, '', '盒', '0.50'],
        ['S-2', long, '订书机', 1, '', '', '', '', '', ''],
        ['S-3', '新客户三', '订书机', 1, '', '', '', '奇怪', '', ''],
      ]),
    );
    expect(plan.newCustomers.slice(0, 1)).toEqual([
      {
        tempId: 'new-customer-1',
        code: 'IMP-0001',
        name: '新客户一',
        contact: '王经理',
        phone: '13800138000',
        region: '华北',
        segment: 'key',
        tags: [],
        creditLimit: 0,
        notes: '',
        generatedCode: true,
        sourceRows: [2, 3],
      },
    ]);
    expect(plan.newProducts[0]).toMatchObject({ name: '新螺丝', unit: '盒', unitPrice: 50 });
    expect(reasonsOf(plan)).toEqual([[4, 'customer', 'too_long']]);
    // A segment the app does not know refuses nothing: warned, and the customer gets the default.
    expect(plan.newCustomers[1]).toMatchObject({ name: '新客户三', segment: 'new' });
    expect(plan.warnings.map((w) => [w.row, w.field, w.reason])).toEqual([
      [5, 'segment', 'segment_unmapped'],
    ]);
  });

  it('generates codes that no existing or in-file record uses', () => {
    const headers = ['订单号', '客户编码', '客户', '产品', '数量'];
    const plan = planOrderLinesImport(
      planInput(
        headers,
        [
          ['G-1', '', '甲', '订书机', 1],
          ['G-2', 'IMP-0002', '乙', '订书机', 1],
        ],
        {
          existing: {
            customers: [{ id: 'x', code: 'imp-0001', name: '已有' }],
            products: existingProducts,
            orderNumbers: new Set(),
          },
        },
      ),
    );
    expect(plan.newCustomers.map((c) => c.code)).toEqual(['IMP-0003', 'IMP-0002']);
  });

  it('refuses orders with more than 500 lines', () => {
    const rows = Array.from({ length: 501 }, () => ['BIG', 'Acme Trading Ltd', '纸杯', 1, '', '', '']);
    const plan = planOrderLinesImport(planInput(H, rows));
    expect(plan.orders).toEqual([]);
    expect(new Set(plan.rejected.map((r) => r.reason))).toEqual(new Set(['too_many_lines']));
  });

  it('needs the required fields mapped', () => {
    const input = planInput(['订单号', '客户'], [['A', 'B']]);
    try {
      planOrderLinesImport(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('mapping_incomplete');
      expect((error as ImportError).details).toEqual({ fields: ['product', 'quantity'] });
    }
  });

  it('reads a file it wrote with neutralised cells', () => {
    const table = parseCsv(
      decodeText(new TextEncoder().encode("订单号,客户,产品,数量\n'-X1,Acme Trading Ltd,纸杯,'+3\n")).text,
    );
    const plan = planOrderLinesImport(
      planInput(
        table.headers,
        table.rows.map((r) => r.cells),
      ),
    );
    expect(plan.orders[0]).toMatchObject({ externalNumber: '-X1', lines: [{ quantity: 3 }] });
  });
});

describe('planOrderLinesImport: text as long as real exports have it', () => {
  it('takes 200-character product and customer names and refuses only past the stored limit', () => {
    const headers = ['Order ID', 'Customer Name', 'Product Name', 'Quantity', 'Sales'];
    // Marketplace listings put the whole description in the name.
    const listing = `Logitech MX Master 3S Performance Wireless Mouse, Ultra-fast Scrolling, Ergo, 8K DPI, Track on Glass, Quiet Clicks, USB-C, Bluetooth, Windows, Linux, Chrome - Graphite `;
    const name200 = listing.padEnd(200, 'x');
    const customer200 =
      'Harbor Freight & Logistics Consolidated Wholesale Purchasing Cooperative of the Greater '.padEnd(
        200,
        'y',
      );
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['CA-2016-152156', customer200, name200, 2, '261.96'],
        ['CA-2016-152157', 'Claire Gute', 'z'.repeat(NAME_MAX + 1), 3, '731.94'],
      ]),
    );
    expect(plan.newProducts.map((p) => p.name)).toEqual([name200]);
    expect(plan.newCustomers.map((c) => c.name)).toEqual([customer200]);
    expect(reasonsOf(plan)).toEqual([[3, 'product', 'too_long']]);
    // What the plan takes, the stored schemas take: forms and imports agree.
    expect(productFields.shape.name.safeParse(name200).success).toBe(true);
    expect(customerFields.shape.name.safeParse(customer200).success).toBe(true);
    expect(productFields.shape.name.safeParse('z'.repeat(NAME_MAX + 1)).success).toBe(false);
    expect(customerFields.shape.address.safeParse('Floor 3, '.repeat(100)).success).toBe(true);
    expect(orderFields.shape.notes.safeParse('n'.repeat(5000)).success).toBe(true);
  });
});
