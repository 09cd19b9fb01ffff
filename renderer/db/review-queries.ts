import { localIsoDate } from '../../shared/rules/local-date';
import {
  calibrationOutliers,
  median,
  type PeerSummary,
  type RewardTotals,
  rewardTotals,
  type ScoreBin,
  scoreDistribution,
} from '../../shared/rules/reviews';
import type {
  CriterionRating,
  RatingBand,
  ReviewCycle,
  ReviewTemplate,
  Reward,
} from '../../shared/schema/review';
import type { SalesDeskDb } from './database';
import { loadReviewParts, type ReviewRow } from './review-rows';

export type { RequestState, ReviewRow } from './review-rows';

// What the Reviews page reads: templates and cycles, a cycle's board (every review computed, review-rows.ts),
// one review in full, calibration, the year's rewards and a person's history. An office has a dozen people
// and a few cycles a year, so each is read whole. Peer answers reach the page only as their anonymous
// summary: no query here says who answered what.

const today = () => localIsoDate(new Date());

/** Templates by name, no tombstones. */
export async function loadReviewTemplates(db: SalesDeskDb): Promise<ReviewTemplate[]> {
  return (await db.reviewTemplates.toArray())
    .filter((t) => !t.deleted)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Cycles, the latest period first, no tombstones. */
export async function loadReviewCycles(db: SalesDeskDb): Promise<ReviewCycle[]> {
  return (await db.reviewCycles.toArray())
    .filter((c) => !c.deleted)
    .sort((a, b) => b.from.localeCompare(a.from) || b.createdAt.localeCompare(a.createdAt));
}

/** A live cycle and its template; null when either is gone. */
async function cycleAndTemplate(db: SalesDeskDb, cycleId: string) {
  const cycle = await db.reviewCycles.get(cycleId);
  if (!cycle || cycle.deleted) return null;
  const template = await db.reviewTemplates.get(cycle.templateId);
  // A template removed after the cycle began still scores it: the cycle's reviews depend on it.
  if (!template) return null;
  return { cycle, template };
}

export interface CycleBoard {
  cycle: ReviewCycle;
  template: ReviewTemplate;
  rows: ReviewRow[];
}

/** A cycle's reviews with their scores and requests; null when the cycle is gone. */
export async function loadCycleBoard(
  db: SalesDeskDb,
  cycleId: string,
  asOf: string = today(),
): Promise<CycleBoard | null> {
  const found = await cycleAndTemplate(db, cycleId);
  if (!found) return null;
  const parts = await loadReviewParts(db, found.cycle, found.template, asOf);
  return { ...found, rows: parts.map((p) => p.row) };
}

export interface ReviewDetail extends CycleBoard {
  row: ReviewRow;
  /** The person's own answers (self-assessment), or null while not answered. */
  selfAnswers: { ratings: CriterionRating[]; answers: string[] } | null;
  /** The colleagues' answers as averages and unattributed comments, shown only from MIN_PEERS answers. */
  peers: PeerSummary;
}

/** One review in full; null when it (or its cycle) is gone. */
export async function loadReviewDetail(
  db: SalesDeskDb,
  reviewId: string,
  asOf: string = today(),
): Promise<ReviewDetail | null> {
  const review = await db.reviews.get(reviewId);
  if (!review || review.deleted) return null;
  const found = await cycleAndTemplate(db, review.cycleId);
  if (!found) return null;
  const [parts] = await loadReviewParts(db, found.cycle, found.template, asOf, reviewId);
  if (!parts) return null;
  return {
    ...found,
    rows: [parts.row],
    row: parts.row,
    selfAnswers: parts.self ? { ratings: parts.self.ratings, answers: parts.self.answers } : null,
    peers: parts.peers,
  };
}

export interface CalibrationEntry {
  reviewId: string;
  name: string;
  final: number | null;
  band: string | null;
  /** Far from the cycle's median (calibrationOutliers): worth a second look. */
  outlier: boolean;
}

export interface Calibration {
  cycle: ReviewCycle;
  /** The bands in force: the cycle's calibrated ones, else the template's. */
  bands: RatingBand[];
  entries: CalibrationEntry[];
  median: number | null;
  distribution: ScoreBin[];
  /** Review ids of the outliers. */
  outliers: string[];
  /** Points from the median beyond which a score is an outlier. */
  threshold: number;
}

const OUTLIER_POINTS = 20;

/** A cycle's final scores side by side: their spread, the median and who stands far from it. */
export async function loadCalibration(
  db: SalesDeskDb,
  cycleId: string,
  asOf: string = today(),
): Promise<Calibration | null> {
  const board = await loadCycleBoard(db, cycleId, asOf);
  if (!board) return null;
  const scored = board.rows.flatMap((r) =>
    r.final.score === null ? [] : [{ id: r.review.id, score: r.final.score }],
  );
  const outliers = calibrationOutliers(scored, OUTLIER_POINTS);
  const entries = board.rows
    .map((r) => ({
      reviewId: r.review.id,
      name: r.name,
      final: r.final.score,
      band: r.band,
      outlier: outliers.includes(r.review.id),
    }))
    .sort((a, b) => (b.final ?? -1) - (a.final ?? -1) || a.name.localeCompare(b.name));
  return {
    cycle: board.cycle,
    bands: board.cycle.bands ?? board.template.bands,
    entries,
    median: median(scored.map((s) => s.score)),
    distribution: scoreDistribution(scored.map((s) => s.score)),
    outliers,
    threshold: OUTLIER_POINTS,
  };
}

export interface RewardRows {
  /** The year's rewards, newest first, with the person's name (null when their record is gone). */
  rows: { reward: Reward; name: string | null }[];
  totals: RewardTotals;
}

/** The rewards given in a calendar year and what they cost. */
export async function loadRewards(db: SalesDeskDb, year: number): Promise<RewardRows> {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const rewards = (
    await db.rewards.where('date').between(`${prefix}01-01`, `${prefix}12-31`, true, true).toArray()
  )
    .filter((r) => !r.deleted)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const staff = await db.staff.bulkGet(rewards.map((r) => r.staffId));
  return {
    rows: rewards.map((reward, i) => ({ reward, name: staff[i]?.name ?? null })),
    totals: rewardTotals(rewards, year),
  };
}

export interface HistoryEntry {
  reviewId: string;
  cycleId: string;
  cycleName: string;
  from: string;
  to: string;
  final: number | null;
  band: string | null;
}

/** A person's closed reviews, oldest first: how their results moved from cycle to cycle. */
export async function loadReviewHistory(db: SalesDeskDb, staffId: string): Promise<HistoryEntry[]> {
  const reviews = (await db.reviews.where('staffId').equals(staffId).toArray()).filter((r) => !r.deleted);
  const cycles = await db.reviewCycles.bulkGet(reviews.map((r) => r.cycleId));
  const entries: HistoryEntry[] = [];
  reviews.forEach((review, i) => {
    const cycle = cycles[i];
    if (!cycle || cycle.deleted || cycle.status !== 'closed') return;
    entries.push({
      reviewId: review.id,
      cycleId: cycle.id,
      cycleName: cycle.name,
      from: cycle.from,
      to: cycle.to,
      final: review.finalScore,
      band: review.band || null,
    });
  });
  return entries.sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
}
