import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/import/columns';
import { planOrderLinesImport } from '../../../shared/import/plan';
import { roundDigits } from '../../../shared/import/rounding';
import { lineAmounts, orderTotals, shownUnitPrice } from '../../../shared/rules/money';
import { orderLineSchema } from '../../../shared/schema/order';
import { planInput } from './plan-helpers';

// A US-dollar sales export as such systems write it: computed amounts with 3–4 decimals, a line
// amount and a quantity but no unit price, product codes and long names.
const headers = ['Order ID', 'Customer Name', 'Product ID', 'Product Name', 'Quantity', 'Sales'];
const mapping: ColumnMapping = { orderNumber: 0, customer: 1, sku: 2, product: 3, quantity: 4, amount: 5 };
const longName = `Hon Deluxe Fabric Upholstered Stacking Chairs, Rounded Back ${'x'.repeat(60)}`.slice(
  0,
  120,
);
const usdFile = [
  ['CA-2016-152156', 'Claire Gute', 'FUR-BO-10001798', 'Bush Somerset Collection Bookcase', '2', '261.96'],
  ['CA-2016-152156', 'Claire Gute', 'FUR-CH-10000454', longName, '3', '731.94'],
  ['CA-2016-138688', 'Darrin Van Huff', 'OFF-LA-10000240', 'Self-Adhesive Address Labels', '2', '14.62'],
  ['US-2015-108966', 'Sean ODonnell', 'FUR-TA-10000577', 'Bretford CR4500 Series Table', '5', '957.5775'],
  ['US-2015-108966', 'Sean ODonnell', 'OFF-ST-10000760', 'Eldon Fold N Roll Cart System', '2', '22.368'],
  ['CA-2014-115812', 'Brosina Hoffman', 'TEC-PH-10002033', 'Konftel 250 Conference phone', '10', '799.92'],
  ['CA-2014-115812', 'Brosina Hoffman', 'OFF-BI-10003910', 'DXL Angle-View Binders', '3', '16.448'],
  ['CA-2014-115812', 'Brosina Hoffman', 'OFF-AR-10002833', 'Newell 322', '7', '1.0880'],
];

const usdPlan = (rows: readonly (readonly string[])[], rounding?: 'half_away' | 'half_even') =>
  planOrderLinesImport(
    planInput(headers, rows, {
      mapping,
      currency: 'USD',
      defaultTaxRate: 0,
      ...(rounding ? { rounding } : {}),
    }),
  );

describe('importing amounts exactly as the file states them', () => {
  it('imports amounts with 3–4 decimals, rounded, and reports the difference', () => {
    const plan = usdPlan(usdFile);
    expect(plan.rejected).toEqual([]);
    expect(plan.stats.orders).toBe(4);
    expect(plan.rounded.map((r) => [r.row, r.exact, r.rounded])).toEqual([
      [5, '957.5775', 95_758],
      [6, '22.368', 2237],
      [8, '16.448', 1645],
      [9, '1.088', 109],
    ]);
    // +0.0025 +0.002 +0.002 +0.002
    expect(plan.stats.rounding).toEqual({ count: 4, difference: '+0.0085' });
  });

  it("rounds exact halves to even with banker's rounding", () => {
    const plan = usdPlan([['A-1', 'Claire Gute', 'P-1', 'Pens', '1', '2.345']], 'half_even');
    expect(plan.orders[0]?.totals.subtotal).toBe(234);
    expect(plan.stats.rounding.difference).toBe('-0.005');
  });

  it('keeps a line amount no whole-cent price gives (799.92 for 10), and derives the price for display', () => {
    const plan = usdPlan(usdFile);
    const order = plan.orders.find((o) => o.externalNumber === 'CA-2014-115812');
    const phone = order?.lines.find((l) => l.sourceRow === 7);
    expect(phone).toMatchObject({ quantity: 10, unitPrice: 7999, amount: 79_992 });
    expect(order?.totals.subtotal).toBe(79_992 + 1645 + 109);
    expect(lineAmounts(phone as NonNullable<typeof phone>).net).toBe(79_992);
    // A line that a whole-cent price does give needs no stored amount.
    const first = plan.orders.find((o) => o.externalNumber === 'CA-2016-152156')?.lines[0];
    expect(first).toMatchObject({ unitPrice: 13_098 });
    expect(first).not.toHaveProperty('amount');
  });

  it('keeps old lines (no stored amount) loading, and refuses a negative one', () => {
    const line = { productId: crypto.randomUUID(), quantity: 10, unitPrice: 7999, taxRate: 0 };
    expect(orderLineSchema.safeParse(line).success).toBe(true);
    expect(orderLineSchema.safeParse({ ...line, amount: 79_992 }).success).toBe(true);
    expect(orderLineSchema.safeParse({ ...line, amount: -1 }).success).toBe(false);
    expect(orderTotals([{ ...line, discount: 0, amount: 79_992 }]).subtotal).toBe(79_992);
  });

  it('property: every imported order totals the sums of its file amounts, to the cent', () => {
    const lineArb = fc.record({
      order: fc.integer({ min: 1, max: 6 }),
      quantity: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(0.5, 1.25, 3.333)),
      int: fc.integer({ min: 0, max: 9_999_999 }),
      frac: fc.stringMatching(/^\d{0,4}$/),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('half_away' as const, 'half_even' as const),
        (lines, mode) => {
          const rows = lines.map((l, i) => [
            `SO-${l.order}`,
            'Claire Gute',
            `SKU-${i}`,
            `Product ${i}`,
            String(l.quantity),
            l.frac === '' ? String(l.int) : `${l.int}.${l.frac}`,
          ]);
          const plan = usdPlan(rows, mode);
          expect(plan.rejected).toEqual([]);
          const expected = new Map<string, number>();
          for (const l of lines) {
            const cents = Number(roundDigits(String(l.int), l.frac, 2, mode));
            expected.set(`SO-${l.order}`, (expected.get(`SO-${l.order}`) ?? 0) + cents);
          }
          for (const order of plan.orders) {
            expect(order.totals.subtotal).toBe(expected.get(order.externalNumber));
            expect(order.totals.total).toBe(order.totals.subtotal);
          }
          expect(plan.orders.length).toBe(expected.size);
        },
      ),
    );
  });
});

describe('showing the price of a line whose file amount is kept', () => {
  it('marks the derived price as approximate only when it does not give the amount', () => {
    const money = (minor: number) => (minor / 100).toFixed(2);
    const line = { quantity: 10, unitPrice: 7999, discount: 0, taxRate: 0 };
    expect(shownUnitPrice({ ...line, amount: 79_992 }, money)).toBe('≈ 79.99');
    expect(shownUnitPrice({ ...line, amount: 79_990 }, money)).toBe('79.99');
    expect(shownUnitPrice(line, money)).toBe('79.99');
  });
});

describe('amounts no order may hold', () => {
  it('refuses an amount past the money bound on its row, and an order whose lines add up past it', () => {
    const plan = usdPlan([
      ['BIG-1', 'Claire Gute', 'FUR-BO-1', 'Bookcase', '1', '90000000.01'],
      ['BIG-2', 'Darrin Van Huff', 'FUR-BO-2', 'Table', '1', '60000000'],
      ['BIG-2', 'Darrin Van Huff', 'FUR-BO-3', 'Chair', '1', '60000000'],
      ['OK-3', 'Sean ODonnell', 'FUR-BO-4', 'Cart', '1', '90000000'],
    ]);
    expect(plan.orders.map((o) => o.externalNumber)).toEqual(['OK-3']);
    expect(plan.orders[0]?.totals.total).toBe(9_000_000_000);
    expect(plan.rejected.filter((r) => r.row === 2).map((r) => [r.field, r.reason])).toEqual([
      ['amount', 'too_large'],
    ]);
    expect(new Set(plan.rejected.filter((r) => r.row > 2).map((r) => r.reason))).toEqual(
      new Set(['order_total_too_large']),
    );
  });

  it('takes no total from the file: an order’s totals are its lines’, whatever a total column says', () => {
    const plan = usdPlan(usdFile);
    for (const order of plan.orders) expect(order.totals).toEqual(orderTotals(order.lines));
    expect(plan.orders.find((o) => o.externalNumber === 'CA-2016-152156')?.totals.total).toBe(
      26_196 + 73_194,
    );
  });
});
