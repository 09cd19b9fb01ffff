import { checkCoverage } from '../../shared/rules/coverage';
import { coverageAbsences, coverageStaff, liveDuties } from '../../shared/rules/coverage-input';
import { certificateStates, type TrainingNeed, trainingNeeds } from '../../shared/rules/training';
import type { Duty } from '../../shared/schema/duty';
import type { Staff } from '../../shared/schema/staff';
import type { CareerPlan, Course, TrainingItem } from '../../shared/schema/training';
import type { SalesDeskDb } from './database';
import { loadAbsences, loadDuties, loadStaff } from './team-queries';
import { loadCourses } from './training-queries';

// What the training needs and career plans tabs read. Each reads every table its figures depend on in
// one query, so a live query over it recomputes when any of them changes: a duty's required level, a
// person's skills (a completion), an item planned, a course added or retired.

/** Every training item not removed, of everyone. */
export const loadTrainingItems = (db: SalesDeskDb): Promise<TrainingItem[]> =>
  db.trainingItems.filter((i) => !i.deleted).toArray();

export interface NeedsView {
  needs: TrainingNeed[];
  /** Everyone not removed (to name the person of a need). */
  staff: Staff[];
  duties: Duty[];
  courses: Course[];
}

/**
 * The training needs as of `today`: the skill gaps the duty matrix's checks find (a person below the level
 * a duty of theirs needs), then certificates lapsing or lapsed, each with the courses that meet it and
 * whether one is already planned (shared/rules/training/needs.ts).
 */
export async function loadTrainingNeeds(db: SalesDeskDb, today: string): Promise<NeedsView> {
  const [staff, duties, absences, courses, items] = await Promise.all([
    loadStaff(db),
    loadDuties(db),
    loadAbsences(db),
    loadCourses(db),
    loadTrainingItems(db),
  ]);
  const live = liveDuties(duties);
  const { issues } = checkCoverage(coverageStaff(staff, items), live, coverageAbsences(absences));
  const needs = trainingNeeds({
    issues,
    duties: live,
    staff,
    courses,
    items,
    certificates: certificateStates(items, today),
    today,
  });
  return { needs, staff, duties, courses };
}

export interface CareerView {
  /** Career plans not removed, in the order of their people's names, then target role. */
  plans: CareerPlan[];
  staff: Staff[];
  courses: Course[];
  /** Every item not removed: which suggested courses a person already has open. */
  items: TrainingItem[];
}

export async function loadCareerView(db: SalesDeskDb): Promise<CareerView> {
  const [plans, staff, courses, items] = await Promise.all([
    db.careerPlans.filter((p) => !p.deleted).toArray(),
    loadStaff(db),
    loadCourses(db),
    loadTrainingItems(db),
  ]);
  const order = new Map(staff.map((s, i) => [s.id, i]));
  const rank = (p: CareerPlan) => order.get(p.staffId) ?? staff.length;
  plans.sort(
    (a, b) => rank(a) - rank(b) || a.targetRole.localeCompare(b.targetRole) || a.id.localeCompare(b.id),
  );
  return { plans, staff, courses, items };
}
