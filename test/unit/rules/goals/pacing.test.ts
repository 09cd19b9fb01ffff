import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  expectedLine,
  type GoalPacingInput,
  goalDays,
  goalProgress,
  MAX_PROGRESS,
  MIN_PROGRESS,
} from '../../../../shared/rules/goals';
import { addDays } from '../../../../shared/rules/local-date';

// "Cut order processing time by 20%": 30 working hours down to 24 over the first quarter of 2027 (90 days).
const processing: GoalPacingInput = {
  direction: 'decrease',
  baseline: 30,
  target: 24,
  start: '2027-01-01',
  due: '2027-03-31',
};
const MID_QUARTER = '2027-02-14'; // the 45th day of 90

// 0 → 1000 over ten days: on 2027-01-05 a steady pace has done half.
const tenDays: GoalPacingInput = {
  direction: 'increase',
  baseline: 0,
  target: 1000,
  start: '2027-01-01',
  due: '2027-01-10',
};

describe('dates', () => {
  it('reads ISO calendar dates as day numbers', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2027-01-02')).toBe((dayNumber('2027-01-01') ?? 0) + 1);
    expect(dayNumber('2028-02-29')).toBe((dayNumber('2028-03-01') ?? 0) - 1);
    expect(dayNumber('0050-01-01')).toBe((dayNumber('0051-01-01') ?? 0) - 365); // not read as 1950
  });

  it('refuses what is not a real date', () => {
    for (const text of ['', '2027-02-29', '2027-13-01', '2027-00-10', '2027-1-5', '2027-01-01T00:00', 'soon'])
      expect([text, dayNumber(text)]).toEqual([text, null]);
  });

  it('counts the days a goal covers, both ends included', () => {
    expect(goalDays('2027-01-01', '2027-03-31')).toBe(90);
    expect(goalDays('2027-01-01', '2027-01-01')).toBe(1);
    expect(goalDays('2027-01-02', '2027-01-01')).toBeNull();
    expect(goalDays('', '2027-01-01')).toBeNull();
  });
});

describe('cut order processing time by 20%', () => {
  it('is on track at mid-quarter at 27 hours: half the way, half the time', () => {
    expect(goalProgress(processing, 27, MID_QUARTER)).toEqual({
      status: 'onTrack',
      progress: 0.5,
      expected: 0.5,
      behind: 0,
    });
  });

  it('is at risk at 28 hours: a third of the way, 1/6 behind', () => {
    const result = goalProgress(processing, 28, MID_QUARTER);
    expect(result.status).toBe('atRisk');
    expect(result.progress).toBeCloseTo(1 / 3, 12);
    expect(result.behind).toBeCloseTo(1 / 6, 12);
  });

  it('is off track at 29 hours: a sixth of the way, a third behind', () => {
    const result = goalProgress(processing, 29, MID_QUARTER);
    expect(result.status).toBe('offTrack');
    expect(result.progress).toBeCloseTo(1 / 6, 12);
    expect(result.behind).toBeCloseTo(1 / 3, 12);
  });

  it('is achieved at 24 hours or less on the due date and after, missed above', () => {
    expect(goalProgress(processing, 24, '2027-03-31')).toMatchObject({ status: 'achieved', progress: 1 });
    expect(goalProgress(processing, 23, '2027-04-15').status).toBe('achieved');
    expect(goalProgress(processing, 24.5, '2027-03-31').status).toBe('missed');
    expect(goalProgress(processing, 24.5, '2027-03-30').status).toBe('onTrack'); // 89/90 expected, 11/12 done
  });

  it('counts going the wrong way as negative progress, down to −1', () => {
    expect(goalProgress(processing, 33, MID_QUARTER)).toMatchObject({ status: 'offTrack', progress: -0.5 });
    expect(goalProgress(processing, 60, MID_QUARTER)).toMatchObject({ progress: MIN_PROGRESS, behind: 1.5 });
  });
});

describe('pacing', () => {
  it('expects one day’s share on the start day (inclusive) and grows by a day’s share a day', () => {
    expect(goalProgress(processing, 30, '2027-01-01').expected).toBeCloseTo(1 / 90, 15);
    expect(goalProgress(processing, 30, '2027-01-02').expected).toBeCloseTo(2 / 90, 15);
    expect(goalProgress(processing, 30, '2027-03-31').expected).toBe(1);
    expect(goalProgress(processing, 30, '2028-01-01').expected).toBe(1);
  });

  it('is on track when behind by just under 10 points', () => {
    const result = goalProgress(tenDays, 400.1, '2027-01-05');
    expect(result.behind).toBeCloseTo(0.0999, 12);
    expect(result.status).toBe('onTrack');
  });

  it('is at risk when behind by exactly 10 points (0.5 − 0.4 is not 0.1 in binary)', () => {
    const result = goalProgress(tenDays, 400, '2027-01-05');
    expect(result.behind).toBeCloseTo(0.1, 12);
    expect(result.status).toBe('atRisk');
  });

  it('is still at risk just under 25 points behind, and off track at exactly 25', () => {
    expect(goalProgress(tenDays, 250.1, '2027-01-05').status).toBe('atRisk');
    expect(goalProgress(tenDays, 250, '2027-01-05')).toMatchObject({ status: 'offTrack', behind: 0.25 });
  });

  it('is on track when ahead, even past the target before the due date', () => {
    expect(goalProgress(tenDays, 900, '2027-01-05')).toMatchObject({ status: 'onTrack', behind: -0.4 });
    expect(goalProgress(tenDays, 1500, '2027-01-05')).toMatchObject({ status: 'onTrack', progress: 1.5 });
  });

  it('caps progress far past the target', () => {
    const hair = { ...tenDays, target: 1e-9 };
    expect(goalProgress(hair, 1000, '2027-01-05').progress).toBe(MAX_PROGRESS);
  });

  it('has not started before the start date', () => {
    expect(goalProgress(processing, 27, '2026-12-31')).toEqual({
      status: 'notStarted',
      progress: null,
      expected: 0,
      behind: null,
    });
  });

  it('has no data without an actual, a baseline or a target, or with target = baseline', () => {
    const cases: [GoalPacingInput, number | null][] = [
      [processing, null],
      [processing, Number.NaN],
      [{ ...processing, baseline: null }, 27],
      [{ ...processing, target: null }, 27],
      [{ ...processing, target: 30 }, 27],
      [{ ...processing, target: 30 }, 30],
    ];
    for (const [goal, actual] of cases)
      expect(goalProgress(goal, actual, MID_QUARTER)).toEqual({
        status: 'noData',
        progress: null,
        expected: 0.5,
        behind: null,
      });
    expect(goalProgress(processing, null, '2027-04-01').status).toBe('noData'); // after due, too
  });

  it('has no data when a date is not valid or the due date is before the start', () => {
    const noData = { status: 'noData', progress: null, expected: 0, behind: null };
    expect(goalProgress({ ...processing, start: '' }, 27, MID_QUARTER)).toEqual(noData);
    expect(goalProgress({ ...processing, due: '2027-02-30' }, 27, MID_QUARTER)).toEqual(noData);
    expect(goalProgress({ ...processing, due: '2026-12-01' }, 27, MID_QUARTER)).toEqual(noData);
    expect(goalProgress(processing, 27, '')).toEqual(noData);
  });

  it('judges a one-day goal on its day', () => {
    const oneDay = { ...tenDays, due: '2027-01-01' };
    expect(goalProgress(oneDay, 1000, '2027-01-01')).toMatchObject({ status: 'achieved', expected: 1 });
    expect(goalProgress(oneDay, 999, '2027-01-01').status).toBe('missed');
  });
});

describe('the expected line', () => {
  it('runs from the baseline on the start date to the target on the due date, flat outside', () => {
    const points = ['2026-12-01', '2027-01-01', '2027-02-15', '2027-03-31', '2027-05-01'];
    const line = expectedLine(processing, points);
    expect(line[0]).toBe(30);
    expect(line[1]).toBe(30);
    expect(line[2]).toBeCloseTo(30 - 6 * (45 / 89), 12);
    expect(line[3]).toBe(24);
    expect(line[4]).toBe(24);
  });

  it('is null where it cannot be drawn', () => {
    expect(expectedLine({ ...processing, baseline: null }, ['2027-01-01', '2027-02-01'])).toEqual([
      null,
      null,
    ]);
    expect(expectedLine({ ...processing, target: null }, ['2027-01-01'])).toEqual([null]);
    expect(expectedLine({ ...processing, due: '' }, ['2027-01-01'])).toEqual([null]);
    expect(expectedLine(processing, ['2027-01-01', 'not a date'])).toEqual([30, null]);
    expect(expectedLine(processing, [])).toEqual([]);
  });

  it('jumps to the target on a one-day goal', () => {
    expect(expectedLine({ ...tenDays, due: '2027-01-01' }, ['2026-12-31', '2027-01-01'])).toEqual([0, 1000]);
  });
});

describe('never NaN or Infinity', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  // A few years around 2027, so start, due and today often fall in each other's range.
  const date = fc.integer({ min: 0, max: 1000 }).map((days) => addDays('2026-01-01', days));
  const goal = fc.record({
    direction: fc.constantFrom('increase' as const, 'decrease' as const),
    baseline: fc.option(finite),
    target: fc.option(finite),
    start: date,
    due: date,
  });

  it('in progress, for any finite numbers and dates', () => {
    fc.assert(
      fc.property(goal, fc.option(finite), date, (goal, actual, today) => {
        const result = goalProgress(goal, actual, today);
        expect(Number.isFinite(result.expected)).toBe(true);
        expect(result.expected).toBeGreaterThanOrEqual(0);
        expect(result.expected).toBeLessThanOrEqual(1);
        if (result.progress !== null) {
          expect(Number.isFinite(result.progress)).toBe(true);
          expect(result.progress).toBeGreaterThanOrEqual(MIN_PROGRESS);
          expect(result.progress).toBeLessThanOrEqual(MAX_PROGRESS);
        }
        if (result.behind !== null) expect(Number.isFinite(result.behind)).toBe(true);
        expect(result.behind === null).toBe(result.progress === null);
      }),
      { numRuns: 2000 },
    );
  });

  it('in the expected line, which stays between baseline and target', () => {
    fc.assert(
      fc.property(goal, fc.array(date, { maxLength: 10 }), (goal, points) => {
        const line = expectedLine(goal, points);
        expect(line).toHaveLength(points.length);
        for (const value of line) {
          if (value === null) continue;
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(Math.min(goal.baseline ?? 0, goal.target ?? 0));
          expect(value).toBeLessThanOrEqual(Math.max(goal.baseline ?? 0, goal.target ?? 0));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('at the extremes of the number line', () => {
    const huge = { ...tenDays, baseline: -Number.MAX_VALUE, target: Number.MAX_VALUE };
    expect(goalProgress(huge, 0, '2027-01-05')).toMatchObject({ progress: 0.5, behind: 0 });
    expect(goalProgress(huge, Number.MAX_VALUE, '2027-01-05').progress).toBe(1);
    const tiny = { ...tenDays, baseline: 0, target: Number.MIN_VALUE };
    expect(goalProgress(tiny, Number.MAX_VALUE, '2027-01-05').progress).toBe(MAX_PROGRESS);
    expect(expectedLine(huge, ['2027-01-01', '2027-01-10'])).toEqual([-Number.MAX_VALUE, Number.MAX_VALUE]);
  });
});
