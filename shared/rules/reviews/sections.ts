import type { Review, ReviewSectionKind, ReviewTemplate } from '../../schema/review';
import { type KpiRow, kpiSectionScore } from './kpi';
import { MIN_PEERS, type PeerSummary } from './peers';
import { ratingsScore } from './ratings';

// A review's section scores, each 0–100 or null while the section has nothing to score yet.

export type SectionScores = Record<ReviewSectionKind, number | null>;

export interface SectionScoresInput {
  template: Pick<ReviewTemplate, 'competencies'>;
  kpiRows: readonly KpiRow[];
  review: Pick<Review, 'competencyRatings' | 'managerRating'>;
  /** The self-assessment's ratings, or null while it is not answered. */
  selfRatings: readonly number[] | null;
  peers: PeerSummary;
}

/**
 * The manager's competency score: the mean of their ratings of the template's competencies × 20, once every
 * competency is rated (a half-rated section stays open, so a review never closes on part of it).
 */
function competencyScore(
  competencies: ReviewTemplate['competencies'],
  ratings: Review['competencyRatings'],
): number | null {
  if (competencies.length === 0) return null;
  const values: number[] = [];
  for (const { name } of competencies) {
    const rated = ratings.find((r) => r.criterion === name);
    if (!rated) return null;
    values.push(rated.rating);
  }
  return ratingsScore(values);
}

/** Every section's score: KPIs from their rows, competencies and the manager's overall rating by the manager, self and feedback from their answers. */
export function sectionScores(input: SectionScoresInput): SectionScores {
  const { template, review, selfRatings, peers } = input;
  return {
    kpi: kpiSectionScore(input.kpiRows),
    competencies: competencyScore(template.competencies, review.competencyRatings),
    self: selfRatings === null ? null : ratingsScore(selfRatings),
    feedback: peers.shown ? peers.score : null,
    manager: review.managerRating === null ? null : review.managerRating * 20,
  };
}

/**
 * The weighted sections of a review still without a score, in the template's order: what keeps it from
 * being finished. Feedback stays open while fewer than MIN_PEERS colleagues have answered.
 */
export function reviewOpenParts(
  template: Pick<ReviewTemplate, 'sections'>,
  scores: Partial<SectionScores>,
  peers: Pick<PeerSummary, 'count'>,
): ReviewSectionKind[] {
  return template.sections
    .filter((s) => s.weight > 0)
    .filter((s) => (scores[s.kind] ?? null) === null || (s.kind === 'feedback' && peers.count < MIN_PEERS))
    .map((s) => s.kind);
}
