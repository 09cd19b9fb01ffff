import { mean, round1 } from './numbers';

/** A score from 1–5 ratings: their mean × 20 (1 → 20, 5 → 100), one decimal; null when there are none. */
export function ratingsScore(ratings: readonly number[]): number | null {
  const average = mean(ratings.filter((r) => Number.isFinite(r)));
  return average === null ? null : round1(average * 20);
}
