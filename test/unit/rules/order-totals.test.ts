import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../../../shared/refusal';
import { orderTotals, type PricedLine, totalsMismatch } from '../../../shared/rules/money';
import { movedStat } from '../../../shared/rules/order-aggregates';
import { MONEY_MAX, moneySchema } from '../../../shared/schema/envelope';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY, orderLineSchema } from '../../../shared/schema/order';
import { validate } from '../../../shared/validation';

// An order's totals are what its lines add up to, and no money field is large enough to make a sum of
// a million orders inexact.

const line: PricedLine = { quantity: 2, unitPrice: 12_000, discount: 0, taxRate: 1300 };
const honest = { lines: [line], subtotal: 24_000, tax: 3_120, total: 27_120 };

describe('an order’s totals against its lines', () => {
  it('accepts totals its lines give, stated amounts and gross included', () => {
    expect(totalsMismatch(honest)).toBeNull();
    const stated: PricedLine = { quantity: 10, unitPrice: 7_999, discount: 0, taxRate: 1300, amount: 79_992 };
    const gross: PricedLine = { ...stated, gross: 90_391 };
    expect(totalsMismatch({ lines: [stated, gross], ...orderTotals([stated, gross]) })).toBeNull();
    expect(orderTotals([gross])).toEqual({ subtotal: 79_992, tax: 10_399, total: 90_391 });
  });

  it('names the first total that differs, what it says and what the lines give', () => {
    expect(totalsMismatch({ ...honest, subtotal: -24_000, tax: -3_120, total: -27_120 })).toEqual({
      field: 'subtotal',
      stated: -24_000,
      computed: 24_000,
    });
    expect(totalsMismatch({ ...honest, tax: 0 })).toMatchObject({ field: 'tax', computed: 3_120 });
    expect(totalsMismatch({ ...honest, total: 999_999_999_999 })).toEqual({
      field: 'total',
      stated: 999_999_999_999,
      computed: 27_120,
    });
  });

  it('any change to a total alone is caught (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 1, max: 1_000 }),
            unitPrice: fc.integer({ min: 0, max: 1_000_000 }),
            discount: fc.constant(0),
            taxRate: fc.constantFrom(0, 600, 900, 1300),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        fc.constantFrom('subtotal', 'tax', 'total' as const),
        fc.integer({ min: -MONEY_MAX, max: MONEY_MAX }).filter((d) => d !== 0),
        (lines, field, delta) => {
          const order = { lines, ...orderTotals(lines) };
          expect(totalsMismatch(order)).toBeNull();
          expect(totalsMismatch({ ...order, [field]: order[field] + delta })?.field).toBe(field);
        },
      ),
    );
  });
});

describe('the money bound', () => {
  it('keeps a million orders at the largest total a safe integer', () => {
    expect(MONEY_MAX * 1_000_000).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(Number.isSafeInteger(MONEY_MAX * 1_000_000)).toBe(true);
  });

  it('refuses larger amounts, either way, as too large', () => {
    expect(moneySchema.safeParse(MONEY_MAX).success).toBe(true);
    expect(moneySchema.safeParse(-MONEY_MAX).success).toBe(true);
    for (const value of [MONEY_MAX + 1, -MONEY_MAX - 1, 999_999_999_999, Number.MAX_SAFE_INTEGER])
      expect(moneySchema.safeParse(value).success, String(value)).toBe(false);
    const refusal = (() => {
      try {
        validate('orders', orderLineSchema, {
          ...line,
          productId: crypto.randomUUID(),
          unitPrice: MONEY_MAX + 1,
        });
      } catch (e) {
        return e;
      }
    })() as Refusal;
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({ code: 'amount.tooLarge', field: 'unitPrice' });
  });

  it('a line at the largest price and quantity is still an exact integer before its order is bounded', () => {
    expect(Number.isSafeInteger(MONEY_MAX * MAX_LINE_QUANTITY)).toBe(true);
  });
});

describe('stats kept on every order write', () => {
  it('move by their deltas', () => {
    expect(
      movedStat({ key: 'status:submitted', count: 2, amount: 500 }, 'status:submitted', {
        count: 1,
        amount: 20,
      }),
    ).toEqual({
      key: 'status:submitted',
      count: 3,
      amount: 520,
    });
    expect(movedStat(undefined, 'day:2026-11-28', { count: 1, amount: 27_120 })).toEqual({
      key: 'day:2026-11-28',
      count: 1,
      amount: 27_120,
    });
  });

  it('refuse a write that would take a sum past a safe integer', () => {
    const near = { key: 'status:submitted', count: 1, amount: Number.MAX_SAFE_INTEGER - 10 };
    expect(() => movedStat(near, near.key, { count: 1, amount: 11 })).toThrow(Refusal);
    expect(() => movedStat({ ...near, amount: 100 }, near.key, { count: 1, amount: 0.5 })).toThrow(Refusal);
    expect(movedStat(near, near.key, { count: 1, amount: 10 }).amount).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => movedStat(near, near.key, { count: 1, amount: 11 })).toThrow(
      expect.objectContaining({ code: 'order.sumsTooLarge', table: 'orders' }),
    );
  });
});

describe('the smallest quantity a line may ask for', () => {
  const at = (quantity: number) =>
    orderLineSchema.safeParse({ ...line, quantity, unitPrice: 1, productId: crypto.randomUUID() });

  it('is a unit’s smallest step, so no positive quantity makes a line worth nothing', () => {
    expect(MIN_LINE_QUANTITY).toBe(0.001);
    expect(at(0.001).success).toBe(true);
    expect(at(1e-10).success).toBe(false);
    expect(at(0.000999).success).toBe(false);
    const refusal = (() => {
      try {
        validate('orders', orderLineSchema, { ...line, quantity: 1e-10, productId: crypto.randomUUID() });
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toMatchObject({ code: 'field.atLeast', field: 'quantity', params: { min: 0.001 } });
    // Zero and below still say "more than 0", as the order form always has.
    expect(at(0).error?.issues[0]?.code).toBe('too_small');
  });
});
