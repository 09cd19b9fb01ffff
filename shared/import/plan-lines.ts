import { discountFits, lineAmounts, lineBase, roundHalfAway } from '../rules/money';
import type { Discount } from './values';

// One line's unit price and discount in minor units, from what the row gives:
// unit price from the row, else amount ÷ quantity, else the catalogue price of an existing product.
// An amount without a price is read as the net line amount (quantity × price − discount, before tax),
// and it stays the line's amount to the cent: when no whole minor-unit price gives it back, the line
// keeps the file's amount and the derived price is only shown (rounded: true).
// When both a price and an amount are given, the amount must match quantity × price (before discount),
// the net after discount, or the net plus tax, within one minor unit.

export interface LineFacts {
  quantity: number;
  /** Unit price in the row, minor units. */
  unitPrice: number | null;
  /** Amount in the row, minor units. */
  amount: number | null;
  discount: Discount | null;
  /** Basis points. */
  taxRate: number;
  /** Catalogue price of an existing product; null for a product the file creates. */
  catalogPrice: number | null;
}

export type PricedLine =
  | {
      ok: true;
      unitPrice: number;
      discount: number;
      /** The file's net amount when quantity × unitPrice − discount does not give it; else null. */
      amount: number | null;
      rounded: boolean;
    }
  | {
      ok: false;
      field: 'unitPrice' | 'amount' | 'discount';
      reason:
        | 'new_product_needs_price'
        | 'amount_mismatch'
        | 'discount_exceeds_amount'
        | 'cannot_derive_price'
        | 'too_large';
    };

function discountOn(base: number, discount: Discount | null): number {
  if (!discount) return 0;
  return discount.kind === 'amount' ? discount.minor : roundHalfAway((base * discount.basisPoints) / 10_000);
}

function finish(facts: LineFacts, unitPrice: number, rounded: boolean): PricedLine {
  const base = lineBase({ quantity: facts.quantity, unitPrice });
  if (!Number.isSafeInteger(base)) return { ok: false, field: 'unitPrice', reason: 'too_large' };
  const discount = discountOn(base, facts.discount);
  if (!discountFits({ quantity: facts.quantity, unitPrice, discount }))
    return { ok: false, field: 'discount', reason: 'discount_exceeds_amount' };
  return { ok: true, unitPrice, discount, amount: null, rounded };
}

export function priceLine(facts: LineFacts): PricedLine {
  const { quantity, amount, discount } = facts;
  if (facts.unitPrice !== null) {
    const priced = finish(facts, facts.unitPrice, false);
    if (!priced.ok || amount === null) return priced;
    const { net, gross } = lineAmounts({
      quantity,
      unitPrice: priced.unitPrice,
      discount: priced.discount,
      taxRate: facts.taxRate,
    });
    const base = net + priced.discount;
    const fits = [base, net, gross].some((candidate) => Math.abs(candidate - amount) <= 1);
    return fits ? priced : { ok: false, field: 'amount', reason: 'amount_mismatch' };
  }
  if (amount !== null) {
    let before: number;
    if (discount?.kind === 'percent') {
      if (discount.basisPoints >= 10_000)
        return { ok: false, field: 'discount', reason: 'cannot_derive_price' };
      before = (amount * 10_000) / (10_000 - discount.basisPoints);
    } else {
      before = amount + (discount?.minor ?? 0);
    }
    const unitPrice = roundHalfAway(before / quantity);
    const priced = finish(facts, unitPrice, false);
    if (!priced.ok) return priced;
    const { net } = lineAmounts({ quantity, unitPrice, discount: priced.discount, taxRate: facts.taxRate });
    return net === amount ? priced : { ...priced, amount, rounded: true };
  }
  if (facts.catalogPrice !== null) return finish(facts, facts.catalogPrice, false);
  return { ok: false, field: 'unitPrice', reason: 'new_product_needs_price' };
}
