import type { Cadence } from '../../schema/meeting';

// When a recurring meeting falls. Weekly and biweekly occurrences are 7 and 14 days apart from the first
// date; monthly ones fall on the first date's day of the month, or on the month's last day when the month
// is shorter (a schedule started on 31 January meets on 28 or 29 February, then on 31 March). Nothing is
// stored: the next date a schedule owes is computed from its first date, its cadence, its end and the
// meetings held on it (an occurrence counts as held when a meeting of that schedule is on that day).

export interface ScheduleTimes {
  cadence: Cadence;
  /** YYYY-MM-DD: the first occurrence. */
  firstDate: string;
  /** YYYY-MM-DD: no occurrence after it; null: open-ended. */
  until: string | null;
}

const DAY_MS = 86_400_000;

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Days since 1970-01-01 of an ISO date. */
const dayNumber = (iso: string) => {
  const [y, m, d] = parts(iso);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
};

const isoOfDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

const daysInMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** The date `months` months after `first` on its day of the month, clamped to the month's end. */
function monthsAfter(first: string, months: number): string {
  const [y, m, d] = parts(first);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month0 = index - year * 12;
  const day = Math.min(d, daysInMonth(year, month0));
  return `${String(year).padStart(4, '0')}-${String(month0 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const stepDays = (cadence: Cadence) => (cadence === 'weekly' ? 7 : 14);

/** The n-th occurrence (0: the first date), ignoring the schedule's end. */
export function occurrence(schedule: Pick<ScheduleTimes, 'cadence' | 'firstDate'>, n: number): string {
  if (schedule.cadence === 'monthly') return monthsAfter(schedule.firstDate, n);
  return isoOfDayNumber(dayNumber(schedule.firstDate) + n * stepDays(schedule.cadence));
}

/** The index of the first occurrence on or after `day` (0 when `day` is on or before the first date). */
function indexOnOrAfter(schedule: ScheduleTimes, day: string): number {
  if (day <= schedule.firstDate) return 0;
  if (schedule.cadence !== 'monthly') {
    const step = stepDays(schedule.cadence);
    return Math.ceil((dayNumber(day) - dayNumber(schedule.firstDate)) / step);
  }
  const [fy, fm] = parts(schedule.firstDate);
  const [dy, dm] = parts(day);
  const months = dy * 12 + dm - (fy * 12 + fm);
  return occurrence(schedule, months) >= day ? months : months + 1;
}

/** The schedule's first occurrence on or after `day`; null when the schedule has ended by then. */
export function nextOccurrence(schedule: ScheduleTimes, day: string): string | null {
  const next = occurrence(schedule, indexOnOrAfter(schedule, day));
  return schedule.until !== null && next > schedule.until ? null : next;
}

/** Whether `day` is one of the schedule's occurrences. */
export const isOccurrence = (schedule: ScheduleTimes, day: string) => nextOccurrence(schedule, day) === day;

/** The occurrences from `from` to `to` (both included, and within the schedule), oldest first; at most `limit`. */
export function occurrencesBetween(schedule: ScheduleTimes, from: string, to: string, limit = 500): string[] {
  const last = schedule.until !== null && schedule.until < to ? schedule.until : to;
  const out: string[] = [];
  for (let n = indexOnOrAfter(schedule, from); out.length < limit; n++) {
    const date = occurrence(schedule, n);
    if (date > last) break;
    out.push(date);
  }
  return out;
}

export interface OwedOccurrences {
  /** Occurrences up to `today` (today included) with no meeting held on them, the latest `limit`, oldest first. */
  missed: string[];
  /** How many were missed in all (the list may be shorter). */
  missedCount: number;
  /** The first occurrence after `today`, or today's when it is not held yet; null when the schedule has ended. */
  next: string | null;
}

/**
 * What a schedule owes on `today`: the occurrences not held, and the next one to hold. `held` is the days
 * of the meetings held on the schedule.
 */
export function owedOccurrences(
  schedule: ScheduleTimes,
  held: ReadonlySet<string>,
  today: string,
  limit = 12,
): OwedOccurrences {
  const missed: string[] = [];
  let missedCount = 0;
  const last = schedule.until !== null && schedule.until < today ? schedule.until : today;
  for (let n = 0; ; n++) {
    const date = occurrence(schedule, n);
    if (date > last) break;
    if (date === today || held.has(date)) continue;
    missedCount++;
    missed.push(date);
    if (missed.length > limit) missed.shift();
  }
  let next = nextOccurrence(schedule, today);
  while (next !== null && held.has(next)) next = nextOccurrence(schedule, nextDay(next));
  return { missed, missedCount, next };
}

const nextDay = (iso: string) => isoOfDayNumber(dayNumber(iso) + 1);
