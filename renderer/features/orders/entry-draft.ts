import { parseMoney, parseQuantity } from '../../../shared/import/values';
import { currencyDigits } from '../../../shared/rules/money';
import type { Product } from '../../../shared/schema/product';
import type { OrderDraft } from '../../db/order-commands';

// The order entry form's state as typed text, and its conversion to an OrderDraft with a message
// per field. Amounts are parsed from text to integer minor units, never through floats.

export interface LineDraft {
  key: string;
  productId: string | null;
  quantity: string;
  price: string;
  discount: string;
  overrideReason: string;
}

export interface EntryDraft {
  customerId: string | null;
  lines: LineDraft[];
  priority: 'normal' | 'urgent';
  requestedDate: string;
  notes: string;
}

export type EntryErrors = Record<string, string>;

export const emptyLine = (): LineDraft => ({
  key: crypto.randomUUID(),
  productId: null,
  quantity: '1',
  price: '',
  discount: '',
  overrideReason: '',
});

export const minorToText = (minor: number, currency: string) => {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits ? `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}` : `${sign}${abs}`;
};

/** Field keys: `customer`, `lines`, `lines.<i>.product|quantity|price|discount|overrideReason`. */
export function toOrderDraft(
  entry: EntryDraft,
  products: ReadonlyMap<string, Product>,
  currency: string,
): { draft: OrderDraft | null; errors: EntryErrors } {
  const errors: EntryErrors = {};
  const digits = currencyDigits(currency);
  if (!entry.customerId) errors.customer = 'ordersArea.entry.customerRequired';
  const filled = entry.lines.filter((l) => l.productId || l.price.trim());
  if (filled.length === 0) errors.lines = 'ordersArea.entry.linesRequired';
  const lines: OrderDraft['lines'] = [];
  entry.lines.forEach((line, i) => {
    if (!filled.includes(line)) return;
    const at = (field: string) => `lines.${i}.${field}`;
    const product = line.productId ? products.get(line.productId) : undefined;
    if (!product) errors[at('product')] = 'ordersArea.entry.productRequired';
    const quantity = parseQuantity(line.quantity);
    if (!quantity.ok) errors[at('quantity')] = 'ordersArea.entry.quantityInvalid';
    const price =
      line.price.trim() === '' && product
        ? { ok: true as const, value: product.unitPrice }
        : parseMoney(line.price, digits);
    if (!price.ok) errors[at('price')] = 'ordersArea.entry.priceInvalid';
    const discount =
      line.discount.trim() === '' ? { ok: true as const, value: 0 } : parseMoney(line.discount, digits);
    if (
      !discount.ok ||
      (quantity.ok && price.ok && discount.value > Math.round(quantity.value * price.value))
    ) {
      errors[at('discount')] = 'ordersArea.entry.discountInvalid';
    }
    const overridden = product && price.ok && price.value !== product.unitPrice;
    if (overridden && !line.overrideReason.trim())
      errors[at('overrideReason')] = 'ordersArea.entry.overrideRequired';
    if (product && quantity.ok && price.ok && discount.ok) {
      lines.push({
        productId: product.id,
        quantity: quantity.value,
        unitPrice: price.value,
        discount: discount.value,
        taxRate: product.taxRate,
        priceOverrideReason: overridden ? line.overrideReason.trim() : '',
      });
    }
  });
  if (Object.keys(errors).length > 0 || !entry.customerId) return { draft: null, errors };
  return {
    draft: {
      customerId: entry.customerId,
      lines,
      priority: entry.priority,
      requestedDate: entry.requestedDate || null,
      notes: entry.notes.trim(),
    },
    errors,
  };
}
