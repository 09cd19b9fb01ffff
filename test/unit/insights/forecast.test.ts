import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORECAST_MIN_MONTHS,
  type Forecast,
  forecastMonthly,
  SEASONAL_NAIVE_MIN_MONTHS,
  SEASONAL_TREND_MIN_MONTHS,
} from '../../../shared/insights/forecast';

// The analysis screen's sales forecast: which method the back-test picks, what it predicts, how wide its
// band is, and that no series (empty, all zero, huge) ever yields NaN or Infinity.

const season = [900, 700, 800, 1000, 1200, 1500, 1700, 1600, 1300, 1100, 1400, 2500];
const seasonal = (months: number, perMonth = 0) =>
  Array.from({ length: months }, (_, t) => (season[t % 12] ?? 0) + perMonth * t);

function ok(result: Forecast) {
  if (result.status !== 'ok') throw new Error(`expected a forecast, got ${JSON.stringify(result)}`);
  return result;
}

/** Every number anywhere in a result (JSON.stringify would hide a NaN as null). */
const numbersIn = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(numbersIn)
      : [];

const rmse = (errors: number[]) => Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length);

describe('a history too short to back-test', () => {
  it('says how many months it has and how many are needed', () => {
    expect(FORECAST_MIN_MONTHS).toBe(4);
    expect(forecastMonthly([])).toEqual({ status: 'tooShort', months: 0, needed: 4 });
    expect(forecastMonthly([100, 200, 300])).toEqual({ status: 'tooShort', months: 3, needed: 4 });
    expect(forecastMonthly([100, 200, 300, 400]).status).toBe('ok');
  });

  it('refuses what is not an amount or a horizon', () => {
    expect(() => forecastMonthly([1, 2, Number.NaN, 4])).toThrow(RangeError);
    expect(() => forecastMonthly([1, 2, Number.POSITIVE_INFINITY, 4])).toThrow(RangeError);
    expect(() => forecastMonthly([1, 2, 3, 2 ** 60])).toThrow(RangeError);
    expect(() => forecastMonthly([1, 2, 3, 4], 0)).toThrow(RangeError);
    expect(() => forecastMonthly([1, 2, 3, 4], 1.5)).toThrow(RangeError);
  });
});

describe('the naive back-test', () => {
  // Five months, four origins (each forecasts "the month before" for up to three months ahead):
  //   from 10: months 20, 15, 30 → errors 10, 5, 20     from 20: months 15, 30, 25 → 5, 10, 5
  //   from 15: months 30, 25     → 15, 10               from 30: month 25          → 5
  // 85 of absolute error over 9 pairs, against 215 of sales.
  const history = [10, 20, 15, 30, 25];

  it('has the MAE and relative error worked out by hand', () => {
    const result = ok(forecastMonthly(history));
    expect(result.method).toBe('naive');
    expect(result.backTest).toEqual([{ method: 'naive', mae: 85 / 9, relativeError: 85 / 215, origins: 4 }]);
    expect(result.naiveMae).toBe(85 / 9);
  });

  it('forecasts the last month with a band of ±1.28 × RMSE of each step’s errors', () => {
    const result = ok(forecastMonthly(history));
    // Signed errors (actual − forecast) one, two and three months ahead. Step 2's errors happen to be
    // smaller than step 1's (8.7 against 9.7): it keeps step 1's width rather than narrow.
    const [one, two, three] = [rmse([10, -5, 15, -5]), rmse([5, 10, 10]), rmse([20, 5])];
    expect(two).toBeLessThan(one);
    const widths = [one, one, three].map((r) => 1.2816 * r);
    expect(result.points).toEqual(
      widths.map((w) => ({ value: 25, low: Math.round(25 - w), high: Math.round(25 + w) })),
    );
    expect(result.points.map((p) => [p.low, p.high])).toEqual([
      [13, 37],
      [13, 37],
      [6, 44],
    ]);
  });

  it('widens steps beyond its origins as a random walk would', () => {
    const points = ok(forecastMonthly(history, 6)).points;
    // Four origins measure steps 1–4 (step 4: one error, 25 − 10); steps 5 and 6 grow from step 4.
    const step4 = 1.2816 * 15;
    expect(points[3]).toEqual({ value: 25, low: Math.round(25 - step4), high: Math.round(25 + step4) });
    expect(points[4]?.high).toBe(Math.round(25 + step4 * Math.sqrt(5 / 4)));
    expect(points[5]?.high).toBe(Math.round(25 + step4 * Math.sqrt(6 / 4)));
    expect(points[5]?.low).toBe(Math.round(25 - step4 * Math.sqrt(6 / 4)));
  });
});

describe('choosing a method', () => {
  it('forecasts a constant series as the constant, with no band, preferring naive on the tie', () => {
    const result = ok(forecastMonthly(Array(30).fill(5000)));
    expect(result.method).toBe('naive');
    expect(result.points).toEqual(Array(3).fill({ value: 5000, low: 5000, high: 5000 }));
    // 30 months: seasonal naive is tried too, and is exactly as good.
    expect(result.backTest).toEqual([
      { method: 'naive', mae: 0, relativeError: 0, origins: 12 },
      { method: 'seasonalNaive', mae: 0, relativeError: 0, origins: 12 },
    ]);
  });

  it('picks a seasonal method for a perfectly seasonal series and predicts it exactly', () => {
    const result = ok(forecastMonthly(seasonal(36)));
    expect(result.method).toBe('seasonalNaive');
    expect(result.points).toEqual(
      [900, 700, 800].map((value) => ({ value, low: value, high: value })), // January to March again
    );
    expect(result.backTest.map((b) => [b.method, b.mae])).toEqual([
      ['naive', result.naiveMae],
      ['seasonalNaive', 0],
      ['seasonalTrend', 0],
    ]);
    expect(result.naiveMae).toBeGreaterThan(200);
  });

  it('carries the season over a horizon longer than a year', () => {
    const values = ok(forecastMonthly(seasonal(36), 15)).points.map((p) => p.value);
    expect(values).toEqual(seasonal(51).slice(36));
  });

  it('adds the year-over-year change when a seasonal series grows', () => {
    const history = seasonal(48, 50);
    const result = ok(forecastMonthly(history));
    expect(result.method).toBe('seasonalTrend');
    expect(result.points.map((p) => p.value)).toEqual(seasonal(51, 50).slice(48));
    // Seasonal naive is always a year's growth (12 × 50) short.
    expect(result.backTest.find((b) => b.method === 'seasonalNaive')?.mae).toBe(600);
  });

  it('never forecasts a month below zero, though the decline points there', () => {
    // 4000 falling by 110 a month: the year-over-year change follows it exactly, down to 40, −70, −180.
    const result = ok(forecastMonthly(Array.from({ length: 36 }, (_, t) => 4000 - 110 * t)));
    expect(result.method).toBe('seasonalTrend');
    expect(result.points).toEqual([
      { value: 40, low: 40, high: 40 },
      { value: 0, low: 0, high: 0 },
      { value: 0, low: 0, high: 0 },
    ]);
  });

  it('does not try a seasonal method before the history has enough years', () => {
    const methods = (months: number) => ok(forecastMonthly(seasonal(months))).backTest.map((b) => b.method);
    expect(methods(SEASONAL_NAIVE_MIN_MONTHS - 1)).toEqual(['naive']);
    expect(methods(SEASONAL_NAIVE_MIN_MONTHS)).toEqual(['naive', 'seasonalNaive']);
    expect(methods(SEASONAL_TREND_MIN_MONTHS - 1)).toEqual(['naive', 'seasonalNaive']);
    expect(methods(SEASONAL_TREND_MIN_MONTHS)).toEqual(['naive', 'seasonalNaive', 'seasonalTrend']);
  });

  it('keeps a seasonal method through noise that naive cannot follow', () => {
    // Thirteen values against a twelve-month season: the noise itself has no season.
    const noise = [3, -2, 5, -4, 1, 0, -3, 4, -1, 2, -5, 3, -2];
    const history = seasonal(36).map((v, t) => v + 10 * (noise[t % 13] ?? 0));
    const result = ok(forecastMonthly(history));
    expect(result.method).not.toBe('naive');
    const chosen = result.backTest.find((b) => b.method === result.method);
    expect(chosen?.mae).toBeLessThan(result.naiveMae / 3);
    for (const [i, point] of result.points.entries()) {
      expect(Math.abs(point.value - (season[i] ?? 0))).toBeLessThanOrEqual(100);
      expect(point.low).toBeLessThan(point.value);
      expect(point.high).toBeGreaterThan(point.value);
    }
  });
});

describe('any history', () => {
  it('gives zeros for all-zero sales, with no relative error to report', () => {
    const result = ok(forecastMonthly(Array(40).fill(0)));
    expect(result.points).toEqual(Array(3).fill({ value: 0, low: 0, high: 0 }));
    expect(result.backTest.every((b) => b.mae === 0 && b.relativeError === null)).toBe(true);
  });

  it('copes with a single month of sales among zeros and with huge amounts', () => {
    const single = ok(forecastMonthly([0, 0, 0, 0, 0, 7_000, 0]));
    expect(single.points.map((p) => p.value)).toEqual([0, 0, 0]);
    expect(single.points[0]?.high).toBeGreaterThan(0);
    const huge = ok(forecastMonthly(Array.from({ length: 40 }, (_, t) => (t % 2 ? 1e13 : 0))));
    expect(huge.points.every((p) => Number.isSafeInteger(p.high))).toBe(true);
  });

  it('never yields NaN or Infinity, and its points are ordered integers at or above zero', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 ** 13 })), { maxLength: 60 }),
        fc.integer({ min: 1, max: 15 }),
        (history, horizon) => {
          const result = forecastMonthly(history, horizon);
          expect(numbersIn(result).every(Number.isFinite)).toBe(true);
          expect(result.status).toBe(history.length >= 4 ? 'ok' : 'tooShort');
          if (result.status !== 'ok') return;
          expect(result.points).toHaveLength(horizon);
          for (const { value, low, high } of result.points) {
            for (const n of [value, low, high]) expect(Number.isSafeInteger(n)).toBe(true);
            expect(0 <= low && low <= value && value <= high).toBe(true);
          }
          // A later month is never more certain than an earlier one (up to rounding and the floor at 0).
          const widths = result.points.map((p) => p.high - p.value);
          for (let i = 1; i < widths.length; i++)
            expect(widths[i]).toBeGreaterThanOrEqual((widths[i - 1] ?? 0) - 1);
          const best = Math.min(...result.backTest.map((b) => b.mae));
          const chosen = result.backTest.find((b) => b.method === result.method);
          expect(chosen?.mae).toBeLessThanOrEqual(best * (1 + 1e-9) + 1e-9);
          for (const b of result.backTest) {
            expect(Number.isFinite(b.mae) && b.mae >= 0).toBe(true);
            expect(b.relativeError === null || Number.isFinite(b.relativeError)).toBe(true);
          }
        },
      ),
    );
  });
});
