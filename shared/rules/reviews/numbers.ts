// Small number helpers the review rules share: every score is rounded once, to one decimal, and no rule
// ever hands on NaN or Infinity.

/** Rounded to one decimal (half away from zero for the positive scores these rules make). */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/** The value held within [min, max]. */
export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The mean of some numbers, or null when there are none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The weighted mean of the parts that have a value, their weights renormalised over them; null when no
 * part with a positive weight has one.
 */
export function weightedMean(parts: readonly { value: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const part of parts) {
    if (part.value === null || !Number.isFinite(part.value) || !(part.weight > 0)) continue;
    sum += part.value * part.weight;
    weights += part.weight;
  }
  return weights > 0 ? sum / weights : null;
}
