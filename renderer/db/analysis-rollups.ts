import type { StatRow } from './database';

// The revenue rollups (rules/rollups.ts) as figures per currency: rv:<month>:<CUR>, rc:<month>:<CUR>:<customer>
// and rp:<month>:<CUR>:<product> rows added up per month, per customer and per product over the rows
// read. Figures are kept per currency; only convertedFigures puts currencies together, and only through
// the conversion it is given.

export interface Tally {
  count: number;
  amount: number;
}

export interface Figures {
  months: Map<string, Tally>;
  /** Orders and amount per customer over the rows read, and the last month they ordered in. */
  customers: Map<string, Tally & { lastMonth: string }>;
  /** Order lines and amount per product. */
  products: Map<string, Tally>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month (YYYY-MM) of a moment, in this computer's time zone. */
export const monthOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;

/** A month as a count of months (year × 12 + month − 1), for arithmetic. */
export function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return year * 12 + m - 1;
}

/** The month `count` months after `month` (before, when negative). */
export function monthsFrom(month: string, count: number): string {
  const index = monthIndex(month) + count;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

const emptyFigures = (): Figures => ({ months: new Map(), customers: new Map(), products: new Map() });

function add<T extends Tally>(
  map: Map<string, T>,
  key: string,
  count: number,
  amount: number,
  extra: Omit<T, keyof Tally>,
) {
  const tally = map.get(key);
  if (tally) {
    tally.count += count;
    tally.amount += amount;
  } else map.set(key, { count, amount, ...extra } as T);
}

/**
 * The rows' figures per currency. A row brought back to zero by later writes (an order deleted or
 * cancelled) is no sale: it is skipped, so a customer whose only order was cancelled is not a customer.
 */
export function figuresByCurrency(
  months: readonly StatRow[],
  customers: readonly StatRow[],
  products: readonly StatRow[],
): Map<string, Figures> {
  const out = new Map<string, Figures>();
  const figuresOf = (currency: string) => {
    const figures = out.get(currency) ?? emptyFigures();
    out.set(currency, figures);
    return figures;
  };
  const each = (
    rows: readonly StatRow[],
    take: (f: Figures, month: string, id: string, row: StatRow) => void,
  ) => {
    for (const row of rows) {
      if (row.count === 0 && row.amount === 0) continue;
      const [, month = '', currency = '', id = ''] = row.key.split(':');
      take(figuresOf(currency), month, id, row);
    }
  };
  each(months, (f, month, _id, row) => add(f.months, month, row.count, row.amount, {}));
  each(customers, (f, month, id, row) => {
    add(f.customers, id, row.count, row.amount, { lastMonth: month });
    const tally = f.customers.get(id);
    if (tally && month > tally.lastMonth) tally.lastMonth = month;
  });
  each(products, (f, _month, id, row) => add(f.products, id, row.count, row.amount, {}));
  return out;
}

/**
 * Every currency's figures as one currency's: each month's, customer's and product's amount is converted
 * from its own currency on its own, then added (so a figure is the sum of its converted parts). Counts
 * are orders and lines, which add across currencies as they are.
 */
export function convertedFigures(
  byCurrency: ReadonlyMap<string, Figures>,
  convert: (amount: number, currency: string) => number,
): Figures {
  const out = emptyFigures();
  for (const [currency, figures] of byCurrency) {
    for (const [month, t] of figures.months) add(out.months, month, t.count, convert(t.amount, currency), {});
    for (const [id, t] of figures.products) add(out.products, id, t.count, convert(t.amount, currency), {});
    for (const [id, t] of figures.customers) {
      add(out.customers, id, t.count, convert(t.amount, currency), { lastMonth: t.lastMonth });
      const tally = out.customers.get(id);
      if (tally && t.lastMonth > tally.lastMonth) tally.lastMonth = t.lastMonth;
    }
  }
  return out;
}
