import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCurrency } from '../../../shared/import/currency-marks';
import { guessFileCurrency } from '../../../shared/import/file-currency';
import { planOrderLinesImport } from '../../../shared/import/plan';
import { planTotals } from '../../../shared/import/plan-totals';
import { guessTaxMode } from '../../../shared/import/tax-mode';
import { lineAmounts, orderTotals } from '../../../shared/rules/money';
import { orderLineSchema } from '../../../shared/schema/order';
import { planInput } from './plan-helpers';

// The currency and tax of a file's amounts, as the user confirmed them in the wizard: a US-dollar
// export into a yuan office, a Chinese export with tax-inclusive totals (价税合计), a file with a
// currency column, and an untaxed one.

const usd = {
  headers: ['Order ID', 'Customer Name', 'Product ID', 'Product Name', 'Quantity', 'Sales'],
  rows: [
    ['CA-2016-152156', 'Claire Gute', 'FUR-BO-10001798', 'Bush Somerset Collection Bookcase', '2', '$261.96'],
    ['CA-2016-152156', 'Claire Gute', 'FUR-CH-10000454', 'Hon Deluxe Fabric Chairs', '3', '$731.94'],
    ['CA-2014-115812', 'Brosina Hoffman', 'TEC-PH-10002033', 'Konftel 250 Conference phone', '10', '$799.92'],
  ],
};

describe('the currency of the file', () => {
  it('is guessed from the currency column, else the amounts’ marks, else the office’s', () => {
    expect(guessFileCurrency({ currency: ['USD', 'usd', 'EUR'], amounts: ['¥12'] }, 'CNY')).toBe('USD');
    expect(guessFileCurrency({ currency: [], amounts: ['$261.96', '$1,200.00', '12'] }, 'CNY')).toBe('USD');
    expect(guessFileCurrency({ currency: [], amounts: ['HK$12', 'HK$3'] }, 'CNY')).toBe('HKD');
    expect(guessFileCurrency({ currency: [], amounts: ['$5'] }, 'HKD')).toBe('HKD');
    expect(guessFileCurrency({ currency: [], amounts: ['12.50', 3] }, 'CNY')).toBe('CNY');
  });

  it('reads currency cells as ISO codes or words that name one currency', () => {
    expect(parseCurrency('usd')).toEqual({ ok: true, value: 'USD' });
    expect(parseCurrency('人民币')).toEqual({ ok: true, value: 'CNY' });
    expect(parseCurrency('RMB')).toEqual({ ok: true, value: 'CNY' });
    expect(parseCurrency('€')).toEqual({ ok: true, value: 'EUR' });
    expect(parseCurrency('$')).toEqual({ ok: false, reason: 'unknown_currency' });
    expect(parseCurrency('Dollars')).toEqual({ ok: false, reason: 'unknown_currency' });
  });

  it('keeps a USD file in USD in a CNY office: orders in USD, no VAT added, new products without a yuan price', () => {
    const plan = planOrderLinesImport(
      planInput(usd.headers, usd.rows, { currency: 'USD', officeCurrency: 'CNY', taxMode: 'none' }),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.orders.map((o) => [o.currency, o.totals])).toEqual([
      ['USD', { subtotal: 99_390, tax: 0, total: 99_390 }],
      ['USD', { subtotal: 79_992, tax: 0, total: 79_992 }],
    ]);
    expect(plan.newProducts.every((p) => p.unitPrice === 0 && p.taxRate === 1300)).toBe(true);
    expect(plan.stats.unpricedProducts).toBe(3);
    expect(planTotals(plan.orders)).toEqual([
      { currency: 'USD', orders: 2, subtotal: 179_382, tax: 0, total: 179_382 },
    ]);
  });

  it('refuses a dollar amount when the file is said to be in yuan, naming the currency', () => {
    const plan = planOrderLinesImport(planInput(usd.headers, usd.rows, { currency: 'CNY' }));
    expect(plan.orders).toEqual([]);
    expect(plan.rejected.filter((r) => r.field === 'amount').map((r) => r.reason)).toEqual([
      'currency_mismatch',
      'currency_mismatch',
      'currency_mismatch',
    ]);
  });

  it('does not price a foreign row from the yuan catalogue', () => {
    const plan = planOrderLinesImport(
      planInput(['订单号', '客户', '产品', '数量'], [['SO-1', 'Acme Trading Ltd', '订书机', '2']], {
        currency: 'USD',
        officeCurrency: 'CNY',
      }),
    );
    expect(plan.rejected.map((r) => r.reason)).toEqual(['new_product_needs_price']);
  });

  it('takes each order’s currency from a currency column, and refuses an order with two', () => {
    const headers = ['订单号', '客户', '产品', '数量', '金额', '币种'];
    const plan = planOrderLinesImport(
      planInput(
        headers,
        [
          ['SO-1', 'Acme Trading Ltd', '订书机', '1', '100.00', 'USD'],
          ['SO-2', 'Acme Trading Ltd', '订书机', '1', '100', 'JPY'],
          ['SO-3', 'Acme Trading Ltd', '订书机', '1', '100.00', 'USD'],
          ['SO-3', 'Acme Trading Ltd', '纸杯', '1', '5.00', 'EUR'],
          ['SO-4', 'Acme Trading Ltd', '纸杯', '1', '5.00', 'Dollars'],
          ['SO-5', 'Acme Trading Ltd', '纸杯', '1', '5.00', ''],
        ],
        { taxMode: 'none' },
      ),
    );
    expect(plan.orders.map((o) => [o.externalNumber, o.currency, o.totals.total])).toEqual([
      ['SO-1', 'USD', 10_000],
      ['SO-2', 'JPY', 100],
      ['SO-5', 'CNY', 500],
    ]);
    const reasons = plan.rejected.map((r) => [r.row, r.field, r.reason]);
    expect(reasons).toContainEqual([4, 'currency', 'order_currency_conflict']);
    expect(reasons).toContainEqual([5, 'currency', 'order_currency_conflict']);
    expect(reasons).toContainEqual([6, 'currency', 'unknown_currency']);
  });
});

describe('tax in the file’s amounts', () => {
  const headers = ['订单号', '客户', '产品', '数量', '价税合计'];
  const rows = [
    ['SO-1', 'Acme Trading Ltd', '订书机', '1', '1130.00'],
    ['SO-1', 'Acme Trading Ltd', '纸杯', '3', '10.00'],
  ];

  it('is guessed from the amount headers, a tax-rate column, the currency, else before tax', () => {
    const guess = (amountHeaders: string[], hasTaxColumn = false, fileCurrency = 'CNY') =>
      guessTaxMode({ amountHeaders, hasTaxColumn, fileCurrency, officeCurrency: 'CNY' });
    expect(guess(['价税合计'])).toBe('inclusive');
    expect(guess(['含税单价'], true)).toBe('inclusive');
    expect(guess(['不含税金额'])).toBe('exclusive');
    expect(guess(['Gross amount'], false, 'USD')).toBe('inclusive');
    expect(guess(['Net Sales'], false, 'USD')).toBe('exclusive');
    expect(guess(['金额'], true)).toBe('exclusive');
    expect(guess(['Sales'], false, 'USD')).toBe('none');
    expect(guess(['金额'])).toBe('exclusive');
  });

  it('splits tax-inclusive amounts at each line’s rate and keeps the file’s total', () => {
    const plan = planOrderLinesImport(planInput(headers, rows, { taxMode: 'inclusive' }));
    const order = plan.orders[0];
    // 1130.00 at 13 % = 1000.00 + 130.00; 10.00 at the cup's 9 % = 9.17 + 0.83.
    expect(order?.totals).toEqual({ subtotal: 100_917, tax: 13_083, total: 114_000 });
    expect(order?.lines[0]).toMatchObject({
      unitPrice: 100_000,
      amount: 100_000,
      gross: 113_000,
      taxRate: 1300,
    });
    expect(
      order?.lines.every(
        (line) => orderLineSchema.safeParse({ ...line, productId: crypto.randomUUID() }).success,
      ),
    ).toBe(true);
  });

  it('adds each line’s rate on amounts before tax, and none on an untaxed file', () => {
    const exclusive = planOrderLinesImport(planInput(headers, rows, { taxMode: 'exclusive' }));
    expect(exclusive.orders[0]?.totals).toEqual({ subtotal: 114_000, tax: 14_780, total: 128_780 });
    const none = planOrderLinesImport(planInput(headers, rows, { taxMode: 'none' }));
    expect(none.orders[0]?.totals).toEqual({ subtotal: 114_000, tax: 0, total: 114_000 });
    expect(none.orders[0]?.lines.map((l) => l.taxRate)).toEqual([0, 0]);
  });

  it('prices a catalogue line of a tax-inclusive file before tax, as the catalogue is', () => {
    const plan = planOrderLinesImport(
      planInput(['订单号', '客户', '产品', '数量'], [['SO-1', 'Acme Trading Ltd', '订书机', '2']], {
        taxMode: 'inclusive',
      }),
    );
    expect(plan.orders[0]?.totals).toEqual({ subtotal: 216_000, tax: 28_080, total: 244_080 });
  });

  it('property: a tax-inclusive file’s orders total exactly its amounts, and split into net + tax ≥ 0', () => {
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 500 }),
      cents: fc.integer({ min: 0, max: 50_000_000 }),
      rate: fc.constantFrom('0%', '1%', '3%', '6%', '9%', '13%', '17%', '20%'),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const file = lines.map((l, i) => [
          'SO-1',
          'Acme Trading Ltd',
          `P-${i}`,
          `Product ${i}`,
          String(l.quantity),
          (l.cents / 100).toFixed(2),
          l.rate,
        ]);
        const plan = planOrderLinesImport(
          planInput(['订单号', '客户', '产品编码', '产品', '数量', '价税合计', '税率'], file, {
            taxMode: 'inclusive',
          }),
        );
        expect(plan.rejected).toEqual([]);
        const order = plan.orders[0];
        const sum = lines.reduce((s, l) => s + l.cents, 0);
        expect(order?.totals.total).toBe(sum);
        expect(orderTotals(order?.lines ?? [])).toEqual(order?.totals);
        for (const planned of order?.lines ?? []) {
          const { net, tax } = lineAmounts(planned);
          expect(net).toBeGreaterThanOrEqual(0);
          expect(tax).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('bad money input', () => {
  const headers = ['订单号', '客户', '产品', '数量', '单价', '折扣'];
  it('refuses a negative quantity as a return, with its own reason, and the rest of its order', () => {
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['SO-1', 'Acme Trading Ltd', '订书机', '2', '1080', ''],
        ['SO-1', 'Acme Trading Ltd', '纸杯', '-3', '0.50', ''],
        ['SO-2', 'Acme Trading Ltd', '纸杯', '0', '0.50', ''],
      ]),
    );
    expect(plan.orders).toEqual([]);
    expect(plan.rejected.map((r) => [r.row, r.reason])).toEqual([
      [2, 'order_has_rejected_rows'],
      [3, 'return_line'],
      [4, 'not_positive'],
    ]);
  });

  it('refuses a discount over 100 % and an amount that is not a number', () => {
    const plan = planOrderLinesImport(
      planInput(headers, [
        ['SO-1', 'Acme Trading Ltd', '纸杯', '2', '0.50', '120%'],
        ['SO-2', 'Acme Trading Ltd', '纸杯', '2', 'twelve', ''],
      ]),
    );
    expect(plan.orders).toEqual([]);
    expect(plan.rejected.map((r) => [r.row, r.field, r.reason])).toEqual([
      [2, 'discount', 'out_of_range'],
      [3, 'unitPrice', 'not_a_number'],
    ]);
  });
});
