// All money is integer minor units (分 / cents). Rounding happens once per line, half away from zero,
// so a total always equals the sum of its printed lines.

/** What an order line's amounts are computed from (minor units; the tax rate in basis points). */
export interface PricedLine {
  quantity: number;
  unitPrice: number;
  discount: number;
  taxRate: number;
  /**
   * The line's net amount (before tax) as a source file stated it, when quantity × unit price − discount
   * in minor units cannot reach it (799.92 for 10: no whole-cent price gives it). It then is the line's
   * amount, and the unit price is only shown. Absent on lines entered here: the amount is computed.
   */
  amount?: number | undefined;
  /**
   * The line's amount with tax as a source file stated it (a tax-inclusive file): the tax is then
   * gross − net, so the order's total is the file's to the cent, where net × rate rounded could miss it
   * by one. Only beside a stated `amount`.
   */
  gross?: number | undefined;
}

export function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

export interface LineAmounts {
  net: number;
  tax: number;
  gross: number;
}

/** A line's amount before its discount: quantity × unit price, rounded once. */
export const lineBase = (line: Pick<PricedLine, 'quantity' | 'unitPrice'>) =>
  roundHalfAway(line.quantity * line.unitPrice);

/** A line's discount is never more than its amount before the discount (no line is negative). */
export const discountFits = (line: Pick<PricedLine, 'quantity' | 'unitPrice' | 'discount'>) =>
  line.discount <= lineBase(line);

export function lineAmounts(line: PricedLine): LineAmounts {
  const net = line.amount ?? lineBase(line) - line.discount;
  const tax = line.gross !== undefined ? line.gross - net : roundHalfAway((net * line.taxRate) / 10_000);
  return { net, tax, gross: net + tax };
}

/** The unit price only approximates the line: its stored amount is not quantity × price − discount. */
export const priceIsApproximate = (line: PricedLine) =>
  line.amount !== undefined && line.amount !== lineBase(line) - line.discount;

/** A unit price as shown on a line: '≈ ' before it when the line's stated amount is the truth. */
export const shownUnitPrice = (line: PricedLine, money: (minor: number) => string) =>
  `${priceIsApproximate(line) ? '≈ ' : ''}${money(line.unitPrice)}`;

export function orderTotals(lines: readonly PricedLine[]) {
  let subtotal = 0;
  let tax = 0;
  for (const line of lines) {
    const amounts = lineAmounts(line);
    subtotal += amounts.net;
    tax += amounts.tax;
  }
  return { subtotal, tax, total: subtotal + tax };
}

export type TotalField = 'subtotal' | 'tax' | 'total';

export interface TotalsMismatch {
  field: TotalField;
  stated: number;
  computed: number;
}

/**
 * The first of an order's stored totals that its lines do not give, or null when all three agree. A
 * total is never taken from a file or a package: it is what the lines add up to, and an order that says
 * otherwise (a total of 9,999,999,999.99 on lines worth 240.00) is refused rather than believed.
 */
export function totalsMismatch(
  order: { lines: readonly PricedLine[] } & Record<TotalField, number>,
): TotalsMismatch | null {
  const computed = orderTotals(order.lines);
  for (const field of ['subtotal', 'tax', 'total'] as const)
    if (order[field] !== computed[field]) return { field, stated: order[field], computed: computed[field] };
  return null;
}

/** Digits after the decimal point for a currency (JPY 0, CNY 2, …), from the platform's ICU data. */
export function currencyDigits(currency: string): number {
  // Asked per amount (an import asks per line): building a NumberFormat each time cost more than the rest.
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}
const digitsByCurrency = new Map<string, number>();

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const key = `${locale} ${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits });
    moneyFormats.set(key, format);
  }
  return format.format(minor / 10 ** digits);
}
/** One formatter per locale and currency: lists format a column of amounts at a time. */
const moneyFormats = new Map<string, Intl.NumberFormat>();
