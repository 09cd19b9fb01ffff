import type { OrderLine } from '../schema/order';

// All money is integer minor units (分 / cents). Rounding happens once per line, half away from zero,
// so a total always equals the sum of its printed lines.

export function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

export interface LineAmounts {
  net: number;
  tax: number;
  gross: number;
}

export function lineAmounts(
  line: Pick<OrderLine, 'quantity' | 'unitPrice' | 'discount' | 'taxRate'>,
): LineAmounts {
  const net = roundHalfAway(line.quantity * line.unitPrice) - line.discount;
  const tax = roundHalfAway((net * line.taxRate) / 10_000);
  return { net, tax, gross: net + tax };
}

export function orderTotals(
  lines: readonly Pick<OrderLine, 'quantity' | 'unitPrice' | 'discount' | 'taxRate'>[],
) {
  let subtotal = 0;
  let tax = 0;
  for (const line of lines) {
    const amounts = lineAmounts(line);
    subtotal += amounts.net;
    tax += amounts.tax;
  }
  return { subtotal, tax, total: subtotal + tax };
}

/** Digits after the decimal point for a currency (JPY 0, CNY 2, …), from the platform's ICU data. */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits }).format(
    minor / 10 ** digits,
  );
}
