import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  cumulativeTarget,
  defaultSlaTargets,
  defaultWorkCalendar,
  dueAt,
  isWorkingTime,
  type StatusChange,
  slaStatus,
  slaTargetsSchema,
  stageDurations,
  workCalendarSchema,
  workingMinutesBetween,
} from '../../../shared/rules/sla';

// Most cases run in Shanghai (UTC+8, no daylight saving) so the instants can be written by hand.
// 2026-06-01 is a Monday; 2026-06-19 (Friday) is the Dragon Boat Festival.
const shanghai = { timeZone: 'Asia/Shanghai' };
const newYork = { timeZone: 'America/New_York' };
const sh = (local: string) => new Date(`${local}+08:00`);
const add = (local: string, minutes: number, cal: object = shanghai) =>
  addWorkingMinutes(sh(local), minutes, cal).toISOString();
const iso = (local: string) => sh(local).toISOString();

describe('working minutes within a day', () => {
  it('excludes lunch', () => {
    expect(add('2026-06-01T11:00', 120)).toBe(iso('2026-06-01T14:00'));
    expect(workingMinutesBetween(sh('2026-06-01T11:00'), sh('2026-06-01T14:00'), shanghai)).toBe(120);
    expect(workingMinutesBetween(sh('2026-06-01T00:00'), sh('2026-06-02T00:00'), shanghai)).toBe(480);
  });

  it('ends at 12:00 rather than after lunch when the minutes run out exactly then', () => {
    expect(add('2026-06-01T09:00', 180)).toBe(iso('2026-06-01T12:00'));
    expect(add('2026-06-01T09:00', 181)).toBe(iso('2026-06-01T13:01'));
  });

  it('without a lunch break', () => {
    const cal = { ...shanghai, lunch: null };
    expect(add('2026-06-01T11:00', 120, cal)).toBe(iso('2026-06-01T13:00'));
    expect(workingMinutesBetween(sh('2026-06-01T00:00'), sh('2026-06-02T00:00'), cal)).toBe(540);
  });

  it('tells working time from the rest (spans are [start, end))', () => {
    const cases: [string, boolean][] = [
      ['2026-06-01T08:59', false],
      ['2026-06-01T09:00', true],
      ['2026-06-01T11:59', true],
      ['2026-06-01T12:00', false],
      ['2026-06-01T12:59', false],
      ['2026-06-01T13:00', true],
      ['2026-06-01T17:59', true],
      ['2026-06-01T18:00', false],
      ['2026-06-06T10:00', false], // Saturday
    ];
    for (const [local, working] of cases)
      expect([local, isWorkingTime(sh(local), shanghai)]).toEqual([local, working]);
  });
});

describe('working minutes across days', () => {
  it('skips the weekend', () => {
    expect(add('2026-06-05T17:00', 120)).toBe(iso('2026-06-08T10:00'));
    expect(workingMinutesBetween(sh('2026-06-05T17:00'), sh('2026-06-08T10:00'), shanghai)).toBe(120);
  });

  it('skips a holiday on a weekday', () => {
    const cal = { ...shanghai, holidays: ['2026-06-03'] };
    expect(add('2026-06-02T17:00', 120)).toBe(iso('2026-06-03T10:00'));
    expect(add('2026-06-02T17:00', 120, cal)).toBe(iso('2026-06-04T10:00'));
    expect(isWorkingTime(sh('2026-06-03T10:00'), cal)).toBe(false);
    expect(workingMinutesBetween(sh('2026-06-02T17:00'), sh('2026-06-04T10:00'), cal)).toBe(120);
  });

  it('works a 调休 Saturday', () => {
    const cal = { ...shanghai, extraWorkingDays: ['2026-06-06'] };
    expect(add('2026-06-05T17:00', 120, cal)).toBe(iso('2026-06-06T10:00'));
    expect(isWorkingTime(sh('2026-06-06T10:00'), cal)).toBe(true);
    expect(isWorkingTime(sh('2026-06-07T10:00'), cal)).toBe(false);
    expect(workingMinutesBetween(sh('2026-06-05T00:00'), sh('2026-06-09T00:00'), cal)).toBe(3 * 480);
  });

  it('counts from the next working moment when starting outside working time', () => {
    expect(add('2026-06-01T07:30', 30)).toBe(iso('2026-06-01T09:30')); // before opening
    expect(add('2026-06-01T12:30', 30)).toBe(iso('2026-06-01T13:30')); // at lunch
    expect(add('2026-06-01T19:00', 30)).toBe(iso('2026-06-02T09:30')); // after closing
    expect(add('2026-06-19T10:00', 30, { ...shanghai, holidays: ['2026-06-19'] })).toBe(
      iso('2026-06-22T09:30'),
    ); // on a holiday
    expect(add('2026-06-06T10:00', 0)).toBe(iso('2026-06-08T09:00')); // zero minutes from Saturday
  });

  it('spans several weeks, with a holiday', () => {
    // 15 working days from Monday 1 June; Friday 19 June is off, so the last one is Monday 22 June.
    const cal = { ...shanghai, holidays: ['2026-06-19'] };
    expect(add('2026-06-01T09:00', 15 * 480, cal)).toBe(iso('2026-06-22T18:00'));
    expect(workingMinutesBetween(sh('2026-06-01T09:00'), sh('2026-06-22T18:00'), cal)).toBe(15 * 480);
    expect(add('2026-06-01T09:00', 15 * 480)).toBe(iso('2026-06-19T18:00'));
  });

  it('is negative backwards, and fractional for part minutes', () => {
    expect(workingMinutesBetween(sh('2026-06-08T10:00'), sh('2026-06-05T17:00'), shanghai)).toBe(-120);
    expect(workingMinutesBetween(sh('2026-06-06T10:00'), sh('2026-06-06T09:00'), shanghai)).toBe(0);
    expect(workingMinutesBetween(sh('2026-06-01T09:00'), sh('2026-06-01T09:00:30'), shanghai)).toBe(0.5);
  });

  it('refuses negative minutes and a calendar without working days', () => {
    expect(() => addWorkingMinutes(sh('2026-06-01T09:00'), -1, shanghai)).toThrow(RangeError);
    expect(() => addWorkingMinutes(sh('2026-06-01T09:00'), 1, { ...shanghai, workingDays: [] })).toThrow(
      RangeError,
    );
  });
});

describe('time zones', () => {
  it('counts the same instant in each office’s own hours', () => {
    const instant = new Date('2026-06-03T02:00:00Z'); // Wed 10:00 in Shanghai, Tue 22:00 in New York
    expect(isWorkingTime(instant, shanghai)).toBe(true);
    expect(isWorkingTime(instant, newYork)).toBe(false);
    expect(addWorkingMinutes(instant, 60, shanghai).toISOString()).toBe('2026-06-03T03:00:00.000Z');
    expect(addWorkingMinutes(instant, 60, newYork).toISOString()).toBe('2026-06-03T14:00:00.000Z'); // 10:00 EDT
  });

  it('follows New York across the spring and autumn clock changes', () => {
    // Friday 17:00 EST + 2 h → Monday 10:00 EDT (clocks went forward on Sunday 8 March 2026).
    const spring = new Date('2026-03-06T22:00:00Z');
    expect(addWorkingMinutes(spring, 120, newYork).toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(workingMinutesBetween(spring, new Date('2026-03-09T14:00:00Z'), newYork)).toBe(120);
    // Friday 17:00 EDT + 2 h → Monday 10:00 EST (clocks went back on Sunday 1 November 2026).
    const autumn = new Date('2026-10-30T21:00:00Z');
    expect(addWorkingMinutes(autumn, 120, newYork).toISOString()).toBe('2026-11-02T15:00:00.000Z');
  });

  it('gives the clock-change days their real length', () => {
    const allDay = {
      ...newYork,
      workingDays: [0, 1, 2, 3, 4, 5, 6],
      dayStart: '00:00',
      dayEnd: '23:59',
      lunch: null,
    };
    // 00:00 EST (05:00Z) to 23:59 EDT (03:59Z next day): 23 h − 1 min.
    expect(
      workingMinutesBetween(new Date('2026-03-08T05:00:00Z'), new Date('2026-03-09T04:00:00Z'), allDay),
    ).toBe(23 * 60 - 1);
    // 00:00 EDT (04:00Z) to 23:59 EST (04:59Z next day): 25 h − 1 min.
    expect(
      workingMinutesBetween(new Date('2026-11-01T04:00:00Z'), new Date('2026-11-02T05:00:00Z'), allDay),
    ).toBe(25 * 60 - 1);
  });

  it('places opening hours right on the clock-change night itself', () => {
    // 04:00 on Sunday 8 March is already EDT (08:00Z), though 04:00Z that day was still EST.
    const early = { ...newYork, workingDays: [0], dayStart: '04:00', dayEnd: '08:00', lunch: null };
    expect(addWorkingMinutes(new Date('2026-03-08T06:00:00Z'), 0, early).toISOString()).toBe(
      '2026-03-08T08:00:00.000Z',
    );
    expect(isWorkingTime(new Date('2026-03-08T07:59:00Z'), early)).toBe(false);
  });

  it('uses the machine’s zone when none is set', () => {
    const machine = { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
    const start = new Date('2026-06-05T15:17:00Z');
    expect(addWorkingMinutes(start, 700, {}).toISOString()).toBe(
      addWorkingMinutes(start, 700, machine).toISOString(),
    );
  });
});

describe('round trips (property)', () => {
  // A working moment built without the code under test: a Shanghai weekday (not the holiday) plus a
  // minute inside 09:00–12:00 or 13:00–18:00.
  const workingMoment = fc
    .record({
      day: fc.integer({ min: 0, max: 120 }),
      minute: fc.integer({ min: 0, max: 479 }),
      ms: fc.nat(59_999),
    })
    .filter(({ day }) => {
      const date = new Date(Date.UTC(2026, 5, 1 + day));
      return (
        date.getUTCDay() !== 0 && date.getUTCDay() !== 6 && date.toISOString().slice(0, 10) !== '2026-06-19'
      );
    })
    .map(({ day, minute, ms }) => {
      const local = (minute < 180 ? 9 * 60 : 10 * 60) + minute; // after 180 minutes, skip lunch
      return new Date(Date.UTC(2026, 5, 1 + day, 0, local) - 8 * 3_600_000 + ms);
    });
  const cal = { ...shanghai, holidays: ['2026-06-19'], extraWorkingDays: ['2026-06-27'] };

  it('workingMinutesBetween(start, addWorkingMinutes(start, m)) = m', () => {
    fc.assert(
      fc.property(workingMoment, fc.integer({ min: 0, max: 20_000 }), (start, minutes) => {
        expect(isWorkingTime(start, cal)).toBe(true);
        expect(workingMinutesBetween(start, addWorkingMinutes(start, minutes, cal), cal)).toBe(minutes);
      }),
    );
  });

  it('holds in New York across clock changes, and adding in two steps equals adding once', () => {
    const any = fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2026-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        any,
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (date, m1, m2) => {
          const start = addWorkingMinutes(date, 0, newYork);
          expect(isWorkingTime(start, newYork)).toBe(true);
          const end = addWorkingMinutes(start, m1 + m2, newYork);
          expect(workingMinutesBetween(start, end, newYork)).toBe(m1 + m2);
          expect(addWorkingMinutes(addWorkingMinutes(start, m1, newYork), m2, newYork).getTime()).toBe(
            end.getTime(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('calendar settings', () => {
  it('defaults to Mon–Fri 09:00–18:00 with lunch 12:00–13:00', () => {
    expect(defaultWorkCalendar).toEqual({
      workingDays: [1, 2, 3, 4, 5],
      dayStart: '09:00',
      dayEnd: '18:00',
      lunch: { start: '12:00', end: '13:00' },
      holidays: [],
      extraWorkingDays: [],
    });
  });

  const pathsOf = (input: unknown) => {
    const result = workCalendarSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  };

  it('names the field that is wrong', () => {
    expect(
      pathsOf({ timeZone: 'Asia/Shanghai', holidays: ['2026-10-01'], extraWorkingDays: ['2026-09-27'] }),
    ).toEqual([]);
    expect(pathsOf({ dayStart: '18:00', dayEnd: '09:00', lunch: null })).toEqual(['dayEnd']);
    expect(pathsOf({ dayStart: '09:00', dayEnd: '09:00', lunch: null })).toEqual(['dayEnd']);
    expect(pathsOf({ lunch: { start: '08:00', end: '09:30' } })).toEqual(['lunch.start']);
    expect(pathsOf({ lunch: { start: '17:30', end: '18:30' } })).toEqual(['lunch.end']);
    expect(pathsOf({ lunch: { start: '13:00', end: '12:00' } })).toEqual(['lunch.end']);
    expect(pathsOf({ dayStart: '9:00' })).toEqual(['dayStart']);
    expect(pathsOf({ dayEnd: '24:00' })).toEqual(['dayEnd']);
    expect(pathsOf({ holidays: ['2026-02-30'] })).toEqual(['holidays.0']);
    expect(pathsOf({ extraWorkingDays: ['2026-10-01'], holidays: ['2026-10-01'] })).toEqual([
      'extraWorkingDays.0',
    ]);
    expect(pathsOf({ workingDays: [1, 1] })).toEqual(['workingDays']);
    expect(pathsOf({ workingDays: [7] })).toEqual(['workingDays.0']);
    expect(pathsOf({ workingDays: [] })).toEqual(['workingDays']);
    expect(pathsOf({ timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
  });
});

describe('SLA targets and due times', () => {
  it('has the documented defaults, in working minutes', () => {
    expect(defaultSlaTargets).toEqual({
      validation: { normal: 240, urgent: 60 },
      confirmation: { normal: 480, urgent: 60 },
      fulfilment: { normal: 1440, urgent: 480 },
      completion: { normal: 2400, urgent: 1440 },
    });
    expect(slaTargetsSchema.parse(defaultSlaTargets)).toEqual(defaultSlaTargets);
  });

  it('validates edits: positive whole minutes, urgent not slower than normal', () => {
    const edit = (validation: object) => slaTargetsSchema.safeParse({ ...defaultSlaTargets, validation });
    expect(edit({ normal: 0, urgent: 0 }).success).toBe(false);
    expect(edit({ normal: 90.5, urgent: 30 }).success).toBe(false);
    expect(edit({ normal: 240, urgent: -5 }).success).toBe(false);
    const slower = edit({ normal: 60, urgent: 120 });
    expect(slower.success ? [] : slower.error.issues.map((i) => i.path.join('.'))).toEqual([
      'validation.urgent',
    ]);
    expect(slaTargetsSchema.safeParse({ validation: { normal: 60, urgent: 30 } }).success).toBe(false);
  });

  it('promises urgent confirmation within 2 working hours of submission', () => {
    expect(cumulativeTarget('confirmation', 'urgent', defaultSlaTargets)).toBe(120);
    expect(cumulativeTarget('validation', 'normal', defaultSlaTargets)).toBe(240);
    expect(cumulativeTarget('completion', 'normal', defaultSlaTargets)).toBe(240 + 480 + 1440 + 2400);
    // Submitted Monday 11:30: due by 14:30 (lunch does not count).
    const fromSubmission = addWorkingMinutes(sh('2026-06-01T11:30'), 120, shanghai);
    expect(fromSubmission.toISOString()).toBe(iso('2026-06-01T14:30'));
    // Validated at 12:20, during lunch: the confirmation clock starts at 13:00.
    expect(
      dueAt(sh('2026-06-01T12:20'), 'confirmation', 'urgent', defaultSlaTargets, shanghai).toISOString(),
    ).toBe(iso('2026-06-01T14:00'));
  });

  it('gives normal fulfilment three working days', () => {
    expect(
      dueAt(sh('2026-06-05T15:00'), 'fulfilment', 'normal', defaultSlaTargets, shanghai).toISOString(),
    ).toBe(iso('2026-06-10T15:00'));
  });

  it('is due soon within the last working hour and overdue once the moment has passed', () => {
    const due = sh('2026-06-01T15:00');
    const status = (now: string) => slaStatus(due, sh(now), shanghai);
    expect(status('2026-06-01T13:30')).toEqual({ state: 'on_track', workingMinutesLeft: 90 });
    expect(status('2026-06-01T13:59')).toEqual({ state: 'on_track', workingMinutesLeft: 61 });
    expect(status('2026-06-01T14:00')).toEqual({ state: 'due_soon', workingMinutesLeft: 60 });
    expect(status('2026-06-01T15:00')).toEqual({ state: 'due_soon', workingMinutesLeft: 0 });
    expect(status('2026-06-01T15:01')).toEqual({ state: 'overdue', workingMinutesLeft: -1 });
    // Due Friday 18:00, looked at on Saturday: overdue though no working minute has passed.
    expect(slaStatus(sh('2026-06-05T18:00'), sh('2026-06-06T10:00'), shanghai)).toEqual({
      state: 'overdue',
      workingMinutesLeft: 0,
    });
    // The weekend does not count: Friday 17:30 with Monday 09:30 due is one working hour away.
    expect(slaStatus(sh('2026-06-08T09:30'), sh('2026-06-05T17:30'), shanghai).state).toBe('due_soon');
    expect(slaStatus(sh('2026-06-08T10:00'), sh('2026-06-05T17:00'), shanghai).state).toBe('on_track');
  });
});

describe('stageDurations', () => {
  const event = (local: string, from: StatusChange['from'], to: StatusChange['to'], kind = 'transition') => ({
    at: sh(local).toISOString(),
    kind,
    from,
    to,
  });
  const zero = { validation: 0, confirmation: 0, fulfilment: 0, completion: 0, on_hold: 0, returned: 0 };

  const timeline = [
    event('2026-06-01T08:00', null, 'draft', 'created'),
    event('2026-06-01T09:00', 'draft', 'submitted'),
    event('2026-06-01T10:00', 'submitted', 'validated'),
    event('2026-06-01T11:00', 'validated', 'on_hold'),
    event('2026-06-01T14:00', 'on_hold', 'validated'),
    event('2026-06-01T15:00', 'validated', 'confirmed'),
    event('2026-06-01T15:30', null, null, 'assign'),
    event('2026-06-01T15:40', 'confirmed', 'confirmed', 'edit'), // invoiced
    event('2026-06-01T16:00', 'confirmed', 'fulfilling'),
    event('2026-06-02T10:00', 'fulfilling', 'shipped'),
    event('2026-06-03T09:00', 'shipped', 'completed'),
  ];

  it('keeps time on hold out of the stage it interrupted', () => {
    expect(stageDurations(timeline, shanghai)).toEqual({
      ...zero,
      validation: 60,
      confirmation: 60 + 60,
      fulfilment: 180 + 60, // Monday 15:00–18:00, Tuesday 09:00–10:00
      completion: 420, // Tuesday 10:00–18:00 without lunch
      on_hold: 120, // 11:00–14:00 without lunch
    });
    expect(stageDurations([...timeline].reverse(), shanghai)).toEqual(stageDurations(timeline, shanghai));
  });

  it('accumulates a stage entered twice and counts time back with sales apart', () => {
    const events = [
      event('2026-06-01T09:00', null, 'submitted', 'created'),
      event('2026-06-01T10:00', 'submitted', 'returned'),
      event('2026-06-01T11:00', 'returned', 'submitted'),
      event('2026-06-01T11:30', 'submitted', 'validated'),
    ];
    expect(stageDurations(events, shanghai)).toEqual({ ...zero, validation: 90, returned: 60 });
    expect(stageDurations(events, shanghai, sh('2026-06-01T14:00'))).toEqual({
      ...zero,
      validation: 90,
      returned: 60,
      confirmation: 90,
    });
    expect(stageDurations([], shanghai)).toEqual(zero);
  });
});
