import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isOccurrence,
  nextOccurrence,
  occurrence,
  occurrencesBetween,
  owedOccurrences,
  type ScheduleTimes,
} from '../../../../shared/rules/routines/schedule';
import { cadences } from '../../../../shared/schema/meeting';

const DAY = 86_400_000;
const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const num = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY);
const daysInMonth = (d: string) => {
  const [y, m] = d.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** Days between 2000 and 2060. */
const dayArb = fc.integer({ min: num('2000-01-01'), max: num('2060-12-31') }).map(iso);
const scheduleArb: fc.Arbitrary<ScheduleTimes> = fc
  .record({
    cadence: fc.constantFrom(...cadences),
    firstDate: dayArb,
    until: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
  })
  .map(({ cadence, firstDate, until }) => ({
    cadence,
    firstDate,
    until: until === null ? null : iso(num(firstDate) + until),
  }));

const schedule = (cadence: ScheduleTimes['cadence'], firstDate: string, until: string | null = null) => ({
  cadence,
  firstDate,
  until,
});

describe('a schedule’s occurrences', () => {
  it('falls weekly and biweekly 7 and 14 days apart', () => {
    expect(occurrencesBetween(schedule('weekly', '2026-12-07'), '2026-12-01', '2026-12-31')).toEqual([
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
    ]);
    expect(occurrencesBetween(schedule('biweekly', '2026-12-07'), '2026-12-08', '2027-01-10')).toEqual([
      '2026-12-21',
      '2027-01-04',
    ]);
  });

  it('falls monthly on the first date’s day, on the month’s last day when the month is shorter', () => {
    const s = schedule('monthly', '2027-01-31');
    expect([0, 1, 2, 3, 13].map((n) => occurrence(s, n))).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2028-02-29',
    ]);
    expect(nextOccurrence(s, '2027-02-01')).toBe('2027-02-28');
    expect(nextOccurrence(s, '2027-03-01')).toBe('2027-03-31');
  });

  it('has none before its first date and none after its end', () => {
    const s = schedule('weekly', '2026-12-07', '2026-12-20');
    expect(nextOccurrence(s, '2026-01-01')).toBe('2026-12-07');
    expect(nextOccurrence(s, '2026-12-15')).toBeNull();
    expect(nextOccurrence(s, '2026-12-14')).toBe('2026-12-14');
  });

  it('is on or after the day asked, and none falls between that day and it (property)', () => {
    fc.assert(
      fc.property(scheduleArb, dayArb, (s, day) => {
        const next = nextOccurrence(s, day);
        if (next === null) {
          // Ended: the day is after the last occurrence.
          expect(s.until).not.toBeNull();
          expect(occurrencesBetween(s, day, '2999-12-31')).toEqual([]);
          return;
        }
        expect(next >= day).toBe(true);
        expect(next >= s.firstDate).toBe(true);
        if (s.until !== null) expect(next <= s.until).toBe(true);
        expect(isOccurrence(s, next)).toBe(true);
        // The day before the next is not an occurrence on or after `day`.
        const before = iso(num(next) - 1);
        if (before >= day) expect(nextOccurrence(s, before)).toBe(next);
      }),
    );
  });

  it('keeps the cadence (property)', () => {
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 0, max: 400 }), (s, n) => {
        const date = occurrence(s, n);
        const [fy, fm, fd] = s.firstDate.split('-').map(Number) as [number, number, number];
        if (s.cadence === 'monthly') {
          const [y, m, d] = date.split('-').map(Number) as [number, number, number];
          expect(y * 12 + m - (fy * 12 + fm)).toBe(n);
          expect(d).toBe(Math.min(fd, daysInMonth(date)));
        } else {
          expect(num(date) - num(s.firstDate)).toBe(n * (s.cadence === 'weekly' ? 7 : 14));
        }
        expect(nextOccurrence({ ...s, until: null }, date)).toBe(date);
      }),
    );
  });
});

describe('what a schedule owes', () => {
  it('lists the past occurrences with no meeting on them, and the next one to hold', () => {
    const s = schedule('weekly', '2026-11-02');
    const owed = owedOccurrences(s, new Set(['2026-11-09', '2026-11-23']), '2026-11-25');
    expect(owed).toEqual({ missed: ['2026-11-02', '2026-11-16'], missedCount: 2, next: '2026-11-30' });
  });

  it('owes today’s until it is held, then the next', () => {
    const s = schedule('monthly', '2026-10-15');
    expect(owedOccurrences(s, new Set(['2026-10-15']), '2026-11-15').next).toBe('2026-11-15');
    expect(owedOccurrences(s, new Set(['2026-10-15', '2026-11-15']), '2026-11-15')).toEqual({
      missed: [],
      missedCount: 0,
      next: '2026-12-15',
    });
  });

  it('owes nothing next once it has ended', () => {
    const s = schedule('weekly', '2026-11-02', '2026-11-10');
    expect(owedOccurrences(s, new Set(), '2026-12-01')).toEqual({
      missed: ['2026-11-02', '2026-11-09'],
      missedCount: 2,
      next: null,
    });
  });

  it('counts every past occurrence either held or missed, and never owes a held day (property)', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        fc.integer({ min: 0, max: 900 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 10 }),
        (s, ahead, heldIndexes) => {
          const today = iso(num(s.firstDate) + ahead);
          const held = new Set(heldIndexes.map((n) => occurrence(s, n)));
          const owed = owedOccurrences(s, held, today, 1000);
          const past = occurrencesBetween(s, s.firstDate, today, 10_000).filter((d) => d !== today);
          const heldPast = past.filter((d) => held.has(d)).length;
          expect(owed.missedCount).toBe(past.length - heldPast);
          expect(owed.missed).toEqual(past.filter((d) => !held.has(d)));
          if (owed.next !== null) {
            expect(held.has(owed.next)).toBe(false);
            expect(owed.next >= today).toBe(true);
            expect(isOccurrence(s, owed.next)).toBe(true);
          }
        },
      ),
    );
  });

  it('keeps only the latest missed ones in its list', () => {
    const owed = owedOccurrences(schedule('weekly', '2026-01-05'), new Set(), '2026-12-01', 3);
    expect(owed.missedCount).toBe(48);
    expect(owed.missed).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });
});
