import { unneutraliseCell } from './csv-safety';
import { normaliseWidth } from './normalise';
import { fail, ok, type Parsed } from './parsed';
import type { Cell } from './table';

// Dates as exports write them. Accepted, with an optional time (14:30, 14:30:05, 2:30 PM):
//   2026-11-28, 2026-11-28T14:30:00(+08:00 | Z), 2026/11/28, 2026.11.28, 20261128, 2026年11月28日,
//   28/11/2026 or 11/28/2026 (per the chosen order; two-digit years are 20xx), 28-Nov-2026,
//   Nov 28, 2026, an Excel serial day number (46354), and JS Dates.
// A time-zone suffix is ignored: the wall-clock date and time written in the file are kept.
// Years outside 2000–2100 are refused: they are typos or a wrong date order, never real orders.

/**
 * How to read 03/04/2026: 'dmy' (3 April), 'mdy' (March 4). 'ymd' means the file has no such dates;
 * one that turns up anyway is read only when a part over 12 decides it, else it is 'ambiguous_date'.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

export interface DateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm:ss, or null when the cell had no time. */
  time: string | null;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const monthNumber = (name: string): number | undefined => {
  const key = name.toLowerCase().replace(/\.$/, '');
  return months[key.length > 4 ? key.slice(0, 3) : key];
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const timePart = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?`;
const zonePart = String.raw`(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?`;
const withTime = (date: string) => new RegExp(`^${date}(?:(?:T|\\s+)${timePart}${zonePart})?$`);

const ymdPattern = withTime(String.raw`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`);
const zhPattern = withTime(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?`);
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/;
const partsFirstPattern = withTime(String.raw`(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})`);
const dayMonthNamePattern = withTime(String.raw`(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?)[\s,-]+(\d{4}|\d{2})`);
const monthNameDayPattern = withTime(String.raw`([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})`);
const serialPattern = /^\d{5}(?:\.\d+)?$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;

function build(
  y: number,
  m: number,
  d: number,
  time?: { h: string | undefined; min: string | undefined; s: string | undefined; ampm: string | undefined },
): Parsed<DateTime> {
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return fail('impossible_date');
  if (y < MIN_YEAR || y > MAX_YEAR) return fail('year_out_of_range');
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!time?.h || time.min === undefined) return ok({ date, time: null });
  let h = Number(time.h);
  const min = Number(time.min);
  const s = Number(time.s ?? '0');
  if (time.ampm) {
    if (h < 1 || h > 12) return fail('impossible_date');
    const pm = time.ampm.toLowerCase() === 'pm';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return fail('impossible_date');
  return ok({ date, time: `${pad(h)}:${pad(min)}:${pad(s)}` });
}

const timeOf = (match: RegExpExecArray, from: number) => ({
  h: match[from],
  min: match[from + 1],
  s: match[from + 2],
  ampm: match[from + 3],
});

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** Excel serial day (1900 system, the one every current Excel writes) → date and time. */
function fromSerial(serial: number): Parsed<DateTime> {
  if (!Number.isFinite(serial) || serial <= 0) return fail('not_a_date');
  const ms = Math.round(serial * 86_400) * 1000;
  return fromUtcWallClock(new Date(Date.UTC(1899, 11, 30) + ms));
}

/** A Date whose UTC fields carry the wall-clock date and time (how exceljs hands out dates). */
function fromUtcWallClock(value: Date): Parsed<DateTime> {
  if (Number.isNaN(value.getTime())) return fail('not_a_date');
  const y = value.getUTCFullYear();
  const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
  return build(
    y,
    value.getUTCMonth() + 1,
    value.getUTCDate(),
    hasTime
      ? {
          h: String(value.getUTCHours()),
          min: String(value.getUTCMinutes()),
          s: String(value.getUTCSeconds()),
          ampm: undefined,
        }
      : undefined,
  );
}

/** Day and month of '03/04/2026'-style dates, or the reason they cannot be told apart. */
function dayMonth(a: number, b: number, order: DateOrder): Parsed<{ d: number; m: number }> {
  if (order === 'dmy') return ok({ d: a, m: b });
  if (order === 'mdy') return ok({ d: b, m: a });
  if (a > 12 && b <= 12) return ok({ d: a, m: b });
  if (b > 12 && a <= 12) return ok({ d: b, m: a });
  if (a === b) return ok({ d: a, m: b });
  return fail('ambiguous_date');
}

/** A date with an optional time. JS Dates are read by their UTC fields (the exceljs convention). */
export function parseDateTime(value: Cell | Date, order: DateOrder): Parsed<DateTime> {
  if (value instanceof Date) return fromUtcWallClock(value);
  if (typeof value === 'number') return fromSerial(value);
  const text = normaliseWidth(unneutraliseCell(value.trim()));
  if (text === '') return fail('empty');

  if (serialPattern.test(text)) return fromSerial(Number(text));
  let m = compactPattern.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ymdPattern.exec(text) ?? zhPattern.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), timeOf(m, 4));
  m = partsFirstPattern.exec(text);
  if (m) {
    const dm = dayMonth(Number(m[1]), Number(m[2]), order);
    if (!dm.ok) return dm;
    return build(fullYear(m[3] ?? ''), dm.value.m, dm.value.d, timeOf(m, 4));
  }
  m = dayMonthNamePattern.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (month) return build(fullYear(m[3] ?? ''), month, Number(m[1]), timeOf(m, 4));
  }
  m = monthNameDayPattern.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (month) return build(Number(m[3]), month, Number(m[2]), timeOf(m, 4));
  }
  return fail('not_a_date');
}

/** A date (YYYY-MM-DD); any time in the cell is dropped. */
export function parseDate(value: Cell | Date, order: DateOrder): Parsed<string> {
  const parsed = parseDateTime(value, order);
  return parsed.ok ? ok(parsed.value.date) : parsed;
}

/**
 * The order of '03/04/2026'-style dates in a column: 'dmy' when some value has a first part over 12,
 * 'mdy' when some value has a second part over 12, 'ambiguous' when such dates exist but none
 * decides (or values contradict each other: then the file is inconsistent and the user must choose),
 * 'ymd' when the column has no such dates at all (ISO, 年月日, serials: no choice needed).
 */
export function guessDateOrder(samples: readonly (Cell | Date)[]): DateOrder | 'ambiguous' {
  let dmy = 0;
  let mdy = 0;
  let undecided = 0;
  for (const sample of samples) {
    if (typeof sample !== 'string') continue;
    const m = partsFirstPattern.exec(normaliseWidth(sample));
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
    else undecided++;
  }
  if (dmy > 0 && mdy > 0) return 'ambiguous';
  if (dmy > 0) return 'dmy';
  if (mdy > 0) return 'mdy';
  return undecided > 0 ? 'ambiguous' : 'ymd';
}
