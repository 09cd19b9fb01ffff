import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  formatMoney,
  lineAmounts,
  orderTotals,
  roundHalfAway,
} from '../../../shared/rules/money';

describe('money in minor units', () => {
  it('rounds half away from zero', () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(2.4999)).toBe(2);
  });

  it('computes a line: quantity × price − discount, then tax on the net, all integers', () => {
    // 3 × ¥12.34 = ¥37.02, minus ¥2.00 discount = ¥35.02, 13 % VAT = ¥4.5526 → ¥4.55
    expect(lineAmounts({ quantity: 3, unitPrice: 1234, discount: 200, taxRate: 1300 })).toEqual({
      net: 3502,
      tax: 455,
      gross: 3957,
    });
  });

  it('totals equal the sum of the printed lines (no float drift over many lines)', () => {
    const lines = Array.from({ length: 100 }, () => ({
      quantity: 0.1,
      unitPrice: 333,
      discount: 0,
      taxRate: 600,
    }));
    const totals = orderTotals(lines);
    const perLine = lineAmounts(lines[0] as (typeof lines)[0]);
    expect(totals).toEqual({
      subtotal: perLine.net * 100,
      tax: perLine.tax * 100,
      total: perLine.gross * 100,
    });
    expect(Number.isInteger(totals.total)).toBe(true);
  });

  it('formats for the locale and the currency minor digits', () => {
    expect(currencyDigits('CNY')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(formatMoney(123456, 'CNY', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney(123456, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney(500, 'JPY', 'en')).toBe('¥500');
  });
});
