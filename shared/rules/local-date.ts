/** The calendar date of a moment in this computer's time zone, as ISO (YYYY-MM-DD): what the office calls "today". */
export function localIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The earliest and latest of some ISO dates (they sort as text). */
export const earliestDay = (...days: string[]) => [...days].sort()[0] ?? '';
export const latestDay = (...days: string[]) => [...days].sort().at(-1) ?? '';

/** The ISO date `days` after `isoDate` (negative goes back); calendar arithmetic, no time zone involved. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
