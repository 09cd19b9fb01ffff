import type { TrainingItemLike } from './types';

// The figures of the training overview: how well each person keeps to their plan, and what the year's
// completed training came to in hours and money (the training budget line).

export interface CompletionRate {
  /** Items due on or before today, or completed (early completions count as done, not as pending). */
  due: number;
  completed: number;
  /** completed / due × 100, to one decimal; null when nothing is due yet (no rate, rather than 0% or 100%). */
  rate: number | null;
  /** Not completed, not given up as missed, and due before today. */
  overdue: number;
}

/** Each person's completion figures, by staff id. Deleted items are left out. */
export function completionRates(
  items: readonly TrainingItemLike[],
  today: string,
): Map<string, CompletionRate> {
  const rates = new Map<string, CompletionRate>();
  for (const item of items) {
    if (item.deleted) continue;
    const figures = rates.get(item.staffId) ?? { due: 0, completed: 0, rate: null, overdue: 0 };
    const completed = item.status === 'completed';
    if (completed || item.due <= today) figures.due += 1;
    if (completed) figures.completed += 1;
    if (!completed && item.status !== 'missed' && item.due < today) figures.overdue += 1;
    rates.set(item.staffId, figures);
  }
  for (const figures of rates.values())
    figures.rate = figures.due === 0 ? null : Math.round((1000 * figures.completed) / figures.due) / 10;
  return rates;
}

/**
 * The hours and cost (minor units) of the items completed in calendar year `year`, at each course's
 * hours and cost. A course since deleted still counts (the training took place); an item whose course is
 * unknown adds nothing. Hours are rounded to hundredths so 0.1 + 0.2 shows as 0.3.
 */
export function yearTotals(
  items: readonly TrainingItemLike[],
  courses: readonly { id: string; hours: number; cost: number }[],
  year: number,
): { hours: number; cost: number } {
  const byId = new Map(courses.map((c) => [c.id, c]));
  const prefix = `${String(year).padStart(4, '0')}-`;
  let hours = 0;
  let cost = 0;
  for (const item of items) {
    if (item.deleted || item.status !== 'completed' || !item.completedOn?.startsWith(prefix)) continue;
    const course = byId.get(item.courseId);
    if (!course) continue;
    hours += course.hours;
    cost += course.cost;
  }
  return { hours: Math.round(hours * 100) / 100, cost };
}
