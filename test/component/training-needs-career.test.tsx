import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planCourse } from '../../renderer/db/training-commands';
import { CareerTab } from '../../renderer/features/training/career/CareerTab';
import { NeedsTab } from '../../renderer/features/training/needs/NeedsTab';
import { addDays, localIsoDate } from '../../shared/rules/local-date';
import type { StaffInput } from '../../shared/schema/staff';
import type { CourseInput } from '../../shared/schema/training';
import { freshSession } from '../unit/db/fixtures';
import { holdCalls, messageOf, renderScreen } from './support';

// The needs and career tabs rendered on their own over a fresh database (not through TrainingPage), seeded
// through the repositories as the app's own writes would be. The clock is the real one: "today" is the
// day the tests run, as the tabs read it.

type User = ReturnType<typeof userEvent.setup>;

const today = () => localIsoDate(new Date());
const shown = (iso: string, locale = 'en') => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
};

const person = (name: string, skills: StaffInput['skills'] = []): StaffInput => ({
  name,
  level: 'experienced',
  startDate: '2024-01-01',
  weeklyCapacityHours: 40,
  status: 'active',
  skills,
});

const course = (
  title: string,
  skills: CourseInput['skills'],
  more: Partial<CourseInput> = {},
): CourseInput => ({
  title,
  kind: 'internal',
  hours: 4,
  cost: 0,
  skills,
  ...more,
});

/** Ann holds "Order entry", which needs Order system at level 2; she has 0. One course brings it to 2. */
async function office(annLevel = 0) {
  const session = await freshSession(() => new Date());
  const [ann, bob] = await session.repos.staff.bulkCreate([
    person('Ann', [{ skill: 'Order system', level: annLevel }]),
    person('Bob', [{ skill: 'Order system', level: 3 }]),
  ]);
  if (!ann || !bob) throw new Error('no staff');
  const duty = await session.repos.duties.create({
    name: 'Order entry',
    complexity: 'standard',
    hoursPerWeek: 10,
    requiredSkill: 'Order system',
    requiredLevel: 2,
    primaryId: ann.id,
    backupIds: [bob.id],
  });
  const basics = await session.repos.courses.create(
    course('Order system basics', [{ skill: 'Order system', level: 2 }]),
  );
  return { session, ann, bob, duty, basics };
}

const needRows = () => screen.queryAllByTestId('need-row');

describe('training needs', () => {
  it('lists a duty skill gap with the course that closes it, and Add to plan plans it for the person', async () => {
    const { session, ann, basics } = await office();
    const user = await renderScreen(<NeedsTab />, { session });
    await waitFor(() => expect(needRows()).toHaveLength(1));
    const [row] = needRows() as [HTMLElement];
    expect(row.textContent).toContain('Ann');
    expect(row.textContent).toContain('Skill gap');
    expect(row.textContent).toContain('Order system: has level 0, needs 2');
    expect(row.textContent).toContain('for the duty “Order entry”');
    expect(within(row).getByTestId('need-course').textContent).toBe('Order system basics');
    expect(
      within(screen.getByTestId('needs-list'))
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Person', 'Why', 'Suggested course', 'Plan']);

    const add = within(row).getByRole('button', { name: 'Add to plan: Order system basics for Ann' });
    expect(add.dataset.testid).toBe('add-to-plan');
    await user.click(add);
    await waitFor(() => expect(within(row).getByTestId('need-planned').textContent).toBe('Planned'));
    expect(row.dataset.planned).toBe('true');
    expect(within(row).queryByTestId('add-to-plan')).toBeNull();
    const due = addDays(today(), 30);
    expect(await session.db.trainingItems.toArray()).toMatchObject([
      { staffId: ann.id, courseId: basics.id, status: 'planned', due, deleted: false },
    ]);
    expect(
      await screen.findByText(`Order system basics added to the plan of Ann, due ${shown(due)}`),
    ).toBeTruthy();
  });

  it('plans with the number of days chosen above the list', async () => {
    const { session, ann } = await office();
    const user = await renderScreen(<NeedsTab />, { session });
    await waitFor(() => expect(needRows()).toHaveLength(1));
    const days = screen.getByLabelText(/^Due in \(days\)/);
    await user.clear(days);
    await user.type(days, '14');
    await user.click(screen.getByTestId('add-to-plan'));
    await waitFor(async () =>
      expect(await session.db.trainingItems.where('staffId').equals(ann.id).toArray()).toMatchObject([
        { due: addDays(today(), 14) },
      ]),
    );
  });

  it('recomputes when a skill, a duty or the catalogue changes', async () => {
    const { session, ann, duty, basics } = await office(1);
    await renderScreen(<NeedsTab />, { session });
    await waitFor(() => expect(needRows()).toHaveLength(1));
    expect(needRows()[0]?.textContent).toContain('Order system: has level 1, needs 2');

    // A higher requirement: the same need, at the new level; the level-2 course no longer reaches it.
    await session.repos.duties.update(duty.id, { requiredLevel: 3 });
    await waitFor(() => expect(needRows()[0]?.textContent).toContain('has level 1, needs 3'));
    expect(needRows()[0]?.textContent).toContain('No active course meets this need');
    expect(screen.queryByTestId('add-to-plan')).toBeNull();

    const advanced = await session.repos.courses.create(
      course('Order system advanced', [{ skill: 'Order system', level: 3 }]),
    );
    await waitFor(() => expect(screen.getByTestId('need-course').textContent).toBe('Order system advanced'));
    expect(advanced.id).not.toBe(basics.id);

    // Ann reaches the level: no need is left, and the list says so.
    await session.repos.staff.update(ann.id, { skills: [{ skill: 'Order system', level: 3 }] });
    expect(await screen.findByTestId('needs-empty')).toBeTruthy();
    expect(screen.getByText('No training needs')).toBeTruthy();
  });

  it('names a lapsing certificate with its course and the day it expires', async () => {
    const { session, ann } = await office(2);
    const forklift = await session.repos.courses.create(
      course('Forklift safety', [], { certificateMonths: 12 }),
    );
    const expires = addDays(today(), 20);
    await session.repos.trainingItems.create({
      staffId: ann.id,
      courseId: forklift.id,
      due: addDays(today(), -345),
      status: 'completed',
      completedOn: addDays(today(), -345),
      certificateExpires: expires,
    });
    await renderScreen(<NeedsTab />, { session });
    await waitFor(() => expect(needRows()).toHaveLength(1));
    const [row] = needRows() as [HTMLElement];
    expect(row.dataset.reason).toBe('certificateExpiring');
    expect(row.textContent).toContain(`The certificate of “Forklift safety” expires on ${shown(expires)}`);
    expect(within(row).getByTestId('need-course').textContent).toBe('Forklift safety');
  });

  it('says in Chinese when the course was planned meanwhile, and a second click plans nothing more', async () => {
    const { session, ann, basics } = await office();
    const user = await renderScreen(<NeedsTab />, { session, language: 'zh-CN' });
    await waitFor(() => expect(needRows()).toHaveLength(1));
    expect(needRows()[0]?.textContent).toContain('Order system：现有等级 0，需要 2');
    const add = screen.getByRole('button', { name: '加入计划：为Ann安排Order system basics' });
    const held = holdCalls(session.db, 'transaction');
    await user.click(add);
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.click(add);
    expect(held.calls()).toBe(1);
    // Another window plans the same course while this click's write waits.
    await session.db.trainingItems.add(
      session.repos.trainingItems.stampNew({
        staffId: ann.id,
        courseId: basics.id,
        due: today(),
        status: 'planned',
      }),
    );
    held.release();
    expect(await screen.findByText('无法加入计划：该课程已在此人的计划中')).toBeTruthy();
    expect(await session.db.trainingItems.count()).toBe(1);
    await waitFor(() => expect(screen.getByTestId('need-planned').textContent).toBe('已计划'));
  });
});

const form = () => within(screen.getByTestId('career-form'));

/** Choose in a Select. Its open list is labelled by the field's label too, hence the input by tag. */
async function choose(user: User, label: RegExp, option: string) {
  const [input] = form()
    .getAllByLabelText(label)
    .filter((el) => el.tagName === 'INPUT');
  if (!input) throw new Error(`no ${label} input`);
  await user.click(input);
  await user.click(await screen.findByRole('option', { name: option }));
}

async function retype(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

describe('career plans', () => {
  it('creates a plan through the form, then shows the gap, the readiness and the courses to close it', async () => {
    const { session, ann } = await office(1);
    const excel = await session.repos.courses.create(course('Excel reports', [{ skill: 'Excel', level: 3 }]));
    const user = await renderScreen(<CareerTab />, { session });
    expect(await screen.findByTestId('career-empty')).toBeTruthy();

    await user.click(screen.getByTestId('new-career-plan'));
    await user.click(form().getByRole('button', { name: 'Save' }));
    const [personInput] = form()
      .getAllByLabelText(/^Person/)
      .filter((el) => el.tagName === 'INPUT');
    expect(messageOf(personInput as HTMLElement)).toBe('Choose one of the options');
    expect(messageOf(form().getByLabelText(/^Target role/))).toBe('Required');

    await choose(user, /^Person/, 'Ann');
    await user.type(form().getByLabelText(/^Target role/), 'Team lead');
    await user.type(form().getByRole('combobox', { name: 'Skill 1' }), 'Order system');
    await retype(user, form().getByRole('textbox', { name: 'Level of skill 1 (1–4)' }), '2');
    await user.click(form().getByRole('button', { name: 'Add skill' }));
    const skill2 = form().getByRole('combobox', { name: 'Skill 2' });
    expect(document.activeElement).toBe(skill2);
    await user.type(skill2, 'Order system');
    await user.click(form().getByRole('button', { name: 'Save' }));
    expect(await form().findByText('A skill is listed twice')).toBeTruthy();
    expect(await session.db.careerPlans.count()).toBe(0);

    await retype(user, skill2, 'Excel');
    await retype(user, form().getByRole('textbox', { name: 'Level of skill 2 (1–4)' }), '3');
    await user.click(form().getByRole('button', { name: 'Add milestone' }));
    await user.type(form().getByRole('textbox', { name: 'Milestone 1' }), 'Run a meeting');
    const due = addDays(today(), 60);
    await retype(user, form().getByRole('textbox', { name: 'Due date of milestone 1' }), due);
    await user.type(form().getByLabelText('Notes'), 'By June');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('career-form')).toBeNull());

    expect(await session.db.careerPlans.toArray()).toMatchObject([
      {
        staffId: ann.id,
        targetRole: 'Team lead',
        requiredSkills: [
          { skill: 'Order system', level: 2 },
          { skill: 'Excel', level: 3 },
        ],
        milestones: [{ title: 'Run a meeting', due, done: false }],
        notes: 'By June',
      },
    ]);

    // The list: have 1 of 2 and 0 of 3 → 1 of 5 levels → 20%.
    const [row] = await screen.findAllByTestId('career-row');
    expect(row?.textContent).toContain('Ann');
    expect(row?.textContent).toContain('Team lead');
    expect(row?.textContent).toContain('Run a meeting');
    expect(row?.textContent).toContain(shown(due));
    expect(within(row as HTMLElement).getByTestId('readiness').textContent).toBe('20%');

    const detail = screen.getByTestId('career-detail');
    expect(within(detail).getByTestId('readiness').textContent).toBe('20%');
    expect(
      within(detail).getByRole('progressbar', { name: 'Readiness of Ann for Team lead: 20%' }),
    ).toBeTruthy();
    const gap = within(detail).getByTestId('career-gap');
    expect(
      within(gap)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Skill', 'Has', 'Needs', 'Short', 'Suggested courses']);
    const gapRows = within(gap)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].slice(0, 4).map((c) => c.textContent));
    expect(gapRows).toEqual([
      ['Order system', '1', '2', '1'],
      ['Excel', '0', '3', '3'],
    ]);

    await user.click(within(gap).getByRole('button', { name: 'Add to plan: Excel reports for Ann' }));
    await waitFor(() => expect(within(gap).getByText('Planned')).toBeTruthy());
    expect(await session.db.trainingItems.toArray()).toMatchObject([
      { staffId: ann.id, courseId: excel.id, status: 'planned', due: addDays(today(), 30) },
    ]);
    expect(
      within(gap).getByRole('button', { name: 'Add to plan: Order system basics for Ann' }),
    ).toBeTruthy();
    // The longest walk here (every field of the form typed key by key): well over the default timeout
    // when the machine is busy with other work.
  }, 60_000);

  it('edits a plan, and readiness follows the person’s skills as training raises them', async () => {
    const { session, ann } = await office(1);
    await session.repos.careerPlans.create({
      staffId: ann.id,
      targetRole: 'Team lead',
      requiredSkills: [{ skill: 'Order system', level: 2 }],
      milestones: [
        { title: 'Done step', due: addDays(today(), -10), done: true },
        { title: 'Late step', due: addDays(today(), -3), done: false },
      ],
    });
    const user = await renderScreen(<CareerTab />, { session });
    const [row] = await screen.findAllByTestId('career-row');
    expect(within(row as HTMLElement).getByTestId('readiness').textContent).toBe('50%');
    expect(row?.textContent).toContain('Late step');
    expect(row?.textContent).toContain('Overdue');

    await user.click(screen.getByRole('button', { name: 'Edit the career plan of Ann: Team lead' }));
    expect((form().getByRole('combobox', { name: 'Skill 1' }) as HTMLInputElement).value).toBe(
      'Order system',
    );
    await retype(user, form().getByLabelText(/^Target role/), 'Office lead');
    await user.click(form().getByRole('button', { name: 'Remove milestone 2' }));
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('career-form')).toBeNull());
    expect(await session.db.careerPlans.toArray()).toMatchObject([
      { targetRole: 'Office lead', milestones: [{ title: 'Done step' }] },
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('career-row').textContent).toContain('All milestones done'),
    );

    await session.repos.staff.update(ann.id, { skills: [{ skill: 'Order system', level: 2 }] });
    await waitFor(() =>
      expect(within(screen.getByTestId('career-detail')).getByTestId('readiness').textContent).toBe('100%'),
    );
    expect(screen.getByTestId('career-ready').textContent).toBe(
      'Ann has every skill this role needs at the level it needs.',
    );
    expect(screen.queryByTestId('career-gap')).toBeNull();
  });

  it('says in Chinese what a plan lacks, and suggests a course already planned as planned', async () => {
    const { session, ann, basics } = await office(0);
    await planCourse(session, ann.id, basics.id, addDays(today(), 5));
    await session.repos.careerPlans.create({
      staffId: ann.id,
      targetRole: '主管',
      requiredSkills: [
        { skill: 'Order system', level: 2 },
        { skill: '谈判', level: 2 },
      ],
    });
    const user = await renderScreen(<CareerTab />, { session, language: 'zh-CN' });
    const detail = await screen.findByTestId('career-detail');
    expect(within(detail).getByTestId('readiness').textContent).toBe('0%');
    expect(within(detail).getByText('已计划')).toBeTruthy();
    expect(within(detail).getByText('没有可用课程教授此技能')).toBeTruthy();

    await user.click(screen.getByTestId('new-career-plan'));
    await choose(user, /^人员/, 'Bob');
    await retype(user, form().getByRole('textbox', { name: '技能 1 的等级（1–4）' }), '5');
    await user.type(form().getByRole('combobox', { name: '技能 1' }), 'Excel');
    await user.click(form().getByRole('button', { name: '保存' }));
    expect(messageOf(form().getByLabelText(/^目标岗位/))).toBe('必填');
    expect(messageOf(form().getByRole('textbox', { name: '技能 1 的等级（1–4）' }))).toBe('不能超过 4');
    expect(await session.db.careerPlans.count()).toBe(1);
  });
});
