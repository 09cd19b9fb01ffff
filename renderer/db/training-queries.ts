import { completionRates, yearTotals } from '../../shared/rules/training';
import { OPEN_STATUSES } from '../../shared/rules/training/types';
import type { Course, TrainingItem, TrainingTemplate } from '../../shared/schema/training';
import type { SalesDeskDb } from './database';
import { loadOfficeSettings } from './office-settings';
import { loadStaff } from './team-queries';
import { loadTrainingBudget } from './training-budget';

// What the training area's plans and catalogue read: a few dozen courses and a few hundred items in an
// office of a dozen people, so each is read whole (never the orders).

const byTitle = (a: Course, b: Course) => a.title.localeCompare(b.title);

/** The catalogue, active courses first. */
export async function loadCourses(db: SalesDeskDb): Promise<Course[]> {
  const all = (await db.courses.toArray()).filter((c) => !c.deleted);
  return [...all.filter((c) => c.active).sort(byTitle), ...all.filter((c) => !c.active).sort(byTitle)];
}

/** Sessions in start order (starts are UTC ISO text, so text order is time order), no tombstones. */
export const loadTrainingSessions = (db: SalesDeskDb) =>
  db.trainingSessions
    .orderBy('start')
    .filter((s) => !s.deleted)
    .toArray();

export async function loadTemplates(db: SalesDeskDb): Promise<TrainingTemplate[]> {
  return (await db.trainingTemplates.toArray())
    .filter((t) => !t.deleted)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Everyone still on the team with their training items (by due date) and how far along they are. */
export async function loadTrainingPlans(db: SalesDeskDb, today: string) {
  const [staff, items] = await Promise.all([loadStaff(db), db.trainingItems.toArray()]);
  const live = items.filter((i) => !i.deleted);
  const rates = completionRates(live, today);
  const byPerson = new Map<string, TrainingItem[]>();
  for (const item of live) byPerson.set(item.staffId, [...(byPerson.get(item.staffId) ?? []), item]);
  return staff
    .filter((s) => s.status !== 'left')
    .map((person) => ({
      person,
      items: (byPerson.get(person.id) ?? []).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
      rate: rates.get(person.id) ?? { due: 0, completed: 0, rate: null, overdue: 0 },
    }));
}

export type TrainingPlans = Awaited<ReturnType<typeof loadTrainingPlans>>;

/** The dashboard's training slot: the next session (within two weeks) and the plan items past due. */
export async function loadTrainingSlot(db: SalesDeskDb, now: Date, today: string) {
  const from = now.toISOString();
  const until = new Date(now.getTime() + 14 * 86_400_000).toISOString();
  const [sessions, items, courses, staff] = await Promise.all([
    db.trainingSessions.where('start').between(from, until, true, true).toArray(),
    db.trainingItems.where('due').below(today).toArray(),
    db.courses.toArray(),
    loadStaff(db),
  ]);
  // The plans of people who left are no one's work now (the Plans tab does not list them either).
  const onTeam = new Set(staff.filter((s) => s.status !== 'left').map((s) => s.id));
  const upcoming = sessions.filter((s) => !s.deleted).sort((a, b) => (a.start < b.start ? -1 : 1));
  const next = upcoming[0];
  return {
    upcoming: upcoming.length,
    next: next
      ? { start: next.start, course: courses.find((c) => c.id === next.courseId)?.title ?? '' }
      : null,
    overdue: items.filter((i) => !i.deleted && onTeam.has(i.staffId) && OPEN_STATUSES.includes(i.status))
      .length,
  };
}

export type TrainingSlot = Awaited<ReturnType<typeof loadTrainingSlot>>;

/**
 * The overview: completion per person and for the team, the plan items past due, and this year's completed
 * training in hours and cost, month by month, against the budget set in Settings.
 */
export async function loadTrainingOverview(db: SalesDeskDb, today: string) {
  const [plans, courses, settings, budget, allItems] = await Promise.all([
    loadTrainingPlans(db, today),
    db.courses.toArray(),
    loadOfficeSettings(db),
    loadTrainingBudget(db),
    db.trainingItems.toArray(),
  ]);
  const year = Number(today.slice(0, 4));
  // The year's hours and cost count everyone's completed training, people who have since left included.
  const items = allItems.filter((i) => !i.deleted);
  const byId = new Map(courses.map((c) => [c.id, c]));
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    hours: 0,
    cost: 0,
  }));
  for (const item of items) {
    const course = byId.get(item.courseId);
    if (item.status !== 'completed' || !course || !item.completedOn?.startsWith(`${year}-`)) continue;
    const month = months[Number(item.completedOn.slice(5, 7)) - 1];
    if (!month) continue;
    month.hours += course.hours;
    month.cost += course.cost;
  }
  const team = plans.reduce(
    (sum, p) => ({
      due: sum.due + p.rate.due,
      completed: sum.completed + p.rate.completed,
      overdue: sum.overdue + p.rate.overdue,
    }),
    { due: 0, completed: 0, overdue: 0 },
  );
  return {
    year,
    people: plans.filter((p) => p.items.length > 0),
    team: { ...team, rate: team.due === 0 ? null : Math.round((1000 * team.completed) / team.due) / 10 },
    totals: yearTotals(items, courses, year),
    months,
    budget,
    currency: settings.currency,
  };
}

export type TrainingOverview = Awaited<ReturnType<typeof loadTrainingOverview>>;
