import { describe, expect, it } from 'vitest';
import {
  type EntryDraft,
  emptyLine,
  minorToText,
  toOrderDraft,
} from '../../../renderer/features/orders/entry-draft';
import type { Product } from '../../../shared/schema/product';

const product = { id: crypto.randomUUID(), unitPrice: 12_345, taxRate: 1300 } as Product;
const products = new Map([[product.id, product]]);
const entry = (patch: Partial<EntryDraft['lines'][0]> = {}, draft: Partial<EntryDraft> = {}): EntryDraft => ({
  customerId: crypto.randomUUID(),
  lines: [{ ...emptyLine(), productId: product.id, quantity: '2', price: '123.45', ...patch }],
  priority: 'normal',
  requestedDate: '',
  notes: '',
  ...draft,
});

describe('order entry draft', () => {
  it('turns typed text into integer minor units, with the product tax rate', () => {
    const { draft, errors } = toOrderDraft(entry({ discount: '10.5' }), products, 'CNY');
    expect(errors).toEqual({});
    expect(draft?.lines).toEqual([
      {
        productId: product.id,
        quantity: 2,
        unitPrice: 12_345,
        discount: 1_050,
        taxRate: 1300,
        priceOverrideReason: '',
      },
    ]);
  });

  it('names each bad field and produces no draft', () => {
    const { draft, errors } = toOrderDraft(
      entry({ quantity: '0', price: '12.345', discount: 'x' }, { customerId: null }),
      products,
      'CNY',
    );
    expect(draft).toBeNull();
    expect(errors).toEqual({
      customer: 'ordersArea.entry.customerRequired',
      'lines.0.quantity': 'ordersArea.entry.quantityInvalid',
      'lines.0.price': 'ordersArea.entry.priceInvalid',
      'lines.0.discount': 'ordersArea.entry.discountInvalid',
    });
  });

  it('asks for a reason when the price differs from the list price', () => {
    expect(toOrderDraft(entry({ price: '100' }), products, 'CNY').errors).toEqual({
      'lines.0.overrideReason': 'ordersArea.entry.overrideRequired',
    });
    const { draft } = toOrderDraft(entry({ price: '100', overrideReason: '协议价' }), products, 'CNY');
    expect(draft?.lines[0]).toMatchObject({ unitPrice: 10_000, priceOverrideReason: '协议价' });
  });

  it('refuses a discount larger than the line, and an order with no lines', () => {
    expect(toOrderDraft(entry({ discount: '300' }), products, 'CNY').errors).toHaveProperty(
      'lines.0.discount',
    );
    expect(toOrderDraft(entry({}, { lines: [emptyLine()] }), products, 'CNY').errors).toEqual({
      lines: 'ordersArea.entry.linesRequired',
    });
  });

  it('prints minor units back as the text a user would type', () => {
    expect(minorToText(12_345, 'CNY')).toBe('123.45');
    expect(minorToText(5, 'CNY')).toBe('0.05');
    expect(minorToText(500, 'JPY')).toBe('500');
  });
});
