// A forecast of one currency's monthly sales a few months ahead, for the analysis screen. Amounts are
// integer minor units of ONE currency: the caller forecasts each currency's series on its own.
//
// Three simple, well-known methods compete; each is back-tested on the history itself (rolling origin:
// pretend the history ended a few months earlier, forecast, compare with what happened) and the one with
// the lowest mean absolute error wins. A tie goes to the simpler one: a method that is not measurably
// better is not worth its extra assumptions. The band comes from the same back-test errors, so it is as
// wide as the chosen method has actually been wrong on this series, not a theoretical width.

export type ForecastMethod = 'naive' | 'seasonalNaive' | 'seasonalTrend';

/** One forecast month: the forecast and an ~80% band around it (minor units, integers, low ≥ 0). */
export interface ForecastPoint {
  value: number;
  low: number;
  high: number;
}

export interface BackTest {
  method: ForecastMethod;
  /** Mean absolute error over every (origin, step) pair that has an actual, in minor units. */
  mae: number;
  /**
   * Total absolute error ÷ total absolute actual (WAPE, a MAPE that a month of zero sales cannot blow
   * up): 0.25 means "off by a quarter of the sales". Null when every compared actual was zero.
   */
  relativeError: number | null;
  /** How many origins were back-tested (the same for every candidate, so their errors compare). */
  origins: number;
}

export type Forecast =
  | {
      status: 'ok';
      method: ForecastMethod;
      points: ForecastPoint[];
      /** One per candidate tried, simplest first. */
      backTest: BackTest[];
      /** The naive method's back-test MAE: what "better than naive" is measured against. */
      naiveMae: number;
    }
  | { status: 'tooShort'; months: number; needed: number };

/**
 * Fewer months cannot be back-tested even naively: naive needs one month to copy, and three origins
 * (months 2–4 each forecast from the months before them) is the least that says anything about its error.
 */
export const FORECAST_MIN_MONTHS = 4;
/**
 * Months before a seasonal method is tried. A seasonal back-test runs over 12 origins so that every
 * calendar month is tested once: over fewer, a method could win on the half-year where last year happened
 * to repeat. Seasonal naive copies a year (12) and is then tested over a year (24 in all); seasonal trend
 * compares two years (24) and is then tested over a year (36 in all).
 */
export const SEASONAL_NAIVE_MIN_MONTHS = 24;
export const SEASONAL_TREND_MIN_MONTHS = 36;

const SEASON = 12;
/** Origins for a naive-only back-test: the last half-year is what "recently" means for a level. */
const NAIVE_ORIGINS = 6;
const SEASONAL_ORIGINS = SEASON;
/** The normal distribution's 90th percentile: ±1.28 × RMSE holds ~80% of errors. */
const Z80 = 1.2816;

interface Candidate {
  method: ForecastMethod;
  /** Months of history the method needs before its first forecast. */
  train: number;
  /** Months of history before it is tried at all. */
  tried: number;
  /** The forecast for month `end + step − 1` from the first `end` months of `history` (step ≥ 1). */
  predict(history: readonly number[], end: number, step: number): number;
}

const at = (history: readonly number[], index: number) => history[index] ?? 0;

/** Same calendar month in the last known year (a step beyond 12 months goes back as many years). */
const lastYearIndex = (end: number, step: number) => end + step - 1 - SEASON * Math.ceil(step / SEASON);

const sum = (history: readonly number[], from: number, to: number) => {
  let total = 0;
  for (let i = from; i < to; i++) total += at(history, i);
  return total;
};

// Simplest first: the order breaks ties.
const candidates: readonly Candidate[] = [
  // Next month sells what the last month sold: right for a level with no season, and the bar to beat.
  { method: 'naive', train: 1, tried: FORECAST_MIN_MONTHS, predict: (h, end) => at(h, end - 1) },
  // Next month sells what the same month sold a year ago: right for a stable season (December is big).
  {
    method: 'seasonalNaive',
    train: SEASON,
    tried: SEASONAL_NAIVE_MIN_MONTHS,
    predict: (h, end, step) => at(h, lastYearIndex(end, step)),
  },
  // Seasonal naive with drift (Hyndman & Athanasopoulos, "Forecasting: Principles and Practice"): the same
  // month a year ago plus the year-over-year change of the monthly mean, last 12 months against the 12
  // before. Additive, not a growth ratio: a ratio explodes when the year before sold next to nothing, and
  // a difference needs no division at all. Steps beyond a year add one change per year.
  {
    method: 'seasonalTrend',
    train: 2 * SEASON,
    tried: SEASONAL_TREND_MIN_MONTHS,
    predict: (h, end, step) => {
      const drift = (sum(h, end - SEASON, end) - sum(h, end - 2 * SEASON, end - SEASON)) / SEASON;
      return at(h, lastYearIndex(end, step)) + drift * Math.ceil(step / SEASON);
    },
  },
];

/** A month's sales are never forecast below zero (a trend may point there; refunds do not sell). */
const forecastAt = (candidate: Candidate, history: readonly number[], end: number, step: number) =>
  Math.max(0, candidate.predict(history, end, step));

interface Measured extends BackTest {
  /** Signed errors (actual − forecast) per step, index 0 for one month ahead. */
  errorsByStep: number[][];
}

function backTest(candidate: Candidate, history: readonly number[], origins: number, horizon: number) {
  const n = history.length;
  const errorsByStep: number[][] = Array.from({ length: horizon }, () => []);
  let absError = 0;
  let absActual = 0;
  let pairs = 0;
  // The latest origins test only the near steps: the months after them have not happened yet.
  for (let end = n - origins; end < n; end++) {
    for (let step = 1; step <= horizon && end + step - 1 < n; step++) {
      const actual = at(history, end + step - 1);
      const error = actual - forecastAt(candidate, history, end, step);
      errorsByStep[step - 1]?.push(error);
      absError += Math.abs(error);
      absActual += Math.abs(actual);
      pairs++;
    }
  }
  return {
    method: candidate.method,
    mae: absError / pairs,
    relativeError: absActual > 0 ? absError / absActual : null,
    origins,
    errorsByStep,
  } satisfies Measured;
}

const rmse = (errors: readonly number[]) => Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length);

/**
 * The band's half-width per step: ±1.28 × the RMSE of the chosen method's back-test errors at that step.
 * A step the back-test never reached (a horizon longer than its origins) widens the last measured step's
 * width by √(step ÷ that step), as a random walk's error grows. A later month is never shown as more
 * certain than an earlier one: with few errors per step, a narrower step 2 is luck, not knowledge.
 */
function halfWidths(errorsByStep: readonly (readonly number[])[]): number[] {
  let measured = { step: 1, rmse: 0 };
  let widest = 0;
  return errorsByStep.map((errors, index) => {
    const step = index + 1;
    if (errors.length > 0) measured = { step, rmse: rmse(errors) };
    widest = Math.max(widest, Z80 * measured.rmse * Math.sqrt(step / measured.step));
    return widest;
  });
}

/**
 * Forecasts the `horizon` months after `history` (monthly totals in minor units, oldest first, ending
 * with the last COMPLETE month: a month still running would read as a collapse).
 */
export function forecastMonthly(history: readonly number[], horizon = 3): Forecast {
  if (!Number.isInteger(horizon) || horizon < 1) throw new RangeError(`Not a forecast horizon: ${horizon}`);
  // Minor units beyond 2^53 are no longer exact; refusing them also keeps every sum and square finite.
  for (const value of history)
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
      throw new RangeError(`Not a monthly amount: ${value}`);

  const n = history.length;
  if (n < FORECAST_MIN_MONTHS) return { status: 'tooShort', months: n, needed: FORECAST_MIN_MONTHS };

  const tried = candidates.filter((c) => n >= c.tried);
  const seasonal = tried.length > 1;
  const train = Math.max(...tried.map((c) => c.train));
  // Every candidate is tested on the same origins, so their errors are over the same months.
  const origins = Math.min(seasonal ? SEASONAL_ORIGINS : NAIVE_ORIGINS, n - train);
  const results = tried.map((c) => backTest(c, history, origins, horizon));

  let best = 0;
  for (let i = 1; i < results.length; i++) {
    const mae = results[i]?.mae ?? Number.POSITIVE_INFINITY;
    const bestMae = results[best]?.mae ?? 0;
    // Float noise (a drift of 0.1 + 0.2 − 0.3) is not an improvement: only a clear one beats simpler.
    if (mae < bestMae - 1e-9 * Math.max(1, bestMae)) best = i;
  }
  const chosen = results[best];
  const candidate = tried[best];
  if (!chosen || !candidate) throw new Error('No forecast method was tried');

  const widths = halfWidths(chosen.errorsByStep);
  const points = widths.map((width, index) => {
    const value = Math.round(forecastAt(candidate, history, n, index + 1));
    return { value, low: Math.max(0, Math.round(value - width)), high: Math.round(value + width) };
  });
  return {
    status: 'ok',
    method: candidate.method,
    points,
    backTest: results.map(({ method, mae, relativeError, origins }) => ({
      method,
      mae,
      relativeError,
      origins,
    })),
    naiveMae: results[0]?.mae ?? 0,
  };
}
