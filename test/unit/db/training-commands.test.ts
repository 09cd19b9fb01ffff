import { describe, expect, it } from 'vitest';
import {
  addStandardTraining,
  completeItem,
  givePlan,
  planCourse,
  recordAttendance,
} from '../../../renderer/db/training-commands';
import { loadTrainingNeeds } from '../../../renderer/db/training-needs-queries';
import { checkCoverage } from '../../../shared/rules/coverage';
import { coverageStaff } from '../../../shared/rules/coverage-input';
import { standardTraining } from '../../../shared/rules/standard-courses';
import { standardDuties } from '../../../shared/rules/standard-duties';
import { freshSession, staffInput } from './fixtures';

// The training commands on a real (fake-indexeddb) database: a new person gets the onboarding plan,
// completes its first course, and the order-processing duty they hold stops warning that their skill is
// too low — the matrix reads the same staff record the completion raised.

async function office() {
  const session = await freshSession();
  const { repos } = session;
  const { courses, template } = standardTraining('en', () => crypto.randomUUID());
  await repos.courses.bulkInsertStamped(courses.map((c) => repos.courses.stampNew(c.input, c.id)));
  await repos.trainingTemplates.bulkInsertStamped([
    repos.trainingTemplates.stampNew(template.input, template.id),
  ]);
  const newcomer = await repos.staff.create(staffInput('Nina New', { level: 'new', skills: [] }));
  const senior = await repos.staff.create(
    staffInput('Sam Senior', { level: 'senior', skills: [{ skill: 'Order system', level: 4 }] }),
  );
  const [processing] = standardDuties('en');
  const duty = await repos.duties.create({
    ...(processing as NonNullable<typeof processing>),
    primaryId: newcomer.id,
    backupIds: [senior.id],
  });
  return { session, courses, template, newcomer, senior, duty };
}

const skillWarnings = async (session: Awaited<ReturnType<typeof office>>['session'], staffId: string) => {
  const staff = (await session.db.staff.toArray()).filter((s) => !s.deleted);
  const duties = await session.db.duties.toArray();
  return checkCoverage(coverageStaff(staff), duties, []).issues.filter(
    (i) => i.kind === 'skill_below' && i.staffId === staffId,
  );
};

describe('a duty that requires a certificate', () => {
  it('flags a holder without it, stops once they complete the course, and flags it again when it expires', async () => {
    const { session, newcomer, duty, courses } = await office();
    const complaints = courses[6]?.id as string; // gives a certificate valid for 24 months
    await session.repos.duties.update(duty.id, { requiredCourseId: complaints });
    const certificateIssues = async (from: string) => {
      const staff = (await session.db.staff.toArray()).filter((s) => !s.deleted);
      const items = await session.db.trainingItems.toArray();
      const duties = await session.db.duties.toArray();
      return checkCoverage(coverageStaff(staff, items), duties, [], { from, to: from }).issues.filter(
        (i) => i.kind === 'certificate_missing' && i.staffId === newcomer.id,
      );
    };
    expect(await certificateIssues('2026-12-10')).toMatchObject([{ courseId: complaints, expired: null }]);
    const needs = await loadTrainingNeeds(session.db, '2026-12-10');
    expect(
      needs.needs.filter((n) => n.staffId === newcomer.id && n.reason === 'certificateRequired'),
    ).toMatchObject([{ courseId: complaints, suggested: [complaints] }]);

    const item = await planCourse(session, newcomer.id, complaints, '2026-12-20');
    await completeItem(session, item.id, { completedOn: '2026-12-11', score: null, passed: true });
    expect(await certificateIssues('2026-12-12')).toEqual([]);
    // An early retake not passed takes nothing away: the certificate from the pass still holds.
    const retake = await planCourse(session, newcomer.id, complaints, '2027-01-10');
    await completeItem(session, retake.id, { completedOn: '2027-01-05', score: 30, passed: false });
    expect(await certificateIssues('2027-01-06')).toEqual([]);
    const needs2 = await loadTrainingNeeds(session.db, '2027-01-06');
    expect(needs2.needs.filter((n) => n.staffId === newcomer.id && n.courseId === complaints)).toEqual([]);
    // Two years on, the certificate has lapsed: the duty's check says so, with the day.
    expect(await certificateIssues('2028-12-12')).toMatchObject([{ expired: '2028-12-11' }]);
  });
});

describe('an empty office', () => {
  it('starts its catalogue from the standard courses and the onboarding plan, all at once', async () => {
    const session = await freshSession();
    expect(await addStandardTraining(session, 'zh-CN')).toBe(9);
    expect(await session.db.courses.count()).toBe(9);
    const [template] = await session.db.trainingTemplates.toArray();
    expect(template?.name).toBe('新员工入职培训');
    const person = await session.repos.staff.create(staffInput('新同事', { level: 'new' }));
    const items = await givePlan(session, person.id, template?.id as string, '2026-12-07');
    expect(items).toHaveLength(6);
  });
});

describe('training commands', () => {
  it('give the onboarding plan, and completing its first course clears the duty matrix warning', async () => {
    const { session, template, newcomer, courses } = await office();
    const items = await givePlan(session, newcomer.id, template.id, '2026-12-07');
    expect(items.map((i) => i.due)).toEqual(template.input.steps.map((s) => addDay(s.afterDays)));
    expect(items.every((i) => i.status === 'planned')).toBe(true);
    // Given again, nothing is planned twice.
    expect(await givePlan(session, newcomer.id, template.id, '2026-12-07')).toEqual([]);

    expect(await skillWarnings(session, newcomer.id)).toHaveLength(1);
    const first = items[0];
    if (!first) throw new Error('no item');
    const { raised } = await completeItem(session, first.id, {
      completedOn: '2026-12-09',
      score: 88,
      passed: true,
    });
    expect(raised).toEqual([{ skill: 'Order system', from: null, to: 2 }]);
    expect((await session.db.staff.get(newcomer.id))?.skills).toEqual([{ skill: 'Order system', level: 2 }]);
    const history = await session.db.skillChanges.where('staffId').equals(newcomer.id).toArray();
    expect(history).toMatchObject([
      { skill: 'Order system', from: null, to: 2, reason: 'training', courseId: courses[0]?.id },
    ]);
    expect(await skillWarnings(session, newcomer.id)).toEqual([]);
    expect(await session.db.trainingItems.get(first.id)).toMatchObject({
      status: 'completed',
      completedOn: '2026-12-09',
      score: 88,
    });
  });

  it('refuse completing an item twice, and write nothing the second time', async () => {
    const { session, newcomer, courses } = await office();
    const item = await planCourse(session, newcomer.id, courses[6]?.id as string, '2026-12-20');
    await completeItem(session, item.id, { completedOn: '2026-12-10', score: null, passed: null });
    // The complaints course gives a certificate for 24 months.
    expect((await session.db.trainingItems.get(item.id))?.certificateExpires).toBe('2028-12-10');
    const before = await session.db.skillChanges.count();
    await expect(
      completeItem(session, item.id, { completedOn: '2026-12-11', score: null, passed: null }),
    ).rejects.toMatchObject({ code: 'training.alreadyCompleted' });
    expect(await session.db.skillChanges.count()).toBe(before);
    expect((await session.db.trainingItems.get(item.id))?.completedOn).toBe('2026-12-10');
  });

  it('a course not passed is completed with no skill raised and no certificate', async () => {
    const { session, newcomer, courses } = await office();
    const item = await planCourse(session, newcomer.id, courses[6]?.id as string, '2026-12-20');
    const { raised } = await completeItem(session, item.id, {
      completedOn: '2026-12-10',
      score: 41,
      passed: false,
    });
    expect(raised).toEqual([]);
    expect(await session.db.trainingItems.get(item.id)).toMatchObject({
      status: 'completed',
      passed: false,
      certificateExpires: null,
    });
    expect(await session.db.skillChanges.count()).toBe(0);
  });

  it('refuse planning a course already open, attendance of someone not invited, and a session ending before it starts', async () => {
    const { session, newcomer, senior, courses } = await office();
    const courseId = courses[2]?.id as string;
    await planCourse(session, newcomer.id, courseId, '2026-12-20');
    await expect(planCourse(session, newcomer.id, courseId, '2026-12-30')).rejects.toMatchObject({
      code: 'training.alreadyPlanned',
    });
    const meeting = await session.repos.trainingSessions.create({
      courseId,
      start: '2026-12-10T09:00:00+08:00',
      end: '2026-12-10T12:00:00+08:00',
      invited: [newcomer.id],
    });
    await expect(
      recordAttendance(session, meeting.id, [
        { staffId: newcomer.id, present: true, rating: 5, comment: '' },
        { staffId: senior.id, present: true, rating: null, comment: '' },
      ]),
    ).rejects.toMatchObject({ code: 'training.notInvited' });
    expect((await session.db.trainingSessions.get(meeting.id))?.attendance).toEqual([]);
    await expect(
      session.repos.trainingSessions.create({
        courseId,
        start: '2026-12-10T09:00:00+08:00',
        end: '2026-12-10T08:00:00+08:00',
      }),
    ).rejects.toMatchObject({ code: 'date.endBeforeStart' });
    await expect(
      session.repos.courses.create({ ...courses[0]?.input, title: 'Negative', hours: -1 } as never),
    ).rejects.toMatchObject({ field: 'hours' });
  });
});

function addDay(days: number) {
  const d = new Date(Date.UTC(2026, 11, 7 + days));
  return d.toISOString().slice(0, 10);
}
