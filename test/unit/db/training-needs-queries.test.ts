import { describe, expect, it } from 'vitest';
import { planCourse } from '../../../renderer/db/training-commands';
import { loadCareerView, loadTrainingNeeds } from '../../../renderer/db/training-needs-queries';
import type { StaffInput } from '../../../shared/schema/staff';
import { freshSession } from './fixtures';

const TODAY = '2026-11-28';

const person = (
  name: string,
  skills: StaffInput['skills'],
  status: StaffInput['status'] = 'active',
): StaffInput => ({
  name,
  level: 'experienced',
  startDate: '2024-01-01',
  weeklyCapacityHours: 40,
  status,
  skills,
});

async function office() {
  const session = await freshSession();
  const [zoe, ann, leo] = await session.repos.staff.bulkCreate([
    person('Zoe', [{ skill: 'Order system', level: 1 }]),
    person('Ann', [{ skill: 'Order system', level: 0 }]),
    person('Leo', [], 'left'),
  ]);
  if (!zoe || !ann || !leo) throw new Error('no staff');
  const basics = await session.repos.courses.create({
    title: 'Order system basics',
    kind: 'internal',
    hours: 4,
    cost: 0,
    skills: [{ skill: 'Order system', level: 2 }],
  });
  return { session, zoe, ann, leo, basics };
}

describe('training needs query', () => {
  it('starts from the duty matrix checks: a holder below the level, with the course reaching it', async () => {
    const { session, zoe, ann, leo, basics } = await office();
    const duty = await session.repos.duties.create({
      name: 'Order entry',
      complexity: 'standard',
      hoursPerWeek: 10,
      requiredSkill: 'Order system',
      requiredLevel: 2,
      primaryId: ann.id,
      backupIds: [zoe.id, leo.id],
    });
    const view = await loadTrainingNeeds(session.db, TODAY);
    expect(view.needs).toMatchObject([
      { staffId: ann.id, reason: 'skillGap', skill: 'Order system', level: 2, dutyId: duty.id },
      { staffId: zoe.id, reason: 'skillGap', skill: 'Order system', level: 2, dutyId: duty.id },
    ]);
    expect(view.needs.map((n) => [n.suggested, n.planned])).toEqual([
      [[basics.id], false],
      [[basics.id], false],
    ]);
    expect(view.duties.map((d) => d.name)).toEqual(['Order entry']);
    expect(view.courses.map((c) => c.title)).toEqual(['Order system basics']);

    await planCourse(session, ann.id, basics.id, '2026-12-28');
    const after = await loadTrainingNeeds(session.db, TODAY);
    expect(after.needs.map((n) => [n.staffId, n.planned])).toEqual([
      [ann.id, true],
      [zoe.id, false],
    ]);

    // A removed duty is no longer checked.
    await session.repos.duties.remove(duty.id);
    expect((await loadTrainingNeeds(session.db, TODAY)).needs).toEqual([]);
  });

  it('lists lapsed certificates first and lapsing ones last, as of the day asked', async () => {
    const { session, ann } = await office();
    const first = await session.repos.courses.create({
      title: 'First aid',
      kind: 'external',
      hours: 8,
      cost: 0,
      certificateMonths: 12,
    });
    const item = (courseId: string, expires: string) => ({
      staffId: ann.id,
      courseId,
      due: '2025-11-01',
      status: 'completed' as const,
      completedOn: '2025-11-01',
      certificateExpires: expires,
    });
    await session.repos.trainingItems.create(item(first.id, '2026-12-20'));
    expect((await loadTrainingNeeds(session.db, TODAY)).needs).toMatchObject([
      { staffId: ann.id, reason: 'certificateExpiring', courseId: first.id, expires: '2026-12-20' },
    ]);
    expect((await loadTrainingNeeds(session.db, '2026-12-21')).needs).toMatchObject([
      { reason: 'certificateExpired', suggested: [first.id] },
    ]);
    expect((await loadTrainingNeeds(session.db, '2026-09-01')).needs).toEqual([]);
  });
});

describe('career view query', () => {
  it('lists the plans not removed in the order of their people’s names, with skills, courses and items', async () => {
    const { session, zoe, ann, basics } = await office();
    const plan = (staffId: string, targetRole: string) =>
      session.repos.careerPlans.create({
        staffId,
        targetRole,
        requiredSkills: [{ skill: 'Order system', level: 2 }],
      });
    await plan(zoe.id, 'Team lead');
    await plan(ann.id, 'Trainer');
    await plan(ann.id, 'Analyst');
    const gone = await plan(zoe.id, 'Removed');
    await session.repos.careerPlans.remove(gone.id);
    await planCourse(session, ann.id, basics.id, '2026-12-28');

    const view = await loadCareerView(session.db);
    expect(view.plans.map((p) => [view.staff.find((s) => s.id === p.staffId)?.name, p.targetRole])).toEqual([
      ['Ann', 'Analyst'],
      ['Ann', 'Trainer'],
      ['Zoe', 'Team lead'],
    ]);
    expect(view.courses.map((c) => c.id)).toEqual([basics.id]);
    expect(view.items).toMatchObject([{ staffId: ann.id, courseId: basics.id, status: 'planned' }]);
  });
});
