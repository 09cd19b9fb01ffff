import type { TwoLanguages } from '../../shared/language';
import { Refusal } from '../../shared/refusal';
import { localIsoDate } from '../../shared/rules/local-date';
import { kpiScore, parseFormula } from '../../shared/rules/reviews';
import { standardReviewTemplate } from '../../shared/rules/standard-review';
import type {
  CycleStatus,
  KpiMetric,
  RatingBand,
  Review,
  ReviewCycle,
  ReviewCycleInput,
  ReviewTemplate,
  ReviewTemplateInput,
  Reward,
  RewardInput,
} from '../../shared/schema/review';
import type { Editing } from './repository';
import { openReview, stampRequest } from './review-requests';
import { loadActuals, loadReviewParts } from './review-rows';
import type { DataSession } from './session';
import { planCourse } from './training-commands';

export { addPeerRequest, removeRequest, typeResponse } from './review-requests';
export { loadRewardBudget, saveRewardBudget } from './reward-budget';

// What a manager does with reviews beyond reading them: templates, cycles (create, start, calibrate,
// close), ratings and KPI adjustments, rewards and development actions. Each is one transaction, refused
// as a whole with a coded Refusal. A closed cycle is frozen: nothing of it changes any more.

/** Save a template (new, or an edit from the version shown); a formula that does not read is refused. */
export async function saveTemplate(
  session: DataSession,
  input: ReviewTemplateInput,
  editing?: Editing,
): Promise<ReviewTemplate> {
  const formula = input.formula?.trim() ?? '';
  if (formula !== '') {
    const parsed = parseFormula(formula);
    if (!parsed.ok)
      throw new Refusal('review.formula', 'formula', { detail: parsed.detail }, 'reviewTemplates');
  }
  return session.repos.reviewTemplates.save(input, editing);
}

/** The standard quarterly back-office template, in the UI's language. */
export function addStandardTemplate(session: DataSession, language: TwoLanguages): Promise<ReviewTemplate> {
  return session.repos.reviewTemplates.create(standardReviewTemplate(language));
}

/** A live cycle, refused when gone or (unless `closedToo`) closed. */
async function liveCycle(session: DataSession, cycleId: string, closedToo = false): Promise<ReviewCycle> {
  const cycle = await session.db.reviewCycles.get(cycleId);
  if (!cycle || cycle.deleted) throw new Refusal('record.gone', 'id', {}, 'reviewCycles');
  if (!closedToo && cycle.status === 'closed')
    throw new Refusal('review.cycleClosed', '', {}, 'reviewCycles');
  return cycle;
}

/** A new cycle (not started) over a live template, with one review for each participant on the team. */
export async function createCycle(session: DataSession, input: ReviewCycleInput): Promise<ReviewCycle> {
  const { db, repos } = session;
  return db.transaction('rw', [db.reviewTemplates, db.staff, db.reviewCycles, db.reviews], async () => {
    const cycle = repos.reviewCycles.stampNew({ ...input, status: 'not_started', closedAt: null });
    const template = await db.reviewTemplates.get(cycle.templateId);
    if (!template || template.deleted) throw new Refusal('record.gone', 'templateId', {}, 'reviewCycles');
    const people = await db.staff.bulkGet(cycle.participants);
    people.forEach((person, i) => {
      if (!person || person.deleted)
        throw new Refusal('record.gone', `participants.${i}`, {}, 'reviewCycles');
      if (person.status === 'left')
        throw new Refusal('staff.notActive', `participants.${i}`, { name: person.name }, 'reviewCycles');
    });
    const reviews = cycle.participants.map((staffId) =>
      repos.reviews.stampNew({ cycleId: cycle.id, staffId }),
    );
    await repos.reviewCycles.bulkInsertStamped([cycle]);
    await repos.reviews.bulkInsertStamped(reviews);
    return cycle;
  });
}

/**
 * Start a cycle: in progress, and (when the template has a self-assessment) a self request for each
 * participant who has none yet. Returns the requests made.
 */
export async function startCycle(session: DataSession, cycleId: string) {
  const { db, repos } = session;
  const tables = [db.reviewCycles, db.reviewTemplates, db.reviews, db.staff, db.feedbackRequests];
  return db.transaction('rw', tables, async () => {
    const cycle = await liveCycle(session, cycleId);
    const template = await db.reviewTemplates.get(cycle.templateId);
    if (!template) throw new Refusal('record.gone', 'templateId', {}, 'reviewCycles');
    if (cycle.status === 'not_started') await repos.reviewCycles.update(cycle.id, { status: 'in_progress' });
    if (!template.sections.some((s) => s.kind === 'self')) return [];
    const reviews = (await db.reviews.where('cycleId').equals(cycle.id).toArray()).filter((r) => !r.deleted);
    const asked = (await db.feedbackRequests.where('cycleId').equals(cycle.id).toArray()).filter(
      (r) => !r.deleted && r.relation === 'self',
    );
    const people = await db.staff.bulkGet(reviews.map((r) => r.staffId));
    const requests = reviews.flatMap((review, i) => {
      if (asked.some((r) => r.reviewId === review.id)) return [];
      const name = people[i]?.name ?? '';
      const parts = { cycle, template, review, subjectName: name };
      return [stampRequest(session, parts, { staffId: review.staffId, name }, 'self')];
    });
    await repos.feedbackRequests.bulkInsertStamped(requests);
    return requests;
  });
}

export interface ReviewRating {
  competencyRatings?: Review['competencyRatings'];
  managerRating?: number | null;
  managerComment?: string;
}

/** The manager's ratings and comment; a competency the template does not have is refused. */
export async function rateReview(
  session: DataSession,
  reviewId: string,
  patch: ReviewRating,
): Promise<Review> {
  const { db, repos } = session;
  return db.transaction('rw', [db.reviews, db.reviewCycles, db.reviewTemplates], async () => {
    const { template } = await openReview(session, reviewId);
    const names = new Set(template.competencies.map((c) => c.name));
    const rated = patch.competencyRatings ?? [];
    rated.forEach((r, i) => {
      if (!names.has(r.criterion))
        throw new Refusal('field.choose', `competencyRatings.${i}.criterion`, {}, 'reviews');
      if (rated.findIndex((x) => x.criterion === r.criterion) !== i)
        throw new Refusal('skill.twice', `competencyRatings.${i}.criterion`, {}, 'reviews');
    });
    return repos.reviews.update(reviewId, patch);
  });
}

/**
 * Change a KPI's score by hand, with the reason (required); the score the data gave stays beside it.
 * A null score takes the adjustment back.
 */
export async function adjustKpi(
  session: DataSession,
  reviewId: string,
  metric: KpiMetric,
  score: number | null,
  reason: string,
): Promise<Review> {
  const { db, repos } = session;
  const { review, cycle, template } = await db.transaction(
    'r',
    [db.reviews, db.reviewCycles, db.reviewTemplates],
    () => openReview(session, reviewId),
  );
  const kpi = template.kpis.find((k) => k.metric === metric);
  if (!kpi) throw new Refusal('field.choose', 'metric', {}, 'reviews');
  const others = review.kpiAdjustments.filter((a) => a.metric !== metric);
  if (score === null)
    return repos.reviews.update(reviewId, { kpiAdjustments: others }, { fromRev: review.rev });
  if (reason.trim() === '') throw new Refusal('field.required', 'reason', {}, 'reviews');
  const today = localIsoDate(session.now());
  const actual = (await loadActuals(db, cycle, [review.staffId], [metric], today)).get(review.staffId)?.[
    metric
  ];
  const original = kpiScore(metric, actual ?? null, kpi.target);
  const adjustment = { metric, score, original, reason: reason.trim() };
  // From the version read: a rating saved meanwhile is not overwritten.
  return repos.reviews.update(reviewId, { kpiAdjustments: [...others, adjustment] }, { fromRev: review.rev });
}

/**
 * Move a cycle between not started, in progress and calibrating; closing goes through closeCycle (it
 * freezes the results). A closed cycle stays closed.
 */
export async function setCycleStatus(session: DataSession, cycleId: string, status: CycleStatus) {
  if (status === 'closed') return closeCycle(session, cycleId);
  if (status === 'in_progress') {
    const cycle = await liveCycle(session, cycleId);
    if (cycle.status === 'not_started') {
      await startCycle(session, cycleId);
      return liveCycle(session, cycleId);
    }
  }
  const { db, repos } = session;
  return db.transaction('rw', [db.reviewCycles], async () => {
    await liveCycle(session, cycleId);
    return repos.reviewCycles.update(cycleId, { status });
  });
}

/** Calibrated bands for a cycle (highest first); null goes back to the template's. Refused once closed. */
export async function setCycleBands(session: DataSession, cycleId: string, bands: RatingBand[] | null) {
  const { db, repos } = session;
  if (bands?.some((b, i) => i > 0 && b.min >= (bands[i - 1] as RatingBand).min))
    throw new Refusal('review.bandsOrder', 'bands', {}, 'reviewCycles');
  return db.transaction('rw', [db.reviewCycles], async () => {
    await liveCycle(session, cycleId);
    return repos.reviewCycles.update(cycleId, { bands });
  });
}

/**
 * Close a cycle: refused with review.cycleUnfinished naming who is not finished (a weighted section
 * without a score, or no final score); else each review keeps its KPI figures, final score and band as
 * they are now, so later order edits never rewrite a closed review.
 */
export async function closeCycle(session: DataSession, cycleId: string): Promise<ReviewCycle> {
  const { db, repos } = session;
  const today = localIsoDate(session.now());
  const tables = [
    db.reviewCycles,
    db.reviewTemplates,
    db.reviews,
    db.feedbackRequests,
    db.feedbackResponses,
    db.staff,
    db.stats,
    db.goals,
    db.goalCheckIns,
  ];
  return db.transaction('rw', tables, async () => {
    const cycle = await liveCycle(session, cycleId);
    const template = await db.reviewTemplates.get(cycle.templateId);
    if (!template) throw new Refusal('record.gone', 'templateId', {}, 'reviewCycles');
    const parts = await loadReviewParts(db, cycle, template, today);
    const unfinished = parts.filter((p) => p.row.openParts.length > 0 || p.row.final.score === null);
    if (unfinished.length > 0)
      throw new Refusal(
        'review.cycleUnfinished',
        '',
        { names: unfinished.map((p) => p.row.name).join(', '), count: unfinished.length },
        'reviewCycles',
      );
    for (const { row } of parts)
      await repos.reviews.update(row.review.id, {
        kpiResults: row.kpiRows.map((k) => ({
          metric: k.metric,
          actual: k.actual,
          target: k.target,
          score: k.score,
        })),
        finalScore: row.final.score,
        band: row.band ?? '',
      });
    return repos.reviewCycles.update(cycle.id, { status: 'closed', closedAt: session.now().toISOString() });
  });
}

/** A reward for a person on the team (from a review, or on its own). */
export async function addReward(session: DataSession, input: RewardInput): Promise<Reward> {
  const { db, repos } = session;
  return db.transaction('rw', [db.staff, db.reviews, db.rewards], async () => {
    const person = await db.staff.get(input.staffId);
    if (!person || person.deleted) throw new Refusal('record.gone', 'staffId', {}, 'rewards');
    if (input.reviewId) {
      const review = await db.reviews.get(input.reviewId);
      if (!review || review.deleted) throw new Refusal('record.gone', 'reviewId', {}, 'rewards');
    }
    return repos.rewards.create(input);
  });
}

/**
 * A development action from a review: the course planned for the person (planCourse: refused when it is
 * open already), its note naming the review's cycle unless another is given.
 */
export async function addDevelopmentAction(
  session: DataSession,
  reviewId: string,
  courseId: string,
  due: string,
  note?: string,
) {
  const { db } = session;
  const review = await db.reviews.get(reviewId);
  if (!review || review.deleted) throw new Refusal('record.gone', 'reviewId', {}, 'trainingItems');
  const cycle = await db.reviewCycles.get(review.cycleId);
  return planCourse(session, review.staffId, courseId, due, note ?? cycle?.name ?? '');
}
