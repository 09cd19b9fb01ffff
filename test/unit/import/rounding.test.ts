import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDigits, roundingDifference } from '../../../shared/import/rounding';
import { parseDiscount, parseMoney, parseMoneyExact } from '../../../shared/import/values';

describe('rounding file amounts to the minor unit', () => {
  it('rounds half away from zero by default, keeping the file value', () => {
    expect(parseMoneyExact('16.448')).toEqual({ ok: true, value: { minor: 1645, exact: '16.448' } });
    expect(parseMoneyExact('1.0880')).toEqual({ ok: true, value: { minor: 109, exact: '1.088' } });
    expect(parseMoneyExact('$2,345.125')).toEqual({ ok: true, value: { minor: 234_513, exact: '2345.125' } });
    expect(parseMoneyExact(0.005)).toEqual({ ok: true, value: { minor: 1, exact: '0.005' } });
    expect(parseMoneyExact('12.30')).toEqual({ ok: true, value: { minor: 1230, exact: null } });
  });

  it("rounds exact halves to the even digit with banker's rounding", () => {
    expect(parseMoney('2.345', 2, undefined, 'half_even')).toEqual({ ok: true, value: 234 });
    expect(parseMoney('2.355', 2, undefined, 'half_even')).toEqual({ ok: true, value: 236 });
    expect(parseMoney('2.3451', 2, undefined, 'half_even')).toEqual({ ok: true, value: 235 });
    expect(parseMoney('2.9999', 2, undefined, 'half_even')).toEqual({ ok: true, value: 300 });
    expect(parseMoney('1.5', 0, 'JPY', 'half_even')).toEqual({ ok: true, value: 2 });
    expect(parseMoney('2.5', 0, 'JPY', 'half_even')).toEqual({ ok: true, value: 2 });
  });

  it('refuses only what is not a number', () => {
    expect(parseMoney('16.448.1').ok).toBe(false);
    expect(parseMoney('n/a')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseMoney('-16.448')).toEqual({ ok: false, reason: 'negative' });
  });

  it('rounds discount amounts the same way', () => {
    expect(parseDiscount('3.3333')).toEqual({
      ok: true,
      value: { kind: 'amount', minor: 333, exact: '3.3333' },
    });
  });

  it('carries a 9 over into the integer digits', () => {
    expect(roundDigits('99', '995', 2, 'half_away')).toBe('10000');
    expect(Number(roundDigits('', '004', 2, 'half_away'))).toBe(0);
  });

  it('sums the differences exactly, signed', () => {
    expect(
      roundingDifference(
        [
          { row: 2, field: 'amount', exact: '16.448', rounded: 1645 },
          { row: 3, field: 'amount', exact: '1.088', rounded: 109 },
        ],
        2,
      ),
    ).toBe('+0.004');
    expect(roundingDifference([{ row: 2, field: 'amount', exact: '1.004', rounded: 100 }], 2)).toBe('-0.004');
    expect(
      roundingDifference(
        Array.from({ length: 42 }, (_, i) => ({
          row: i,
          field: 'amount' as const,
          exact: '0.005',
          rounded: 1,
        })),
        2,
      ),
    ).toBe('+0.21');
    expect(roundingDifference([], 2)).toBe('0.00');
  });

  it('never moves an amount by more than half a minor unit, and the difference adds up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1_000_000), fc.stringMatching(/^\d{3,4}$/)), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.constantFrom('half_away' as const, 'half_even' as const),
        (cells, mode) => {
          const rounded = cells.map(([int, frac], row) => {
            const parsed = parseMoneyExact(`${int}.${frac}`, 2, undefined, mode);
            if (!parsed.ok) throw new Error(parsed.reason);
            // Exact in ten-thousandths: kept × 100 − file value.
            const exact = int * 10_000 + Number(frac.padEnd(4, '0'));
            const off = parsed.value.minor * 100 - exact;
            expect(Math.abs(off)).toBeLessThanOrEqual(50);
            return {
              row,
              field: 'amount' as const,
              exact: `${int}.${frac}`,
              rounded: parsed.value.minor,
              off,
            };
          });
          const total = rounded.reduce((sum, r) => sum + r.off, 0);
          expect(Number(roundingDifference(rounded, 2))).toBeCloseTo(total / 10_000, 8);
        },
      ),
    );
  });
});
