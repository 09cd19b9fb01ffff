import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMoneyInput,
  formatPercentInput,
  parseMoneyInput,
  parsePercentInput,
} from '../../../shared/rules/money-input';

const value = (result: ReturnType<typeof parseMoneyInput>) => (result.ok ? result.value : result.reason);

describe('typed amounts → integer minor units', () => {
  it('reads decimals exactly', () => {
    expect(value(parseMoneyInput('1234.5', 2))).toBe(123450);
    expect(value(parseMoneyInput('1234.50', 2))).toBe(123450);
    expect(value(parseMoneyInput('0', 2))).toBe(0);
    expect(value(parseMoneyInput('.5', 2))).toBe(50);
    expect(value(parseMoneyInput('7.', 2))).toBe(700);
    expect(value(parseMoneyInput(' 1,234,567.89 ', 2))).toBe(123456789);
    expect(value(parseMoneyInput('１２３．４５', 2))).toBe(12345); // full-width, as a Chinese IME types
    expect(value(parseMoneyInput('500', 0))).toBe(500); // JPY has no minor unit
  });

  it('has no float drift: the digits are joined, never multiplied', () => {
    // As floats: 19.99 * 100 = 1998.9999999999998, 1.15 * 100 = 114.99999999999999, 0.1 + 0.2 = 0.30000000000000004
    expect(value(parseMoneyInput('19.99', 2))).toBe(1999);
    expect(value(parseMoneyInput('1.15', 2))).toBe(115);
    expect(value(parseMoneyInput('4.35', 2))).toBe(435);
    const a = parseMoneyInput('0.1', 2);
    const b = parseMoneyInput('0.2', 2);
    const sum = parseMoneyInput('0.3', 2);
    expect(a.ok && b.ok && sum.ok && a.value + b.value === sum.value).toBe(true);
    expect(value(parseMoneyInput('90071992547409.91', 2))).toBe(9007199254740991);
  });

  it('round-trips every amount through the text a field shows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 3 }),
        (minor, digits) => {
          expect(value(parseMoneyInput(formatMoneyInput(minor, digits), digits))).toBe(minor);
        },
      ),
    );
    expect(formatMoneyInput(123450, 2)).toBe('1234.50');
    expect(formatMoneyInput(5, 2)).toBe('0.05');
    expect(formatMoneyInput(500, 0)).toBe('500');
  });

  it('refuses more decimal places than the currency has, instead of rounding', () => {
    expect(value(parseMoneyInput('1.234', 2))).toBe('decimals');
    expect(value(parseMoneyInput('1.5', 0))).toBe('decimals');
    expect(value(parseMoneyInput('1.230', 2))).toBe(123); // trailing zeros are not extra precision
  });

  it('refuses negatives, garbage, empty text and amounts beyond a safe integer', () => {
    expect(value(parseMoneyInput('-5', 2))).toBe('negative');
    expect(value(parseMoneyInput('−0.01', 2))).toBe('negative');
    expect(value(parseMoneyInput('-0', 2))).toBe(0);
    expect(value(parseMoneyInput('', 2))).toBe('empty');
    expect(value(parseMoneyInput('   ', 2))).toBe('empty');
    for (const garbage of [
      'abc',
      '12abc',
      '1.2.3',
      '1,5',
      '1e5',
      '0x10',
      '.',
      '--5',
      '¥12',
      'NaN',
      'Infinity',
      '12,34.5',
    ]) {
      expect(value(parseMoneyInput(garbage, 2)), garbage).toBe('invalid');
    }
    expect(value(parseMoneyInput('90071992547409.92', 2))).toBe('tooLarge');
    expect(value(parseMoneyInput('1'.repeat(30), 2))).toBe('tooLarge');
  });
});

describe('typed tax rates → basis points', () => {
  it('reads percentages from 0 to 100 with up to two decimals', () => {
    expect(parsePercentInput('13')).toEqual({ ok: true, value: 1300 });
    expect(parsePercentInput('6.5')).toEqual({ ok: true, value: 650 });
    expect(parsePercentInput('0')).toEqual({ ok: true, value: 0 });
    expect(parsePercentInput('100')).toEqual({ ok: true, value: 10_000 });
    expect(parsePercentInput('9 %')).toEqual({ ok: true, value: 900 });
    expect(parsePercentInput('1.15')).toEqual({ ok: true, value: 115 });
  });

  it('refuses out of range, too precise, negative and garbage', () => {
    expect(parsePercentInput('100.01')).toEqual({ ok: false, reason: 'range' });
    expect(parsePercentInput('1300')).toEqual({ ok: false, reason: 'range' });
    expect(parsePercentInput('13.125')).toEqual({ ok: false, reason: 'decimals' });
    expect(parsePercentInput('-1')).toEqual({ ok: false, reason: 'negative' });
    expect(parsePercentInput('thirteen')).toEqual({ ok: false, reason: 'invalid' });
    expect(parsePercentInput('')).toEqual({ ok: false, reason: 'empty' });
  });

  it('shows basis points as the shortest percentage', () => {
    expect(formatPercentInput(1300)).toBe('13');
    expect(formatPercentInput(650)).toBe('6.5');
    expect(formatPercentInput(625)).toBe('6.25');
    expect(formatPercentInput(0)).toBe('0');
    expect(formatPercentInput(10_000)).toBe('100');
  });
});
