import type { RatingBand, ReviewSectionKind, ReviewTemplate } from '../../schema/review';
import { evaluateFormula, formulaSections, parseFormula } from './formula';
import { clamp, round1, weightedMean } from './numbers';
import type { SectionScores } from './sections';

// The final score of a review, 0–100 to one decimal, and the rating band it earns.

export interface FinalScore {
  /** Null while nothing it needs has a score (or the template's formula cannot be read). */
  score: number | null;
  /** The sections it needs that have no score yet, in the sections' order. */
  missing: ReviewSectionKind[];
}

/**
 * Without a formula: the weighted mean of the sections with a weight that have a score (their weights
 * renormalised over them), `missing` naming the weighted sections without one. With a formula: its value,
 * null while a section it reads has no score (those are `missing`). Held within 0–100 either way.
 */
export function finalScore(
  template: Pick<ReviewTemplate, 'sections' | 'formula'>,
  scores: Partial<SectionScores>,
): FinalScore {
  const scoreOf = (kind: ReviewSectionKind) => {
    const score = scores[kind];
    return typeof score === 'number' && Number.isFinite(score) ? score : null;
  };
  const text = template.formula.trim();
  if (text !== '') {
    const parsed = parseFormula(text);
    if (!parsed.ok) return { score: null, missing: [] };
    const missing = formulaSections(parsed.formula).filter((kind) => scoreOf(kind) === null);
    const value = evaluateFormula(parsed.formula, scores);
    return { score: value === null ? null : round1(clamp(value, 0, 100)), missing };
  }
  const weighted = template.sections.filter((s) => s.weight > 0);
  const value = weightedMean(weighted.map((s) => ({ value: scoreOf(s.kind), weight: s.weight })));
  return {
    score: value === null ? null : round1(clamp(value, 0, 100)),
    missing: weighted.filter((s) => scoreOf(s.kind) === null).map((s) => s.kind),
  };
}

/** The label of the highest band whose minimum the score reaches; null without a score or below every band. */
export function bandOf(bands: readonly RatingBand[], score: number | null): string | null {
  if (score === null || !Number.isFinite(score)) return null;
  let best: RatingBand | null = null;
  for (const band of bands) if (score >= band.min && (best === null || band.min > best.min)) best = band;
  return best?.label ?? null;
}
