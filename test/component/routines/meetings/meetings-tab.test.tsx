import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveMeeting } from '../../../../renderer/db/meeting-commands';
import type { DataSession } from '../../../../renderer/db/session';
import { MeetingsTab } from '../../../../renderer/features/routines/meetings/MeetingsTab';
import { addDays, localIsoDate } from '../../../../shared/rules/local-date';
import { freshSession, staffInput } from '../../../unit/db/fixtures';
import { messageOf, renderScreen } from '../../support';

// The meetings tab on its own over a real (fake-indexeddb) session: a one-on-one recorded through the form
// as a person would, with the person's training beside the notes and an action item saved with it; an item
// without an owner and a schedule ending before it starts refused on their fields in both languages,
// nothing stored; a monthly one-on-one for everyone in one step, and its next meeting held from the list.

type User = ReturnType<typeof userEvent.setup>;

const today = localIsoDate(new Date());

async function office() {
  const session = await freshSession(() => new Date());
  const ann = await session.repos.staff.create(staffInput('Ann'));
  const bob = await session.repos.staff.create(staffInput('Bob'));
  await session.repos.staff.create(staffInput('Lou', { status: 'left' }));
  const course = await session.repos.courses.create({
    title: 'Complaint handling',
    kind: 'internal',
    provider: '',
    hours: 2,
    cost: 0,
    skills: [],
    materials: '',
    certificateMonths: null,
    active: true,
  });
  await session.repos.trainingItems.create({
    staffId: ann.id,
    courseId: course.id,
    due: addDays(today, -3),
    status: 'planned',
  });
  return { session, ann, bob };
}

const renderTab = (session: DataSession, language: 'en' | 'zh-CN' = 'en') =>
  renderScreen(<MeetingsTab />, { session, language });

const within$ = (testId: string) => within(screen.getByTestId(testId));
/** The input (not the open list, which the label names too) of a field by its label. */
const inputOf = (testId: string, label: string | RegExp) => {
  const [input] = within$(testId)
    .getAllByLabelText(label)
    .filter((el) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
  if (!input) throw new Error(`no ${label} input`);
  return input as HTMLInputElement;
};

async function choose(user: User, input: HTMLElement, option: string) {
  await user.click(input);
  await user.click(await screen.findByRole('option', { name: option }));
}

async function retype(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
}

describe('meetings', () => {
  it('records a one-on-one with the template, the person’s training beside it, and an action item', async () => {
    const { session, ann } = await office();
    const user = await renderTab(session);
    expect(await screen.findByTestId('meetings-empty')).toBeTruthy();
    await user.click(screen.getByTestId('new-meeting'));
    await choose(user, inputOf('meeting-form', /^Type/), 'One-on-one');
    // People who left are not offered.
    await user.click(inputOf('meeting-form', /^With/));
    expect(screen.queryByRole('option', { name: 'Lou' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Ann' }));
    expect(inputOf('meeting-form', /^Title/).value).toBe('One-on-one: Ann');

    // Beside the notes: Ann's overdue training, no goals, no review yet.
    const context = await screen.findByTestId('one-on-one-context');
    await waitFor(() =>
      expect(within(context).getByTestId('context-training').textContent).toContain('Complaint handling'),
    );
    expect(within(context).getByTestId('context-training').textContent).toContain('Overdue since');
    expect(within(context).getByTestId('context-goals').textContent).toContain('No active goals.');
    expect(within(context).getByTestId('context-review').textContent).toContain('No closed review yet.');

    await user.type(inputOf('meeting-form', 'Wellbeing'), 'Busy but fine');
    await user.type(inputOf('meeting-form', 'Development'), 'Take the complaints course');
    await user.click(screen.getByTestId('meeting-add-action'));
    await user.type(inputOf('meeting-form', 'Action item 1'), 'Enrol in the course');
    await choose(user, inputOf('meeting-form', 'Owner of action item 1'), 'Ann');
    await user.click(within$('meeting-form').getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('meeting-form')).toBeNull());

    const [meeting] = await session.db.meetings.toArray();
    expect(meeting).toMatchObject({
      kind: 'one_on_one',
      title: 'One-on-one: Ann',
      date: today,
      subjectId: ann.id,
      attendees: [ann.id],
      oneOnOne: {
        wellbeing: 'Busy but fine',
        development: 'Take the complaints course',
        goals: '',
        obstacles: '',
      },
    });
    const [item] = await session.db.actionItems.toArray();
    expect(item).toMatchObject({
      title: 'Enrol in the course',
      ownerId: ann.id,
      due: addDays(today, 7),
      status: 'open',
      source: 'meeting',
      sourceId: meeting?.id,
    });
    const row = await screen.findByTestId('meeting-row');
    expect(row.textContent).toContain('One-on-one: Ann');
  });

  for (const [language, required] of [
    ['en', 'Required'],
    ['zh-CN', '必填'],
  ] as const)
    it(`refuses an action item without an owner on its field and saves nothing (${language})`, async () => {
      const { session } = await office();
      const user = await renderTab(session, language);
      await user.click(await screen.findByTestId('new-meeting'));
      await user.type(screen.getByTestId('meeting-title'), 'Weekly');
      await user.click(screen.getByTestId('meeting-add-action'));
      await user.type(screen.getByTestId('action-title-0'), 'Update the price list');
      await user.click(screen.getByTestId('form-save'));
      await waitFor(() => expect(messageOf(screen.getByTestId('action-owner-0'))).toBe(required));
      expect(screen.getByTestId('meeting-form')).toBeTruthy();
      expect(await session.db.meetings.count()).toBe(0);
      expect(await session.db.actionItems.count()).toBe(0);
    });

  for (const [language, message] of [
    ['en', 'Cannot end before it starts'],
    ['zh-CN', '结束日期不能早于开始日期'],
  ] as const)
    it(`refuses a schedule that ends before its first date (${language})`, async () => {
      const { session } = await office();
      const user = await renderTab(session, language);
      await user.click(await screen.findByTestId('new-schedule'));
      await user.type(screen.getByTestId('schedule-title'), 'Weekly team meeting');
      await retype(user, screen.getByTestId('schedule-first'), '2027-03-10');
      await retype(user, screen.getByTestId('schedule-until'), '2027-03-01');
      await user.click(screen.getByTestId('form-save'));
      await waitFor(() => expect(messageOf(screen.getByTestId('schedule-until'))).toBe(message));
      expect(await session.db.meetingSchedules.count()).toBe(0);
    });

  it('sets up a monthly one-on-one for everyone and holds the next one from the list', async () => {
    const { session, bob } = await office();
    const user = await renderTab(session);
    await user.click(await screen.findByTestId('one-on-ones-everyone'));
    await user.click(within$('one-on-ones-form').getByRole('button', { name: 'Make the schedules' }));
    await waitFor(() => expect(screen.getAllByTestId('schedule-row')).toHaveLength(2));
    const schedules = await session.db.meetingSchedules.toArray();
    expect(schedules.map((s) => [s.title, s.cadence, s.firstDate]).sort()).toEqual([
      ['One-on-one: Ann', 'monthly', addDays(today, 1)],
      ['One-on-one: Bob', 'monthly', addDays(today, 1)],
    ]);

    const bobRow = () =>
      screen.getAllByTestId('schedule-row').find((r) => r.textContent?.includes('Bob')) as HTMLElement;
    const nextBefore = within(bobRow()).getByTestId('schedule-next').textContent;
    await user.click(within(bobRow()).getByTestId('schedule-hold'));
    expect((screen.getByTestId('meeting-title') as HTMLInputElement).value).toBe('One-on-one: Bob');
    expect((screen.getByTestId('meeting-date') as HTMLInputElement).value).toBe(addDays(today, 1));
    await user.click(screen.getByTestId('form-save'));
    await waitFor(() => expect(screen.queryByTestId('meeting-form')).toBeNull());
    const [held] = await session.db.meetings.toArray();
    expect(held).toMatchObject({
      kind: 'one_on_one',
      subjectId: bob.id,
      date: addDays(today, 1),
      time: '15:00',
    });
    // Held: Bob's schedule now owes the month after.
    await waitFor(() =>
      expect(within(bobRow()).getByTestId('schedule-next').textContent).not.toBe(nextBefore),
    );
    // A second press makes nothing new.
    await user.click(screen.getByTestId('one-on-ones-everyone'));
    await user.click(within$('one-on-ones-form').getByRole('button', { name: 'Make the schedules' }));
    await waitFor(() => expect(screen.queryByTestId('one-on-ones-form')).toBeNull());
    expect(await session.db.meetingSchedules.count()).toBe(2);
  });
});

describe('deleting a meeting', () => {
  it('asks first, naming it; once confirmed the meeting and its action items go, and Undo brings both back', async () => {
    const { session, ann } = await office();
    await saveMeeting(session, {
      meeting: { kind: 'team', title: 'Weekly sync', date: today, attendees: [ann.id] },
      actions: [{ title: 'Send the price list', ownerId: ann.id, due: today }],
    });
    const user = await renderTab(session);
    await user.click(await screen.findByTestId('meeting-open'));
    await user.click(await screen.findByTestId('form-delete'));
    const question = await screen.findByRole('dialog', { name: 'Delete “Weekly sync”?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect((await session.db.meetings.toArray()).map((m) => m.deleted)).toEqual([false]);
    await user.click(screen.getByTestId('form-delete'));
    await user.click(await screen.findByTestId('confirm-delete'));
    const notice = within(await screen.findByTestId('undo-delete'));
    expect(notice.getByText('Meeting “Weekly sync” and its action items removed')).toBeTruthy();
    await waitFor(async () =>
      expect((await session.db.actionItems.toArray()).map((a) => a.deleted)).toEqual([true]),
    );
    await user.click(notice.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await session.db.actionItems.toArray()).map((a) => a.deleted)).toEqual([false]),
    );
    expect((await session.db.meetings.toArray()).map((m) => m.deleted)).toEqual([false]);
  });
});
