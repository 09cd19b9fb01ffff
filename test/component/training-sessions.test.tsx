import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataSession } from '../../renderer/db/session';
import { SessionsTab } from '../../renderer/features/training/sessions/SessionsTab';
import type { CourseInput } from '../../shared/schema/training';
import { freshSession, staffInput } from '../unit/db/fixtures';
import { messageOf, renderScreen } from './support';

// The sessions tab rendered on its own over a real (fake-indexeddb) session: a session planned through
// the form as a person would (choosing, typing, clicking), its attendance recorded and stored, a refused
// end shown on its field in both languages, the calendar and the sign-in sheet. The session is next month,
// so it is always upcoming whatever day the tests run.

type User = ReturnType<typeof userEvent.setup>;

const next = dayjs().add(1, 'month').format('YYYY-MM');
const day = (n: number) => `${next}-${String(n).padStart(2, '0')}`;
/** A local day and time as the stored moment (UTC ISO). */
const moment = (iso: string, time: string) => dayjs(`${iso}T${time}`).toISOString();

const course = (title: string, active = true): CourseInput => ({
  title,
  kind: 'internal',
  provider: '',
  hours: 2,
  cost: 0,
  skills: [],
  materials: '',
  certificateMonths: null,
  active,
});

async function office() {
  const session = await freshSession(() => new Date());
  const excel = await session.repos.courses.create(course('Excel basics'));
  await session.repos.courses.create(course('Retired course', false));
  const ann = await session.repos.staff.create(staffInput('Ann'));
  const bob = await session.repos.staff.create(staffInput('Bob'));
  return { session, excel, ann, bob };
}

const renderTab = (session: DataSession, language: 'en' | 'zh-CN' = 'en') =>
  renderScreen(<SessionsTab />, { session, language });

const form = () => within(screen.getByTestId('session-form'));
/** The input (not the open list, which the label names too) of a field by its label. */
const inputOf = (label: string | RegExp) => {
  const [input] = form()
    .getAllByLabelText(label)
    .filter((el) => el.tagName === 'INPUT');
  if (!input) throw new Error(`no ${label} input`);
  return input as HTMLInputElement;
};

async function choose(user: User, label: string | RegExp, option: string) {
  await user.click(inputOf(label));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function retype(user: User, label: string | RegExp, text: string) {
  const input = inputOf(label);
  await user.clear(input);
  await user.type(input, text);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('training sessions', () => {
  it('plans a session through the form, lists it, and records who came', async () => {
    const { session, excel, ann, bob } = await office();
    const user = await renderTab(session);
    await user.click(await screen.findByTestId('new-session'));

    // Only active courses are offered.
    await user.click(inputOf(/^Course/));
    expect(screen.queryByRole('option', { name: 'Retired course' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Excel basics' }));
    await retype(user, /^Start date/, day(3));
    await retype(user, /^Start time/, '14:00');
    // The end's day follows the start's.
    expect(inputOf(/^End date/).value).toBe(day(3));
    await retype(user, /^End time/, '16:30');
    await user.type(inputOf('Place'), 'Meeting room 2');
    await user.type(inputOf('Trainer'), 'Lee');
    await choose(user, 'Invited', 'Ann');
    await choose(user, 'Invited', 'Bob');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('session-form')).toBeNull());

    const [stored] = await session.db.trainingSessions.toArray();
    expect(stored).toMatchObject({
      courseId: excel.id,
      start: moment(day(3), '14:00'),
      end: moment(day(3), '16:30'),
      place: 'Meeting room 2',
      link: '',
      trainer: 'Lee',
      invited: [ann.id, bob.id],
      attendance: [],
    });

    const row = await screen.findByTestId('session-row');
    expect(within(screen.getByTestId('sessions-upcoming')).getByTestId('session-row')).toBe(row);
    expect(row.textContent).toContain('Excel basics');
    expect(row.textContent).toContain('Meeting room 2');
    expect(row.textContent).toContain('Lee');
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).formatRange(
      new Date(moment(day(3), '14:00')),
      new Date(moment(day(3), '16:30')),
    );
    expect(row.textContent).toContain(when);
    expect(within(row).getByTestId('session-present').textContent).toBe('—');

    // Attendance: Ann came and rated it; Bob did not come.
    await user.click(within(row).getByRole('button', { name: `Attendance of Excel basics, ${when}` }));
    const table = within(await screen.findByTestId('attendance-table'));
    await user.click(table.getByRole('checkbox', { name: 'Ann was present' }));
    await user.click(table.getByRole('combobox', { name: 'Rating from Ann' }));
    await user.click(await screen.findByRole('option', { name: '5' }));
    await user.type(table.getByRole('textbox', { name: 'Comment from Ann' }), 'Useful');
    expect(table.getByRole('combobox', { name: 'Rating from Bob' })).toHaveProperty('disabled', true);
    await user.click(screen.getByTestId('attendance-save'));
    await waitFor(() => expect(screen.queryByTestId('attendance-table')).toBeNull());

    expect((await session.db.trainingSessions.get(stored?.id as string))?.attendance).toEqual([
      { staffId: ann.id, present: true, rating: 5, comment: 'Useful' },
      { staffId: bob.id, present: false, rating: null, comment: '' },
    ]);
    await waitFor(() =>
      expect(within(screen.getByTestId('session-row')).getByTestId('session-present').textContent).toBe('1'),
    );
  });

  it.each([
    ['en', 'Cannot end before it starts', 'Start date', 'Start time', 'End date', 'End time', 'Save'],
    ['zh-CN', '结束日期不能早于开始日期', '开始日期', '开始时间', '结束日期', '结束时间', '保存'],
  ] as const)(
    'refuses an end before the start on the end field, saving nothing (%s)',
    async (language, message, ...labels) => {
      const [startDay, startTime, endDay, endTime, save] = labels;
      const { session } = await office();
      const user = await renderTab(session, language);
      await user.click(await screen.findByTestId('new-session'));
      await choose(user, language === 'en' ? /^Course/ : /^课程/, 'Excel basics');
      await retype(user, new RegExp(`^${startDay}`), day(10));
      await retype(user, new RegExp(`^${startTime}`), '14:00');
      await retype(user, new RegExp(`^${endDay}`), day(10));
      await retype(user, new RegExp(`^${endTime}`), '10:00');
      await user.click(form().getByRole('button', { name: save }));

      await waitFor(() => expect(messageOf(inputOf(new RegExp(`^${endDay}`)))).toBe(message));
      expect(inputOf(new RegExp(`^${endTime}`)).getAttribute('aria-invalid')).toBe('true');
      expect(messageOf(inputOf(new RegExp(`^${startDay}`)))).toBeNull();
      expect(screen.getByTestId('session-form')).toBeTruthy();
      expect(await session.db.trainingSessions.count()).toBe(0);

      // Put right, it saves.
      await retype(user, new RegExp(`^${endTime}`), '17:00');
      await user.click(form().getByRole('button', { name: save }));
      await waitFor(() => expect(screen.queryByTestId('session-form')).toBeNull());
      expect(await session.db.trainingSessions.count()).toBe(1);
    },
  );

  it('shows the session on its day in the month calendar, prints its sign-in sheet, deletes it with undo', async () => {
    const { session, excel, ann, bob } = await office();
    await session.repos.trainingSessions.create({
      courseId: excel.id,
      start: moment(day(12), '09:00'),
      end: moment(day(12), '11:00'),
      place: 'Room 1',
      link: 'https://meet.example.com/excel',
      trainer: 'Lee',
      invited: [bob.id, ann.id],
      attendance: [],
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = await renderTab(session);
    await screen.findByTestId('session-row');

    await user.click(screen.getByRole('radio', { name: 'Calendar' }));
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    const cell = await waitFor(() => {
      const found = screen.getByTestId('sessions-calendar').querySelector(`td[data-date="${day(12)}"]`);
      if (!found) throw new Error('no day cell');
      return found as HTMLElement;
    });
    const opener = within(cell).getByRole('button', { name: /Excel basics/ });
    await user.click(opener);
    expect(screen.getByText('Edit session')).toBeTruthy();
    expect(inputOf(/^Start date/).value).toBe(day(12));
    expect(inputOf(/^Start time/).value).toBe('09:00');
    await user.click(form().getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('session-form')).toBeNull());

    await user.click(screen.getByRole('radio', { name: 'List' }));
    await user.click(await screen.findByTestId('print-sign-in'));
    const sheet = await screen.findByTestId('sign-in-sheet');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(sheet.textContent).toContain('Excel basics');
    expect(sheet.textContent).toContain('Room 1');
    expect(sheet.textContent).toContain('Lee');
    const headers = within(sheet)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['No.', 'Name', 'Signature']);
    const rows = within(sheet).getAllByTestId('sign-in-row');
    expect(rows.map((r) => r.querySelectorAll('td')[1]?.textContent)).toEqual(['Bob', 'Ann']);
    expect(rows.every((r) => r.querySelectorAll('td')[2]?.textContent === '')).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByTestId('sign-in-sheet')).toBeNull());

    // Deleted from its form after a question, and back with Undo.
    await user.click(screen.getByRole('button', { name: /^Edit Excel basics/ }));
    await user.click(form().getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByTestId('confirm-delete'));
    await waitFor(() => expect(screen.queryByTestId('session-row')).toBeNull());
    expect((await session.db.trainingSessions.toArray()).map((s) => s.deleted)).toEqual([true]);
    await user.click(within(await screen.findByTestId('undo-delete')).getByRole('button', { name: 'Undo' }));
    await screen.findByTestId('session-row');
    expect((await session.db.trainingSessions.toArray()).map((s) => s.deleted)).toEqual([false]);
  });
});
