import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/import/columns';
import { guessDiscountKind } from '../../../shared/import/discount-kind';
import { planOrderLinesImport } from '../../../shared/import/plan';
import { lineAmounts } from '../../../shared/rules/money';
import { planInput } from './plan-helpers';

describe('reading a discount column', () => {
  it('tells fractions, percents and amounts apart by the values and the title', () => {
    expect(guessDiscountKind('Discount', ['0', '0.2', 0.45, '0.8'])).toBe('fraction');
    expect(guessDiscountKind('Discount %', ['20', '5', ''])).toBe('percent');
    expect(guessDiscountKind('折扣率', ['20', '5'])).toBe('percent');
    expect(guessDiscountKind('Discount', ['20', '5'])).toBe('ambiguous');
    expect(guessDiscountKind('折扣', ['1', '10%'])).toBe('ambiguous');
    expect(guessDiscountKind('Discount', ['250', '5'])).toBe('amount');
    expect(guessDiscountKind('Discount Amount', ['0.2'])).toBe('amount');
    expect(guessDiscountKind('折扣额', ['0.5'])).toBe('amount');
    expect(guessDiscountKind('Discount', ['10%', '9折', '0'])).toBe('amount');
  });

  const headers = ['Order ID', 'Customer Name', 'Product Name', 'Quantity', 'Sales', 'Discount'];
  const mapping: ColumnMapping = {
    orderNumber: 0,
    customer: 1,
    product: 2,
    quantity: 3,
    amount: 4,
    discount: 5,
  };
  const plan = (rows: string[][], discountKind?: 'amount' | 'fraction' | 'percent') =>
    planOrderLinesImport(
      planInput(headers, rows, {
        mapping,
        currency: 'USD',
        defaultTaxRate: 0,
        ...(discountKind ? { discountKind } : {}),
      }),
    );

  it('applies a fraction discount once: the file amount is already after it', () => {
    const result = plan([
      ['US-1', 'Sean ODonnell', 'Bretford Table', '5', '957.5775', '0.45'],
      ['US-1', 'Sean ODonnell', 'Eldon Cart', '2', '22.368', '0.2'],
      ['US-2', 'Claire Gute', 'Bookcase', '2', '261.96', '0'],
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.discountReading).toEqual({ kind: 'fraction', ambiguous: false });
    const [table, cart] = result.orders[0]?.lines ?? [];
    expect(lineAmounts(table as NonNullable<typeof table>).net).toBe(95_758);
    expect(cart).toMatchObject({ unitPrice: 1398, discount: 559 });
    expect(lineAmounts(cart as NonNullable<typeof cart>).net).toBe(2237);
    expect(result.orders[0]?.totals.subtotal).toBe(95_758 + 2237);
  });

  it('asks when numbers from 1 to 100 could be percents or amounts, and reads the answer', () => {
    const rows = [['US-3', 'Claire Gute', 'Chair', '1', '80', '20']];
    expect(plan(rows).discountReading).toEqual({ kind: 'amount', ambiguous: true });
    const asPercent = plan(rows, 'percent');
    expect(asPercent.orders[0]?.lines[0]).toMatchObject({ unitPrice: 10_000, discount: 2000 });
    expect(asPercent.orders[0]?.totals.subtotal).toBe(8000);
  });

  it('refuses a discount over 100 % on its row, and its order whole', () => {
    const result = plan(
      [
        ['US-4', 'Claire Gute', 'Chair', '1', '80', '1.2'],
        ['US-4', 'Claire Gute', 'Desk', '1', '80', '0.1'],
      ],
      'fraction',
    );
    expect(result.orders).toEqual([]);
    expect(result.rejected.map((r) => [r.row, r.reason])).toEqual([
      [2, 'out_of_range'],
      [3, 'order_has_rejected_rows'],
    ]);
  });
});
