import { isDerivedMetric, metricValue, type Period } from '../../shared/insights/metrics';
import { goalProgress } from '../../shared/rules/goals';
import { earliestDay } from '../../shared/rules/local-date';
import {
  bandOf,
  type FinalScore,
  finalScore,
  type KpiRow,
  kpiRows,
  kpiScore,
  type PeerSummary,
  peerSummary,
  reviewOpenParts,
  type SectionScores,
  sectionScores,
} from '../../shared/rules/reviews';
import type {
  FeedbackRequest,
  FeedbackResponse,
  KpiMetric,
  Review,
  ReviewCycle,
  ReviewSectionKind,
  ReviewTemplate,
} from '../../shared/schema/review';
import type { SalesDeskDb } from './database';
import { goalActual } from './goal-queries';
import { metricInputs, metricValues } from './insight-queries';

// A cycle's reviews with everything computed: KPI figures from the metric engine over the cycle's period
// (a closed review shows the figures frozen when its cycle closed), section scores, the final score and
// band, and what is still open. Shared by the cycle's queries and by closing it, so the board shows
// exactly what closing freezes.

export interface RequestState {
  request: FeedbackRequest;
  answered: boolean;
}

export interface ReviewRow {
  review: Review;
  /** The person's name ('' when their staff record is gone). */
  name: string;
  kpiRows: KpiRow[];
  scores: SectionScores;
  final: FinalScore;
  band: string | null;
  /** Weighted sections still without a score: empty when the review is finished. */
  openParts: ReviewSectionKind[];
  /** Self and peer requests, oldest first. */
  requests: RequestState[];
}

/** What a row is built from besides the review: the self answer and the anonymous peer summary. */
export interface ReviewParts {
  row: ReviewRow;
  self: FeedbackResponse | null;
  peers: PeerSummary;
}

type Actuals = Partial<Record<KpiMetric, number | null>>;

/**
 * The period's figures for each person: the metric engine's for its metrics (each metric's rollups read
 * once for everyone), and goal attainment — the mean progress, in percent, of the person's own goals due
 * in the period, as of `today` (null when none can be measured).
 */
export async function loadActuals(
  db: SalesDeskDb,
  cycle: Pick<ReviewCycle, 'from' | 'to'>,
  staffIds: readonly string[],
  metrics: readonly KpiMetric[],
  today: string,
): Promise<Map<string, Actuals>> {
  const out = new Map<string, Actuals>(staffIds.map((id) => [id, {}]));
  const period: Period = { from: cycle.from, to: earliestDay(cycle.to, today) };
  const started = period.to >= period.from;
  for (const metric of new Set(metrics)) {
    if (metric === 'goalAttainment') {
      const goals = (await db.goals.toArray()).filter(
        (g) => !g.deleted && g.scope === 'person' && g.due >= cycle.from && g.due <= cycle.to,
      );
      for (const id of staffIds) {
        const mine = goals.filter((g) => g.ownerId === id);
        const progress: number[] = [];
        for (const goal of mine) {
          const value = goalProgress(goal, await goalActual(db, goal, today), today).progress;
          if (value !== null && Number.isFinite(value)) progress.push(value);
        }
        const mean = progress.length === 0 ? null : progress.reduce((a, b) => a + b, 0) / progress.length;
        (out.get(id) as Actuals)[metric] = mean === null ? null : Math.round(mean * 1000) / 10;
      }
    } else if (isDerivedMetric(metric)) {
      if (!started) {
        for (const id of staffIds) (out.get(id) as Actuals)[metric] = null;
      } else if (metric === 'backlog') {
        // A figure of now, asked per person.
        for (const id of staffIds)
          (out.get(id) as Actuals)[metric] =
            (await metricValues(db, metric, [period], { kind: 'person', id }))[0] ?? null;
      } else {
        const inputs = await metricInputs(db, metric, [period], { kind: 'team' });
        for (const id of staffIds)
          (out.get(id) as Actuals)[metric] = metricValue(metric, inputs, period, { kind: 'person', id });
      }
    }
  }
  return out;
}

/** The KPI rows a closed review froze, read back against the template's weights. */
function frozenRows(template: ReviewTemplate, review: Review): KpiRow[] {
  return (review.kpiResults ?? []).map((result) => ({
    metric: result.metric,
    target: result.target,
    weight: template.kpis.find((k) => k.metric === result.metric)?.weight ?? 0,
    actual: result.actual,
    dataScore: kpiScore(result.metric, result.actual, result.target),
    score: result.score,
    adjustment: review.kpiAdjustments.find((a) => a.metric === result.metric) ?? null,
  }));
}

/** The questions every request of a template asks (requests copy them when made). */
export const templateQuestions = (template: ReviewTemplate) => ({
  competencies: template.competencies,
  questions: template.questions,
});

/** Every live review of a cycle, built whole, in the order of the cycle's participants. */
export async function loadReviewParts(
  db: SalesDeskDb,
  cycle: ReviewCycle,
  template: ReviewTemplate,
  today: string,
  only?: string,
): Promise<ReviewParts[]> {
  const reviews = (await db.reviews.where('cycleId').equals(cycle.id).toArray())
    .filter((r) => !r.deleted && (only === undefined || r.id === only))
    .sort((a, b) => cycle.participants.indexOf(a.staffId) - cycle.participants.indexOf(b.staffId));
  const requests = (await db.feedbackRequests.where('cycleId').equals(cycle.id).toArray())
    .filter((r) => !r.deleted)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const responses = (
    await db.feedbackResponses
      .where('requestId')
      .anyOf(requests.map((r) => r.id))
      .toArray()
  ).filter((r) => !r.deleted);
  const answerOf = new Map(responses.map((r) => [r.requestId, r]));
  const staff = await db.staff.bulkGet(reviews.map((r) => r.staffId));
  const open = reviews.filter((r) => r.kpiResults === null);
  const actuals = await loadActuals(
    db,
    cycle,
    open.map((r) => r.staffId),
    template.kpis.map((k) => k.metric),
    today,
  );
  const bands = cycle.bands ?? template.bands;
  return reviews.map((review, i) => {
    const mine = requests.filter((r) => r.reviewId === review.id);
    const selfRequest = mine.find((r) => r.relation === 'self');
    const self = (selfRequest && answerOf.get(selfRequest.id)) ?? null;
    const peerAnswers = mine
      .filter((r) => r.relation === 'peer')
      .flatMap((r) => {
        const answer = answerOf.get(r.id);
        return answer ? [answer] : [];
      });
    const peers = peerSummary(peerAnswers, templateQuestions(template));
    const closed = review.kpiResults !== null;
    const rows = closed
      ? frozenRows(template, review)
      : kpiRows(template.kpis, actuals.get(review.staffId) ?? {}, review.kpiAdjustments);
    const scores = sectionScores({
      template,
      kpiRows: rows,
      review,
      selfRatings: self ? self.ratings.map((r) => r.rating) : null,
      peers,
    });
    const computed = finalScore(template, scores);
    const final = closed ? { score: review.finalScore, missing: computed.missing } : computed;
    const person = staff[i];
    return {
      row: {
        review,
        name: person?.name ?? '',
        kpiRows: rows,
        scores,
        final,
        band: closed ? review.band || null : bandOf(bands, final.score),
        // A closed review was finished when it closed: nothing of it is open any more.
        openParts: closed ? [] : reviewOpenParts(template, scores, peers),
        requests: mine.map((request) => ({ request, answered: answerOf.has(request.id) })),
      },
      self,
      peers,
    };
  });
}
