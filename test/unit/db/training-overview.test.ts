import { describe, expect, it } from 'vitest';
import { loadTrainingBudget, saveTrainingBudget } from '../../../renderer/db/training-budget';
import { completeItem, planCourse } from '../../../renderer/db/training-commands';
import { loadTrainingOverview } from '../../../renderer/db/training-queries';
import { freshSession, staffInput } from './fixtures';

// The overview's figures from the training items: the year's completed hours and cost month by month,
// each person's completion, and the budget they are set against.

describe('the training overview', () => {
  it('adds up this year’s completed courses by month, and sets them against the budget', async () => {
    const session = await freshSession();
    const { repos, db } = session;
    const course = await repos.courses.create({
      title: 'Excel for data entry',
      kind: 'online',
      hours: 7.5,
      cost: 350_00,
      skills: [{ skill: 'Excel', level: 2 }],
    });
    const ann = await repos.staff.create(staffInput('Ann'));
    const bob = await repos.staff.create(staffInput('Bob'));
    const done = await planCourse(session, ann.id, course.id, '2026-03-01');
    await completeItem(session, done.id, { completedOn: '2026-02-20', score: 90, passed: true });
    const lastYear = await planCourse(session, bob.id, course.id, '2025-06-01');
    await completeItem(session, lastYear.id, { completedOn: '2025-06-01', score: null, passed: null });
    await planCourse(session, bob.id, course.id, '2026-11-01'); // open, and past due on 2026-12-03

    expect((await loadTrainingOverview(db, '2026-12-03')).budget).toBeNull();
    await saveTrainingBudget(db, 1000_00);
    const overview = await loadTrainingOverview(db, '2026-12-03');
    expect(overview.totals).toEqual({ hours: 7.5, cost: 350_00 });
    expect(overview.months.find((m) => m.month === '2026-02')).toEqual({
      month: '2026-02',
      hours: 7.5,
      cost: 350_00,
    });
    expect(overview.months.filter((m) => m.cost > 0)).toHaveLength(1);
    expect(overview.budget).toBe(1000_00);
    expect(overview.team).toEqual({ due: 3, completed: 2, overdue: 1, rate: 66.7 });
    const bobs = overview.people.find((p) => p.person.id === bob.id);
    expect(bobs?.rate).toMatchObject({ completed: 1, overdue: 1, rate: 50 });
  });

  it('refuses a negative budget and keeps the one before; null clears it', async () => {
    const { db } = await freshSession();
    await saveTrainingBudget(db, 500_00);
    await expect(saveTrainingBudget(db, -1)).rejects.toMatchObject({ field: 'budget' });
    expect(await loadTrainingBudget(db)).toBe(500_00);
    await saveTrainingBudget(db, null);
    expect(await loadTrainingBudget(db)).toBeNull();
  });
});
