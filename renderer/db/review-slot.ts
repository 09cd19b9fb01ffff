import type { Review, ReviewCycle, ReviewTemplate } from '../../shared/schema/review';
import type { SalesDeskDb } from './database';

// The dashboard's reviews slot: what of the running cycles is still the manager's to do, and the nearest
// feedback due day. Cycles are few (a handful a year), so they are read whole; each running cycle's
// reviews are read by the cycleId index, never the whole reviews table.

/** The dashboard's reviews slot: reviews still open in running cycles, and the nearest feedback due day. */
export interface ReviewSlot {
  open: number;
  /** The nearest feedback due day still to come, else the latest one passed (passed: true). */
  nextDue: { cycle: string; date: string; passed: boolean } | null;
}

/** Cycles whose reviews are being written: not started yet and closed ones have nothing due. */
const RUNNING: ReadonlySet<ReviewCycle['status']> = new Set(['in_progress', 'calibrating']);

/**
 * A review is open while the manager's part of it is: a weighted competencies section with a competency
 * of the template not rated, or a weighted manager's section without the overall rating. (The data's KPIs
 * and the colleagues' answers come in without the manager; the board shows those.)
 */
export function managerPartOpen(
  template: Pick<ReviewTemplate, 'sections' | 'competencies'>,
  review: Pick<Review, 'competencyRatings' | 'managerRating'>,
): boolean {
  const weighs = (kind: string) => template.sections.some((s) => s.kind === kind && s.weight > 0);
  const rated = new Set(review.competencyRatings.map((r) => r.criterion));
  if (weighs('competencies') && template.competencies.some((c) => !rated.has(c.name))) return true;
  return weighs('manager') && review.managerRating === null;
}

export async function loadReviewSlot(db: SalesDeskDb, today: string): Promise<ReviewSlot> {
  const cycles = (await db.reviewCycles.toArray()).filter((c) => !c.deleted && RUNNING.has(c.status));
  if (cycles.length === 0) return { open: 0, nextDue: null };
  const templates = new Map(
    (await db.reviewTemplates.bulkGet([...new Set(cycles.map((c) => c.templateId))]))
      .filter((t): t is ReviewTemplate => t !== undefined)
      .map((t) => [t.id, t]),
  );
  let open = 0;
  for (const cycle of cycles) {
    const template = templates.get(cycle.templateId);
    if (!template) continue;
    const participants = new Set(cycle.participants);
    const reviews = await db.reviews.where('cycleId').equals(cycle.id).toArray();
    for (const review of reviews)
      if (!review.deleted && participants.has(review.staffId) && managerPartOpen(template, review)) open++;
  }
  const dues = cycles
    .filter((c): c is ReviewCycle & { feedbackDue: string } => c.feedbackDue !== null)
    .map((c) => ({ cycle: c.name, date: c.feedbackDue, passed: c.feedbackDue < today }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.cycle.localeCompare(b.cycle));
  const nextDue = dues.find((d) => !d.passed) ?? dues.at(-1) ?? null;
  return { open, nextDue };
}
