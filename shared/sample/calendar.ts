import { HOUR, localDay } from './dates';

// How many orders fall on each day of the sample history, and in which hours: weekdays are busy,
// weekends quiet, month ends busier, the business grows over the two years, and today's orders stop
// half an hour before `asOf`.

export interface OrderDay {
  /** Epoch ms of the first and last moment an order may be placed that day (office hours, local). */
  from: number;
  to: number;
  count: number;
}

const weekday = [0.08, 1.05, 1, 1, 1, 0.95, 0.2]; // Sunday … Saturday
const OPEN = 8.5 * HOUR;
const CLOSE = 18.5 * HOUR;
const LATEST_BEFORE_AS_OF = 0.5 * HOUR;

export const historyDays = 730;

export function orderDays(asOf: Date, count: number, days = historyDays): OrderDay[] {
  const slots: { from: number; to: number; weight: number }[] = [];
  for (let k = 0; k <= days; k++) {
    const midnight = localDay(asOf, k - days);
    const from = midnight.getTime() + OPEN;
    const to = Math.min(midnight.getTime() + CLOSE, asOf.getTime() - LATEST_BEFORE_AS_OF);
    if (to <= from) continue;
    const share = (to - from) / (CLOSE - OPEN);
    const growth = 0.75 + (0.5 * k) / days;
    const monthEnd = midnight.getDate() >= 26 ? 1.25 : 1;
    const newYearLull = midnight.getMonth() === 1 && midnight.getDate() <= 15 ? 0.5 : 1;
    const weight = (weekday[midnight.getDay()] ?? 1) * growth * monthEnd * newYearLull * share;
    slots.push({ from, to, weight });
  }
  const total = slots.reduce((sum, slot) => sum + slot.weight, 0);
  // Cumulative rounding: the counts add up to exactly `count`.
  let cumulative = 0;
  let assigned = 0;
  return slots.map((slot) => {
    cumulative += slot.weight;
    const upTo = Math.round((count * cumulative) / total);
    const day = { from: slot.from, to: slot.to, count: upTo - assigned };
    assigned = upTo;
    return day;
  });
}
