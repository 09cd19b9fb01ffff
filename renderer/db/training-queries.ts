import { completionRates } from '../../shared/rules/training';
import type { Course, TrainingItem, TrainingTemplate } from '../../shared/schema/training';
import type { SalesDeskDb } from './database';
import { loadStaff } from './team-queries';

// What the training area's plans and catalogue read: a few dozen courses and a few hundred items in an
// office of a dozen people, so each is read whole (never the orders).

const byTitle = (a: Course, b: Course) => a.title.localeCompare(b.title);

/** The catalogue, active courses first. */
export async function loadCourses(db: SalesDeskDb): Promise<Course[]> {
  const all = (await db.courses.toArray()).filter((c) => !c.deleted);
  return [...all.filter((c) => c.active).sort(byTitle), ...all.filter((c) => !c.active).sort(byTitle)];
}

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
