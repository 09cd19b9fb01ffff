import type { GoalPacingInput, GoalProgress } from './types';

// How far a goal has come, against a steady (linear) pace from its start to its due date.

/** At least this far behind the steady pace (in fractions of the path baseline → target): at risk. */
export const AT_RISK_BEHIND = 0.1;
/** At least this far behind: off track. */
export const OFF_TRACK_BEHIND = 0.25;

/**
 * Progress is allowed past the target, but not without bound: a goal whose target is a hair from its
 * baseline would otherwise report 10^300 and break every chart axis. 100× the path means nothing more.
 */
export const MAX_PROGRESS = 100;
/** Moving the wrong way counts down to minus the whole path, no further (same reason). */
export const MIN_PROGRESS = -1;

// Thresholds are compared with this tolerance: in binary 0.5 − 0.4 is 0.0999…98, and a goal exactly ten
// points behind must be at risk, as the product requirement says ("behind by 10% or more").
const EPSILON = 1e-9;

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO calendar date (YYYY-MM-DD), or null when it is not a real date ('' ,
 * '2027-02-30', '2027-1-5'). No time zone is involved: a goal's dates are calendar dates.
 */
export function dayNumber(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear rather than Date.UTC, which reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return Math.round(date.getTime() / DAY_MS);
}

/**
 * The calendar days a goal covers, start and due both counted (1 January – 31 March is 90 days); null
 * when a date is not valid or due is before start.
 */
export function goalDays(start: string, due: string): number | null {
  const from = dayNumber(start);
  const to = dayNumber(due);
  if (from === null || to === null || to < from) return null;
  return to - from + 1;
}

const isNumber = (value: number | null): value is number => value !== null && Number.isFinite(value);

/**
 * (actual − baseline) / (target − baseline), clamped to [MIN_PROGRESS, MAX_PROGRESS]. The direction needs
 * no case of its own: for a decrease both differences are negative. Callers ensure target ≠ baseline.
 */
function fractionOfPath(baseline: number, target: number, actual: number): number {
  let path = target - baseline;
  let moved = actual - baseline;
  // Two finite numbers far apart (1e308 and −1e308) differ by Infinity; halving both keeps the ratio.
  if (!Number.isFinite(path) || !Number.isFinite(moved)) {
    path = target / 2 - baseline / 2;
    moved = actual / 2 - baseline / 2;
  }
  const ratio = moved / path;
  if (Number.isNaN(ratio)) return 0;
  const clamped = Math.min(MAX_PROGRESS, Math.max(MIN_PROGRESS, ratio));
  return clamped === 0 ? 0 : clamped; // no −0 for the UI to print as "-0%"
}

/**
 * Where the goal stands on `today` (YYYY-MM-DD).
 *
 * - today before start: notStarted (progress not measured: the actual is not yet the goal's).
 * - no actual, no baseline, no target, target equal to baseline, or dates not valid: noData.
 * - today on or after due: achieved when the target is reached (progress ≥ 1), otherwise missed.
 * - otherwise by behind = expected − progress: under 0.10 on track, under 0.25 at risk, else off track.
 *
 * `expected` counts days inclusive of the start day, as "by the end of today": on the first of a 90-day
 * quarter a steady pace has done 1/90 of the path, on its 45th day half of it.
 */
export function goalProgress(goal: GoalPacingInput, actual: number | null, today: string): GoalProgress {
  const from = dayNumber(goal.start);
  const to = dayNumber(goal.due);
  const now = dayNumber(today);
  if (from === null || to === null || now === null || to < from)
    return { status: 'noData', progress: null, expected: 0, behind: null };
  if (now < from) return { status: 'notStarted', progress: null, expected: 0, behind: null };

  const expected = Math.min(1, (now - from + 1) / (to - from + 1));
  const { baseline, target } = goal;
  if (!isNumber(actual) || !isNumber(baseline) || !isNumber(target) || target === baseline)
    return { status: 'noData', progress: null, expected, behind: null };

  const progress = fractionOfPath(baseline, target, actual);
  const behind = expected - progress;
  if (now >= to)
    return { status: progress >= 1 - EPSILON ? 'achieved' : 'missed', progress, expected, behind };
  const status =
    behind < AT_RISK_BEHIND - EPSILON
      ? 'onTrack'
      : behind < OFF_TRACK_BEHIND - EPSILON
        ? 'atRisk'
        : 'offTrack';
  return { status, progress, expected, behind };
}

/**
 * The steady-pace value at each date, for the "actual vs target" chart: the baseline on the start date,
 * the target on the due date, a straight line between, flat outside. null for every point when the goal
 * has no baseline or target or its dates are not valid, and for a point that is not a valid date.
 *
 * Unlike `expected` above, the line starts at the baseline on the start date (a chart's line starts where
 * the goal starts); plotted by day the two differ by at most one day's share.
 */
export function expectedLine(goal: GoalPacingInput, points: readonly string[]): (number | null)[] {
  const from = dayNumber(goal.start);
  const to = dayNumber(goal.due);
  const { baseline, target } = goal;
  if (from === null || to === null || to < from || !isNumber(baseline) || !isNumber(target))
    return points.map(() => null);
  const low = Math.min(baseline, target);
  const high = Math.max(baseline, target);
  return points.map((point) => {
    const day = dayNumber(point);
    if (day === null) return null;
    if (day >= to) return target;
    if (day <= from) return baseline;
    const share = (day - from) / (to - from);
    // A weighted mean rather than baseline + share × (target − baseline), which overflows for far-apart
    // finite values; clamped so rounding never steps outside the two ends.
    const value = baseline * (1 - share) + target * share;
    return Math.min(high, Math.max(low, value));
  });
}
