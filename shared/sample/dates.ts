// Date helpers in the office's local time, like the order numbers (shared/rules/order-number.ts).

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Local calendar date `YYYY-MM-DD`. */
export function localIsoDate(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}

/** Local midnight `days` after the local day of `date` (negative goes back); safe across DST changes. */
export function localDay(date: Date, days = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}
