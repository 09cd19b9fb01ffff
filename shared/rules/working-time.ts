import { z } from 'zod';

// Working-time arithmetic for SLAs: "4 working hours" means office hours on working days in the
// office's own time zone, lunch excluded. Wall-clock parts come from Intl.DateTimeFormat (the platform's
// time-zone data), so daylight-saving changes are handled without a tz library.
//
// Days are walked one local date at a time: each working date contributes its spans (morning and
// afternoon around lunch) turned into instants. Spans are half-open [start, end): 12:00 is the end of
// the morning, not working time; a due time that falls exactly on 12:00 is reported as 12:00.

const hhmm = z.string().refine((text) => /^([01]\d|2[0-3]):[0-5]\d$/.test(text), {
  message: 'must be HH:mm',
  params: { code: 'field.time' },
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const defaultLunch = { start: '12:00', end: '13:00' } as const;

export const workCalendarSchema = z
  .object({
    /** IANA zone such as 'Asia/Shanghai'; absent = the machine's zone. */
    timeZone: z
      .string()
      .refine(isTimeZone, { message: 'unknown time zone', params: { code: 'calendar.timeZone' } })
      .optional(),
    /** 0 = Sunday … 6 = Saturday. */
    workingDays: z
      .array(z.number().int().min(0).max(6))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, {
        message: 'a day is listed twice',
        params: { code: 'calendar.dayTwice' },
      })
      .default([1, 2, 3, 4, 5]),
    dayStart: hhmm.default('09:00'),
    dayEnd: hhmm.default('18:00'),
    /** null = no lunch break. */
    lunch: z
      .object({ start: hhmm, end: hhmm })
      .nullable()
      .default({ ...defaultLunch }),
    /** Public holidays: not worked even on a working weekday. */
    holidays: z.array(z.iso.date()).default([]),
    /** 调休: weekend dates that are worked. */
    extraWorkingDays: z.array(z.iso.date()).default([]),
  })
  .superRefine((cal, ctx) => {
    const refuse = (path: (string | number)[], message: string, code: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { code } });
    const start = minutesOf(cal.dayStart);
    const end = minutesOf(cal.dayEnd);
    if (end <= start) refuse(['dayEnd'], 'must be after dayStart', 'calendar.dayEndBeforeStart');
    if (cal.lunch) {
      const lunchStart = minutesOf(cal.lunch.start);
      const lunchEnd = minutesOf(cal.lunch.end);
      if (lunchStart < start || lunchStart >= end)
        refuse(['lunch', 'start'], 'must be inside the working day', 'calendar.lunchOutside');
      if (lunchEnd <= lunchStart)
        refuse(['lunch', 'end'], 'must be after the lunch start', 'calendar.lunchEndBeforeStart');
      else if (lunchEnd > end)
        refuse(['lunch', 'end'], 'must be inside the working day', 'calendar.lunchOutside');
    }
    const holidays = new Set(cal.holidays);
    cal.extraWorkingDays.forEach((date, index) => {
      if (holidays.has(date))
        refuse(['extraWorkingDays', index], 'is also a holiday', 'calendar.alsoHoliday');
    });
  });

export type WorkCalendar = z.output<typeof workCalendarSchema>;
/** What the arithmetic accepts: any field left out takes its default. */
export type WorkCalendarInput = z.input<typeof workCalendarSchema>;

export const defaultWorkCalendar: WorkCalendar = workCalendarSchema.parse({});

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Give up after ten years without enough working time (a calendar with no working days). */
const MAX_DAYS = 3_660;

interface Compiled {
  zone: string | undefined;
  days: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  extra: ReadonlySet<string>;
  /** Working spans of a day as [start, end) minutes after local midnight. */
  spans: [number, number][];
}

function compile(cal: WorkCalendarInput): Compiled {
  const start = minutesOf(cal.dayStart ?? '09:00');
  const end = minutesOf(cal.dayEnd ?? '18:00');
  const lunch = cal.lunch === undefined ? defaultLunch : cal.lunch;
  let spans: [number, number][] = [[start, end]];
  if (lunch) {
    // Clamped to the day so a sloppy calendar still gives sensible (never negative) spans.
    const lunchStart = Math.min(Math.max(minutesOf(lunch.start), start), end);
    const lunchEnd = Math.min(Math.max(minutesOf(lunch.end), lunchStart), end);
    spans = [
      [start, lunchStart],
      [lunchEnd, end],
    ];
  }
  return {
    zone: cal.timeZone,
    days: new Set(cal.workingDays ?? [1, 2, 3, 4, 5]),
    holidays: new Set(cal.holidays ?? []),
    extra: new Set(cal.extraWorkingDays ?? []),
    spans: spans.filter(([from, to]) => to > from),
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string | undefined): Intl.DateTimeFormat {
  const key = zone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The local wall-clock time of an instant, as if it were UTC (ms, whole seconds). */
function wallClock(instant: number, zone: string | undefined): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** Local time minus UTC at an instant, in ms. */
function offsetAt(instant: number, zone: string | undefined): number {
  return wallClock(instant, zone) - Math.floor(instant / 1000) * 1000;
}

// Queues compute due times for many orders over the same few days: remember recent conversions.
const instants = new Map<string, number>();

/** The instant a local wall-clock time (as if UTC) happens; two passes settle DST edges. */
function instantOf(local: number, zone: string | undefined): number {
  const key = `${zone ?? ''}|${local}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    const guess = local - offsetAt(local, zone);
    instant = local - offsetAt(guess, zone);
    if (instants.size >= 20_000) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

/** Local date as days since 1970-01-01. */
function localDay(instant: number, zone: string | undefined): number {
  return Math.floor(wallClock(instant, zone) / DAY);
}

function isWorkingDay(day: number, c: Compiled): boolean {
  const iso = new Date(day * DAY).toISOString().slice(0, 10);
  if (c.holidays.has(iso)) return false;
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return c.days.has(weekday) || c.extra.has(iso);
}

/** The working spans of a local date as [start, end) instants. */
function spansOf(day: number, c: Compiled): [number, number][] {
  if (!isWorkingDay(day, c)) return [];
  return c.spans.map(([from, to]) => [
    instantOf(day * DAY + from * MINUTE, c.zone),
    instantOf(day * DAY + to * MINUTE, c.zone),
  ]);
}

function timeOf(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('invalid date');
  return time;
}

export function isWorkingTime(date: Date, cal: WorkCalendarInput = {}): boolean {
  const c = compile(cal);
  const time = timeOf(date);
  return spansOf(localDay(time, c.zone), c).some(([from, to]) => from <= time && time < to);
}

/**
 * The moment `minutes` working minutes after `start` have passed. A start outside working time counts
 * from the next working moment (so 0 minutes from Saturday is Monday's opening). Minutes may be
 * fractional; negative minutes are a programming error.
 */
export function addWorkingMinutes(start: Date, minutes: number, cal: WorkCalendarInput = {}): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`bad working minutes: ${minutes}`);
  const c = compile(cal);
  const begin = timeOf(start);
  let remaining = Math.round(minutes * MINUTE);
  let day = localDay(begin, c.zone);
  for (let i = 0; i < MAX_DAYS; i++, day++) {
    for (const [from, to] of spansOf(day, c)) {
      const at = Math.max(from, begin);
      if (at >= to) continue;
      if (remaining <= to - at) return new Date(at + remaining);
      remaining -= to - at;
    }
  }
  throw new RangeError('the calendar has no working time');
}

/** Working minutes from `a` to `b` (fractional if the instants are; negative when b is before a). */
export function workingMinutesBetween(a: Date, b: Date, cal: WorkCalendarInput = {}): number {
  const from = timeOf(a);
  const to = timeOf(b);
  if (to < from) {
    const forward = workingMinutesBetween(b, a, cal);
    return forward === 0 ? 0 : -forward;
  }
  const c = compile(cal);
  let total = 0;
  const last = localDay(to, c.zone);
  for (let day = localDay(from, c.zone); day <= last; day++) {
    for (const [spanStart, spanEnd] of spansOf(day, c)) {
      const overlap = Math.min(spanEnd, to) - Math.max(spanStart, from);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE;
}
