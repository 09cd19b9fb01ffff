import { describe, expect, it } from 'vitest';
import { formatOrderNumber, orderNumberPrefix } from '../../../shared/rules/order-number';
import { orderNumberSchema } from '../../../shared/schema/order';

describe('order numbers', () => {
  it('are prefix-date-sequence, valid for the order schema', () => {
    const number = formatOrderNumber('A', new Date(2026, 10, 28), 42);
    expect(number).toBe('A-20261128-0042');
    expect(orderNumberSchema.safeParse(number).success).toBe(true);
    expect(orderNumberPrefix(number)).toBe('A');
  });

  it('refuse a bad prefix or sequence', () => {
    expect(() => formatOrderNumber('a-b', new Date(), 1)).toThrow(/prefix/);
    expect(() => formatOrderNumber('A', new Date(), 0)).toThrow(/sequence/);
  });

  it('differ between machines with different prefixes on the same day and sequence', () => {
    const day = new Date(2026, 0, 5);
    expect(formatOrderNumber('A1', day, 1)).not.toBe(formatOrderNumber('B7', day, 1));
  });
});
