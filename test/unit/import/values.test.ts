import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  numberText,
  parseDiscount,
  parseMoney,
  parsePriority,
  parseQuantity,
  parseSegment,
  parseTaxRate,
} from '../../../shared/import/values';
import { MONEY_MAX } from '../../../shared/schema/envelope';

const value = <T>(v: T) => ({ ok: true, value: v });
const reason = (r: string) => ({ ok: false, reason: r });

describe('parseQuantity', () => {
  it('reads plain, grouped, decimal and full-width numbers', () => {
    expect(parseQuantity('12')).toEqual(value(12));
    expect(parseQuantity(' 1,200 ')).toEqual(value(1200));
    expect(parseQuantity('1 200')).toEqual(value(1200));
    expect(parseQuantity('0.5')).toEqual(value(0.5));
    expect(parseQuantity('.5')).toEqual(value(0.5));
    expect(parseQuantity('１２')).toEqual(value(12));
    expect(parseQuantity('１，２００')).toEqual(value(1200));
    expect(parseQuantity('１２．５')).toEqual(value(12.5));
    expect(parseQuantity('+3')).toEqual(value(3));
    expect(parseQuantity(7)).toEqual(value(7));
    expect(parseQuantity(0.1 + 0.2)).toEqual(value(0.3));
  });

  it('refuses zero, negatives, text and comma decimals', () => {
    expect(parseQuantity('0')).toEqual(reason('not_positive'));
    expect(parseQuantity('0.00')).toEqual(reason('not_positive'));
    expect(parseQuantity('-3')).toEqual(reason('not_positive'));
    expect(parseQuantity(-1)).toEqual(reason('not_positive'));
    expect(parseQuantity('abc')).toEqual(reason('not_a_number'));
    expect(parseQuantity('NaN')).toEqual(reason('not_a_number'));
    expect(parseQuantity(Number.NaN)).toEqual(reason('not_a_number'));
    expect(parseQuantity('1,5')).toEqual(reason('ambiguous_number'));
    expect(parseQuantity('1,23,456')).toEqual(reason('ambiguous_number'));
    expect(parseQuantity('10件')).toEqual(reason('not_a_number'));
    expect(parseQuantity('')).toEqual(reason('empty'));
    expect(parseQuantity('  ')).toEqual(reason('empty'));
    expect(parseQuantity('1,000,001')).toEqual(reason('too_large'));
  });

  it('refuses less than a unit’s smallest step, which would make a line worth nothing', () => {
    expect(parseQuantity('0.001')).toEqual(value(0.001));
    expect(parseQuantity('0.0009')).toEqual(reason('below_step'));
    expect(parseQuantity(1e-10)).toEqual(reason('below_step'));
    expect(parseQuantity('0.0000000001')).toEqual(reason('below_step'));
  });
});

describe('parseMoney', () => {
  it('reads currency symbols and codes into minor units', () => {
    expect(parseMoney('¥1,234.50')).toEqual(value(123_450));
    expect(parseMoney('￥1,234.5')).toEqual(value(123_450));
    expect(parseMoney('CNY 1234')).toEqual(value(123_400));
    expect(parseMoney('1234 CNY')).toEqual(value(123_400));
    expect(parseMoney('RMB1,234.00')).toEqual(value(123_400));
    expect(parseMoney('1234.5元')).toEqual(value(123_450));
    expect(parseMoney('$1,234.50')).toEqual(value(123_450));
    expect(parseMoney('US$ 12')).toEqual(value(1200));
    expect(parseMoney('€ 3.10')).toEqual(value(310));
    expect(parseMoney('１２．５０')).toEqual(value(1250));
    expect(parseMoney('0')).toEqual(value(0));
    expect(parseMoney('12.300')).toEqual(value(1230));
    expect(parseMoney(25.5)).toEqual(value(2550));
    expect(parseMoney(0.1 + 0.2)).toEqual(value(30));
  });

  it('uses the currency digits', () => {
    expect(parseMoney('¥1,234', 0)).toEqual(value(1234));
    expect(parseMoney('1.5', 0)).toEqual(value(2));
    expect(parseMoney('1.234', 3)).toEqual(value(1234));
  });

  it('refuses negatives, too many decimals, comma decimals and other currencies', () => {
    expect(parseMoney('-5')).toEqual(reason('negative'));
    expect(parseMoney('¥-5')).toEqual(reason('negative'));
    expect(parseMoney('(5.00)')).toEqual(reason('negative'));
    expect(parseMoney(-5)).toEqual(reason('negative'));
    expect(parseMoney('-0')).toEqual(value(0));
    expect(parseMoney('1.234')).toEqual(value(123));
    expect(parseMoney('abc')).toEqual(reason('not_a_number'));
    expect(parseMoney('1 234,50')).toEqual(reason('ambiguous_number'));
    expect(parseMoney('12,5')).toEqual(reason('ambiguous_number'));
    expect(parseMoney('USD 12', 2, 'CNY')).toEqual(reason('currency_mismatch'));
    expect(parseMoney('$12', 2, 'CNY')).toEqual(reason('currency_mismatch'));
    expect(parseMoney('¥12', 2, 'CNY')).toEqual(value(1200));
    expect(parseMoney('RMB 12', 2, 'CNY')).toEqual(value(1200));
    expect(parseMoney('$12', 2, 'USD')).toEqual(value(1200));
    expect(parseMoney('12 pcs')).toEqual(reason('not_a_number'));
    expect(parseMoney('free')).toEqual(reason('not_a_number'));
    expect(parseMoney('')).toEqual(reason('empty'));
    expect(parseMoney('99999999999999999')).toEqual(reason('too_large'));
  });

  it('strips the quote our CSV export adds to neutralise a formula-looking cell', () => {
    expect(parseMoney("'-5")).toEqual(reason('negative'));
    expect(parseQuantity("'+5")).toEqual(value(5));
  });

  it('round-trips any amount written with grouping and a symbol', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (minor) => {
        const text = `¥${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        // Past the money bound an amount is refused (schema/envelope.ts), never read as another.
        expect(parseMoney(text, 2, 'CNY')).toEqual(minor <= MONEY_MAX ? value(minor) : reason('too_large'));
      }),
    );
  });

  it('refuses amounts past the money bound, however written', () => {
    expect(parseMoney('90,000,000.00', 2)).toEqual(value(MONEY_MAX));
    expect(parseMoney('90,000,000.01', 2)).toEqual(reason('too_large'));
    expect(parseMoney(9_999_999_999.99, 2)).toEqual(reason('too_large'));
    expect(parseMoney('9007199254740991', 0)).toEqual(reason('too_large'));
  });
});

describe('parseTaxRate', () => {
  it('reads percent, fraction and whole-number forms into basis points', () => {
    expect(parseTaxRate('13%')).toEqual(value(1300));
    expect(parseTaxRate('13 %')).toEqual(value(1300));
    expect(parseTaxRate('１３％')).toEqual(value(1300));
    expect(parseTaxRate(0.13)).toEqual(value(1300));
    expect(parseTaxRate('0.13')).toEqual(value(1300));
    expect(parseTaxRate(13)).toEqual(value(1300));
    expect(parseTaxRate('13')).toEqual(value(1300));
    expect(parseTaxRate('6.5%')).toEqual(value(650));
    expect(parseTaxRate('0.065')).toEqual(value(650));
    expect(parseTaxRate('1')).toEqual(value(100));
    expect(parseTaxRate('0')).toEqual(value(0));
    expect(parseTaxRate('0%')).toEqual(value(0));
    expect(parseTaxRate('100%')).toEqual(value(10_000));
    expect(parseTaxRate('免税')).toEqual(value(0));
    expect(parseTaxRate('Exempt')).toEqual(value(0));
  });

  it('refuses rates it cannot hold', () => {
    expect(parseTaxRate('101%')).toEqual(reason('out_of_range'));
    expect(parseTaxRate('130')).toEqual(reason('out_of_range'));
    expect(parseTaxRate('-13%')).toEqual(reason('negative'));
    expect(parseTaxRate('13.555%')).toEqual(reason('too_many_decimals'));
    expect(parseTaxRate('%')).toEqual(reason('not_a_number'));
    expect(parseTaxRate('VAT')).toEqual(reason('not_a_number'));
    expect(parseTaxRate('')).toEqual(reason('empty'));
  });
});

describe('parseDiscount', () => {
  it('reads amounts, percentages and Chinese 折', () => {
    expect(parseDiscount('¥20')).toEqual(value({ kind: 'amount', minor: 2000, exact: null }));
    expect(parseDiscount(5)).toEqual(value({ kind: 'amount', minor: 500, exact: null }));
    expect(parseDiscount('10%')).toEqual(value({ kind: 'percent', basisPoints: 1000 }));
    expect(parseDiscount('9折')).toEqual(value({ kind: 'percent', basisPoints: 1000 }));
    expect(parseDiscount('85折')).toEqual(value({ kind: 'percent', basisPoints: 1500 }));
    expect(parseDiscount('8.5折')).toEqual(value({ kind: 'percent', basisPoints: 1500 }));
  });

  it('refuses what cannot be a discount', () => {
    expect(parseDiscount('-10%')).toEqual(reason('negative'));
    expect(parseDiscount('150%')).toEqual(reason('out_of_range'));
    expect(parseDiscount('0折')).toEqual(reason('out_of_range'));
    expect(parseDiscount('-3')).toEqual(reason('negative'));
    expect(parseDiscount('')).toEqual(reason('empty'));
  });
});

describe('parsePriority and parseSegment', () => {
  it('reads urgent and normal words in both languages', () => {
    for (const word of ['加急', '紧急', 'Urgent', 'HIGH', 'high', 'Highest'])
      expect(parsePriority(word)).toEqual(value('urgent'));
    for (const word of ['普通', '一般', 'Normal', 'low'])
      expect(parsePriority(word)).toEqual(value('normal'));
    expect(parsePriority('whenever')).toEqual(reason('unknown_priority'));
    expect(parsePriority('')).toEqual(reason('empty'));
  });

  it('reads customer segments', () => {
    expect(parseSegment('重点客户')).toEqual(value('key'));
    expect(parseSegment('VIP')).toEqual(value('key'));
    expect(parseSegment('普通')).toEqual(value('regular'));
    expect(parseSegment('小客户')).toEqual(value('small'));
    expect(parseSegment('New')).toEqual(value('new'));
    expect(parseSegment('toString')).toEqual(reason('unknown_segment'));
  });
});

describe('cell text', () => {
  it('writes numbers without float noise or exponents and trims strings', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(13800138000)).toBe('13800138000');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(cellText('  x ')).toBe('x');
    expect(cellText("'=1+1")).toBe('=1+1');
    expect(cellText("'quoted")).toBe("'quoted");
    expect(cellText(undefined)).toBe('');
  });
});
