import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addStandardTemplate } from '../../../renderer/db/review-commands';
import { loadStaff } from '../../../renderer/db/team-queries';
import { CycleForm } from '../../../renderer/features/reviews/cycles/CycleForm';
import { quarterToReview } from '../../../renderer/features/reviews/cycles/cycle-form';
import { localIsoDate } from '../../../shared/rules/local-date';
import type { ReviewCycle } from '../../../shared/schema/review';
import { freshSession, staffInput } from '../../unit/db/fixtures';
import { messageOf, renderScreen } from '../support';

// The new-cycle form rendered on its own over a real (fake-indexeddb) session: it opens on the quarter
// to review with the office's template, people are chosen as a person does (typing, picking, or the
// whole active team), and a cycle with one review per person is stored; refusals (an end before the
// start, nobody chosen) land on their fields in both languages and store nothing.

type User = ReturnType<typeof userEvent.setup>;

const form = () => within(screen.getByTestId('cycle-form'));
/** The input (not the open list, which the label names too) of a field by its label. */
const inputOf = (label: string | RegExp) => {
  const [input] = form()
    .getAllByLabelText(label)
    .filter((el) => el.tagName === 'INPUT');
  if (!input) throw new Error(`no ${label} input`);
  return input as HTMLInputElement;
};

async function retype(user: User, label: string | RegExp, text: string) {
  const input = inputOf(label);
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
}

async function office() {
  const session = await freshSession(() => new Date());
  const template = await addStandardTemplate(session, 'en');
  const ann = await session.repos.staff.create(staffInput('Ann'));
  const bob = await session.repos.staff.create(staffInput('Bob'));
  const cy = await session.repos.staff.create(staffInput('Cy', { status: 'on_leave' }));
  await session.repos.staff.create(staffInput('Dee', { status: 'left' }));
  return { session, template, ann, bob, cy };
}

async function renderForm(
  session: Awaited<ReturnType<typeof office>>['session'],
  language: 'en' | 'zh-CN' = 'en',
) {
  const templates = await session.db.reviewTemplates.toArray();
  const staff = await loadStaff(session.db);
  const created: ReviewCycle[] = [];
  const user = await renderScreen(
    <CycleForm templates={templates} staff={staff} onClose={() => {}} onCreated={(c) => created.push(c)} />,
    { session, language },
  );
  return { user, created };
}

describe('new review cycle form', () => {
  it('reviews the quarter under way, or in a quarter’s first month the one just ended', () => {
    expect(quarterToReview('2026-12-03')).toEqual({
      year: 2026,
      quarter: 4,
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(quarterToReview('2027-01-05')).toEqual({
      year: 2026,
      quarter: 4,
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(quarterToReview('2026-05-20')).toEqual({
      year: 2026,
      quarter: 2,
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(quarterToReview('2026-04-01')).toEqual({
      year: 2026,
      quarter: 1,
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('opens on the quarter to review and stores a cycle with one review per person chosen', async () => {
    const { session, template, ann, bob } = await office();
    const { user, created } = await renderForm(session);
    const quarter = quarterToReview(localIsoDate(new Date()));
    expect(inputOf(/^Cycle/).value).toBe(`${quarter.year} Q${quarter.quarter} review`);
    expect(inputOf(/^Period from/).value).toBe(quarter.from);
    expect(inputOf(/^Period to/).value).toBe(quarter.to);
    expect(inputOf(/^Template/).value).toBe(template.name);

    // Someone who left is not offered.
    await user.click(inputOf(/^People reviewed/));
    expect(screen.queryByRole('option', { name: 'Dee' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Ann' }));
    await user.click(await screen.findByRole('option', { name: 'Bob' }));
    await retype(user, /^Feedback due/, '2100-01-31');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(created).toHaveLength(1));

    const [cycle] = await session.db.reviewCycles.toArray();
    expect(cycle).toMatchObject({
      name: `${quarter.year} Q${quarter.quarter} review`,
      from: quarter.from,
      to: quarter.to,
      templateId: template.id,
      participants: [ann.id, bob.id],
      status: 'not_started',
      feedbackDue: '2100-01-31',
    });
    const reviews = await session.db.reviews.toArray();
    expect(reviews.map((r) => r.staffId).sort()).toEqual([ann.id, bob.id].sort());
    expect(reviews.every((r) => r.cycleId === cycle?.id)).toBe(true);
  });

  it('adds everyone active on the team at once', async () => {
    const { session, ann, bob } = await office();
    const { user, created } = await renderForm(session);
    await user.click(screen.getByTestId('cycle-everyone'));
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(created).toHaveLength(1));
    // Cy is on leave and Dee has left: neither is reviewed unless chosen.
    expect(created[0]?.participants).toEqual([ann.id, bob.id]);
  });

  it('refuses an end before the start and a cycle with nobody, on their fields, storing nothing', async () => {
    const { session } = await office();
    const { user, created } = await renderForm(session);
    await retype(user, /^Period to/, '2026-01-01');
    await retype(user, /^Period from/, '2026-03-31');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(messageOf(inputOf(/^Period to/))).toBe('Cannot end before it starts'));
    expect(messageOf(inputOf(/^People reviewed/))).toBe('Add at least 1');
    expect(created).toEqual([]);
    expect(await session.db.reviewCycles.count()).toBe(0);
    expect(await session.db.reviews.count()).toBe(0);
  });

  it('says the refusals in Chinese', async () => {
    const { session } = await office();
    const { user } = await renderForm(session, 'zh-CN');
    await retype(user, /^期间结束/, '2026-01-01');
    await retype(user, /^期间开始/, '2026-03-31');
    await user.click(form().getByRole('button', { name: '保存' }));
    await waitFor(() => expect(messageOf(inputOf(/^期间结束/))).toBe('结束日期不能早于开始日期'));
    expect(messageOf(inputOf(/^被评估人员/))).toBe('至少添加 1 项');
    expect(await session.db.reviewCycles.count()).toBe(0);
  });
});
