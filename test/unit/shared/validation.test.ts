import { describe, expect, it } from 'vitest';
import { Refusal } from '../../../shared/refusal';
import { customerFields } from '../../../shared/schema/customer';
import { orderFields } from '../../../shared/schema/order';
import { validate } from '../../../shared/validation';

const customer = { code: 'C0001', name: '北京华信', segment: 'key', creditLimit: 100_000 };

describe('record validation', () => {
  it('accepts a valid record and fills defaults', () => {
    const parsed = validate('customers', customerFields, customer);
    expect(parsed.tags).toEqual([]);
    expect(parsed.contact).toBe('');
  });

  it('names the field that is wrong', () => {
    try {
      validate('customers', customerFields, { ...customer, creditLimit: 12.5 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Refusal);
      expect(error).toMatchObject({ field: 'creditLimit', table: 'customers', code: 'field.wholeNumber' });
    }
  });

  it('names a nested field (a line of an order)', () => {
    const order = {
      number: 'A-20261128-0001',
      customerId: crypto.randomUUID(),
      status: 'draft',
      priority: 'normal',
      assigneeId: null,
      lines: [{ productId: crypto.randomUUID(), quantity: -1, unitPrice: 100, taxRate: 1300 }],
      subtotal: 0,
      tax: 0,
      total: 0,
      currency: 'CNY',
      orderedAt: new Date().toISOString(),
      requestedDate: null,
      dueAt: null,
      invoiced: false,
    };
    expect(() => validate('orders', orderFields, order)).toThrow(/lines\.0\.quantity/);
  });
});
