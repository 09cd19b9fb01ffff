// Calibration: how a cycle's final scores spread, and who stands far from the middle, so the managers can
// compare like with like before the cycle closes.

export interface ScoreBin {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge (the last bin also holds a score equal to it). */
  to: number;
  count: number;
}

/**
 * How many scores fall in each bin of `binSize` points, from 0 up to 100 (further when a score is higher),
 * empty bins included so a chart shows the whole scale. A score below 0 counts in the first bin; a score
 * that is not a number is left out.
 */
export function scoreDistribution(scores: readonly number[], binSize = 10): ScoreBin[] {
  const size = Number.isFinite(binSize) && binSize > 0 ? binSize : 10;
  const valid = scores.filter((s) => Number.isFinite(s));
  const top = Math.max(100, ...valid);
  const count = Math.max(1, Math.ceil(top / size));
  const bins: ScoreBin[] = Array.from({ length: count }, (_, i) => ({
    from: i * size,
    to: (i + 1) * size,
    count: 0,
  }));
  for (const score of valid) {
    const index = Math.min(count - 1, Math.max(0, Math.floor(score / size)));
    (bins[index] as ScoreBin).count += 1;
  }
  return bins;
}

/** The median of some numbers (the mean of the middle two for an even count); null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The ids whose score lies more than `threshold` points from the cycle's median, in the entries' order;
 * none with fewer than 3 entries (with two, each is as far from the middle as the other).
 */
export function calibrationOutliers(
  entries: readonly { id: string; score: number }[],
  threshold = 20,
): string[] {
  const valid = entries.filter((e) => Number.isFinite(e.score));
  if (valid.length < 3) return [];
  const middle = median(valid.map((e) => e.score)) as number;
  return valid.filter((e) => Math.abs(e.score - middle) > threshold).map((e) => e.id);
}
