import { Refusal } from '../../shared/refusal';
import { addDays } from '../../shared/rules/local-date';
import { standardTraining } from '../../shared/rules/standard-courses';
import {
  applySkillRaises,
  certificateExpiry,
  completionProblem,
  skillRaises,
} from '../../shared/rules/training';
import { OPEN_STATUSES } from '../../shared/rules/training/types';
import type { TrainingItem, TrainingSession } from '../../shared/schema/training';
import { newRecordId } from './record-id';
import type { DataSession } from './session';

// What a manager does in the training area beyond editing a record: give someone a plan from a template,
// complete an item (which raises the person's skills, in the skill history with the course named — the
// duty matrix's checks read those skills, so its warnings clear at once), and record a session's
// attendance. Each is one transaction: refused as a whole, or done as a whole.

/**
 * Give a person the courses of a template, each due its days after `start`. Courses the person already
 * has open in their plan are skipped (not planned twice); returns the items added.
 */
export async function givePlan(
  session: DataSession,
  staffId: string,
  templateId: string,
  start: string,
): Promise<TrainingItem[]> {
  const { db, repos } = session;
  return db.transaction('rw', [db.staff, db.trainingTemplates, db.trainingItems], async () => {
    const [person, template] = await Promise.all([
      db.staff.get(staffId),
      db.trainingTemplates.get(templateId),
    ]);
    if (!person || person.deleted) throw new Refusal('record.gone', 'staffId', {}, 'trainingItems');
    if (!template || template.deleted) throw new Refusal('record.gone', 'templateId', {}, 'trainingItems');
    const open = new Set(
      (await db.trainingItems.where('staffId').equals(staffId).toArray())
        .filter((item) => !item.deleted && OPEN_STATUSES.includes(item.status))
        .map((item) => item.courseId),
    );
    const items = template.steps
      .filter((step) => !open.has(step.courseId))
      .map((step) =>
        repos.trainingItems.stampNew({
          staffId,
          courseId: step.courseId,
          due: addDays(start, step.afterDays),
          status: 'planned',
          note: '',
        }),
      );
    await repos.trainingItems.bulkInsertStamped(items);
    return items;
  });
}

/**
 * Plan one course for a person (from the needs list, a career plan or a review's development actions),
 * with a note saying why: refused when it is already open.
 */
export async function planCourse(
  session: DataSession,
  staffId: string,
  courseId: string,
  due: string,
  note = '',
) {
  const { db, repos } = session;
  return db.transaction('rw', [db.trainingItems], async () => {
    const mine = await db.trainingItems.where('staffId').equals(staffId).toArray();
    if (mine.some((i) => !i.deleted && i.courseId === courseId && OPEN_STATUSES.includes(i.status)))
      throw new Refusal('training.alreadyPlanned', 'courseId', {}, 'trainingItems');
    return repos.trainingItems.create({ staffId, courseId, due, status: 'planned', note });
  });
}

export interface CompletionInput {
  completedOn: string;
  score: number | null;
  /** False: taken but not passed — completed, with no skill raised and no certificate. */
  passed: boolean | null;
}

/**
 * Complete a training item: its result and certificate; when passed (or not tested), the person's skills
 * rise to the course's levels, each change kept in the skill history with the reason "training" and the
 * course. Completing an item already completed is refused, and nothing is written.
 */
export async function completeItem(session: DataSession, itemId: string, result: CompletionInput) {
  const { db, repos } = session;
  return db.transaction('rw', [db.trainingItems, db.courses, db.staff, db.skillChanges], async () => {
    const item = await db.trainingItems.get(itemId);
    if (!item || item.deleted) throw new Refusal('record.gone', 'id', {}, 'trainingItems');
    const problem = completionProblem(item);
    if (problem) throw new Refusal(problem, 'status', {}, 'trainingItems');
    const [course, person] = await Promise.all([db.courses.get(item.courseId), db.staff.get(item.staffId)]);
    if (!course || course.deleted) throw new Refusal('record.gone', 'courseId', {}, 'trainingItems');
    if (!person || person.deleted) throw new Refusal('record.gone', 'staffId', {}, 'trainingItems');
    const passed = result.passed !== false;
    const saved = await repos.trainingItems.update(item.id, {
      status: 'completed',
      completedOn: result.completedOn,
      score: result.score,
      passed: result.passed,
      certificateExpires: passed ? certificateExpiry(result.completedOn, course.certificateMonths) : null,
    });
    if (!passed) return { item: saved, raised: [] };
    const raised = skillRaises(person, course);
    if (raised.length > 0) {
      const at = session.now().toISOString();
      const changes = raised.map((r) =>
        repos.skillChanges.stampNew({
          staffId: person.id,
          skill: r.skill,
          from: r.from,
          to: r.to,
          reason: 'training',
          at,
          note: course.title,
          courseId: course.id,
        }),
      );
      await repos.staff.update(person.id, { skills: applySkillRaises(person.skills, raised) });
      await repos.skillChanges.bulkInsertStamped(changes);
    }
    return { item: saved, raised };
  });
}

/** Who came to a session, with their ratings: only invited people (the schema refuses others). */
export async function recordAttendance(
  session: DataSession,
  sessionId: string,
  attendance: TrainingSession['attendance'],
) {
  return session.repos.trainingSessions.update(sessionId, { attendance });
}

/**
 * Start an empty catalogue from the standard back-office courses and the onboarding plan over them, in
 * the user's language: all of them or none (one transaction).
 */
export async function addStandardTraining(session: DataSession, language: 'zh-CN' | 'en') {
  const { db, repos } = session;
  const { courses, template } = standardTraining(language, newRecordId);
  return db.transaction('rw', [db.courses, db.trainingTemplates], async () => {
    const records = courses.map((c) => repos.courses.stampNew(c.input, c.id));
    await repos.courses.bulkInsertStamped(records);
    await repos.trainingTemplates.bulkInsertStamped([
      repos.trainingTemplates.stampNew(template.input, template.id),
    ]);
    return records.length;
  });
}
