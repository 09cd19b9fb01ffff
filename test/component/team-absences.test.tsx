import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { DataSession } from '../../renderer/db/session';
import { saveAbsence } from '../../renderer/db/team-commands';
import { AbsencesTab } from '../../renderer/features/team/absences/AbsencesTab';
import { useTeam } from '../../renderer/features/team/use-team';
import type { StaffInput } from '../../shared/schema/staff';
import { freshSession } from '../unit/db/fixtures';
import { holdCalls, messageOf, renderScreen } from './support';

// The tab is rendered on its own over the live team hook (not through TeamPage), so these tests follow
// the absence calendar and form only. Dates are in next month: always ahead of today, so the absences are
// "upcoming" and listed, and one month's grid shows them all whatever day the tests run.

const next = dayjs().add(1, 'month').format('YYYY-MM');
const day = (n: number) => `${next}-${String(n).padStart(2, '0')}`;
const shown = (iso: string, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(dayjs(iso).toDate());

const person = (name: string): StaffInput => ({
  name,
  level: 'experienced',
  startDate: '2024-01-01',
  weeklyCapacityHours: 40,
  status: 'active',
});

function Tab() {
  const team = useTeam();
  return team ? <AbsencesTab team={team} /> : null;
}

async function office() {
  const session = await freshSession(() => new Date());
  const [ann, bob] = await session.repos.staff.bulkCreate([person('Ann'), person('Bob')]);
  if (!ann || !bob) throw new Error('no staff');
  return { session, ann, bob };
}

const renderTab = (session: DataSession, language: 'en' | 'zh-CN' = 'en') =>
  renderScreen(<Tab />, { session, language });

const form = () => within(screen.getByTestId('absence-form'));
const cell = (staffId: string, iso: string) => {
  const button = screen
    .getByTestId('absence-calendar')
    .querySelector<HTMLButtonElement>(`tr[data-staff="${staffId}"] button[data-date="${iso}"]`);
  if (!button) throw new Error(`no cell for ${iso}`);
  return button;
};
const listRows = () => [...screen.getByTestId('absence-list').querySelectorAll('tbody tr[data-absence]')];

/** Choose in a Select. Its open list is labelled by the field's label too, hence the input by tag. */
async function choose(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string) {
  const [input] = form()
    .getAllByLabelText(label)
    .filter((el) => el.tagName === 'INPUT');
  if (!input) throw new Error(`no ${label} input`);
  await user.click(input);
  await user.click(await screen.findByRole('option', { name: option }));
}

async function typeDate(user: ReturnType<typeof userEvent.setup>, label: RegExp, iso: string) {
  const input = form().getByLabelText(label);
  await user.clear(input);
  await user.type(input, iso);
}

describe('team absences', () => {
  // The longest walk here (two forms, two month grids, each date field's calendar): more than the
  // default 5 s when the machine is busy.
  it('adds an absence through the form and shows it in the calendar and the list', async () => {
    const { session, ann, bob } = await office();
    const user = await renderTab(session);
    await user.click(await screen.findByRole('button', { name: 'Add absence' }));
    await user.click(form().getByRole('button', { name: 'Save' }));
    const [personInput] = form()
      .getAllByLabelText(/^Person/)
      .filter((el) => el.tagName === 'INPUT');
    expect(messageOf(personInput as HTMLElement)).toBe('Choose one of the options');

    await choose(user, /^Person/, 'Bob');
    await choose(user, /^Kind/, 'Training');
    await typeDate(user, /^From/, day(3));
    await typeDate(user, /^To/, day(5));
    await user.type(form().getByLabelText('Note'), 'Excel course');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('absence-form')).toBeNull());
    expect(await session.db.absences.toArray()).toMatchObject([
      { staffId: bob.id, kind: 'training', from: day(3), to: day(5), note: 'Excel course' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Next month' }));
    await waitFor(() => expect(cell(bob.id, day(4)).dataset.kind).toBe('training'));
    expect([2, 3, 4, 5, 6].map((n) => cell(bob.id, day(n)).dataset.kind ?? '')).toEqual([
      '',
      'training',
      'training',
      'training',
      '',
    ]);
    expect(cell(ann.id, day(4)).dataset.kind).toBeUndefined();
    const [row] = listRows();
    expect(row?.textContent).toContain('Bob');
    expect(row?.textContent).toContain('Training');
    expect(row?.textContent).toContain(shown(day(3)));
    expect(row?.textContent).toContain('Excel course');

    // An empty cell opens the form for that person and day; an absence opens it for editing.
    await user.click(cell(ann.id, day(10)));
    expect((form().getByLabelText(/^From/) as HTMLInputElement).value).toBe(day(10));
    expect((form().getByLabelText(/^To/) as HTMLInputElement).value).toBe(day(10));
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(cell(ann.id, day(10)).dataset.kind).toBe('leave'));
    expect(listRows()).toHaveLength(2);

    await user.click(cell(bob.id, day(5)));
    expect(screen.getByText('Edit absence')).toBeTruthy();
    expect((form().getByLabelText(/^From/) as HTMLInputElement).value).toBe(day(3));
    await user.click(form().getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('absence-form')).toBeNull());
  }, 15_000);

  it('is one tab stop that the arrow keys move through', async () => {
    const { session, ann, bob } = await office();
    const user = await renderTab(session);
    await screen.findByTestId('absence-calendar');
    const tabStops = screen.getByTestId('absence-calendar').querySelectorAll('button[tabindex="0"]');
    expect(tabStops).toHaveLength(1);
    const month = screen.getByTestId('absence-calendar').getAttribute('data-month') as string;
    cell(ann.id, `${month}-01`).focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toBe(cell(bob.id, `${month}-02`));
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('data-row')).toBe('1');
    expect(screen.getByTestId('absence-calendar').querySelectorAll('button[tabindex="0"]')).toHaveLength(1);
  });

  it('deletes after asking, and Undo brings the absence back', async () => {
    const { session, ann } = await office();
    await saveAbsence(session, { staffId: ann.id, kind: 'sick', from: day(7), to: day(8) });
    const user = await renderTab(session);
    await waitFor(() => expect(listRows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Delete the absence of Ann' }));
    await user.click(await screen.findByTestId('confirm-delete'));
    await waitFor(() => expect(listRows()).toHaveLength(0));
    await user.click(within(await screen.findByTestId('undo-delete')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(listRows()).toHaveLength(1));
    expect((await session.db.absences.toArray()).map((a) => a.deleted)).toEqual([false]);
  });

  it('an end before the start shows the message on To and saves nothing', async () => {
    const { session, ann } = await office();
    const user = await renderTab(session);
    await user.click(await screen.findByRole('button', { name: 'Next month' }));
    await user.click(cell(ann.id, day(10)));
    await typeDate(user, /^To/, day(8));
    await user.click(form().getByRole('button', { name: 'Save' }));
    const to = form().getByLabelText(/^To/);
    expect(messageOf(to)).toBe('Cannot end before it starts');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(to);
    expect(await session.db.absences.count()).toBe(0);
  });

  it('an absence overlapping another of the same person names its dates on From and saves nothing', async () => {
    const { session, ann, bob } = await office();
    await saveAbsence(session, { staffId: ann.id, kind: 'leave', from: day(10), to: day(12) });
    const user = await renderTab(session);
    await user.click(await screen.findByRole('button', { name: 'Next month' }));
    await user.click(cell(ann.id, day(9)));
    await typeDate(user, /^To/, day(11));
    await user.click(form().getByRole('button', { name: 'Save' }));
    const message = `Overlaps another absence of this person (${shown(day(10))} – ${shown(day(12))})`;
    await waitFor(() => expect(messageOf(form().getByLabelText(/^From/))).toBe(message));
    expect(form().getByLabelText(/^From/).getAttribute('aria-invalid')).toBe('true');
    expect(await session.db.absences.count()).toBe(1);

    // The same days for someone else are fine.
    await choose(user, /^Person/, 'Bob');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('absence-form')).toBeNull());
    expect(await session.db.absences.where('staffId').equals(bob.id).count()).toBe(1);
  });

  it('says in Chinese what is wrong with the dates and the note, and saves nothing', async () => {
    const { session, ann } = await office();
    const user = await renderTab(session, 'zh-CN');
    await user.click(await screen.findByRole('button', { name: '下个月' }));
    await user.click(cell(ann.id, day(10)));
    const from = form().getByLabelText(/^开始日期/);
    const to = form().getByLabelText(/^结束日期/);
    await user.clear(from);
    await typeDate(user, /^结束日期/, '2206-12-08');
    await user.click(form().getByLabelText('备注'));
    await user.paste('备'.repeat(301));
    await user.click(form().getByRole('button', { name: '保存' }));
    expect(messageOf(from)).toBe('请输入日期');
    expect(messageOf(to)).toBe('请输入 2000 年至 2100 年之间的日期');
    expect(messageOf(form().getByLabelText('备注'))).toBe('最多 300 个字符');
    expect(document.activeElement).toBe(from);
    expect(await session.db.absences.count()).toBe(0);
  });

  it('an overlap is said in Chinese with the other absence’s dates; a second save while saving saves nothing more', async () => {
    const { session, ann, bob } = await office();
    await saveAbsence(session, { staffId: ann.id, kind: 'leave', from: day(10), to: day(12) });
    const user = await renderTab(session, 'zh-CN');
    await user.click(await screen.findByRole('button', { name: '下个月' }));
    await user.click(cell(ann.id, day(9)));
    await typeDate(user, /^结束日期/, day(11));
    await user.click(form().getByRole('button', { name: '保存' }));
    const message = `与此人的另一段缺勤重叠（${shown(day(10), 'zh-CN')} – ${shown(day(12), 'zh-CN')}）`;
    await waitFor(() => expect(messageOf(form().getByLabelText(/^开始日期/))).toBe(message));
    expect(await session.db.absences.count()).toBe(1);

    // The same days for Bob: the save is held while Ctrl+Enter is pressed again.
    await choose(user, /^人员/, 'Bob');
    const held = holdCalls(session.db, 'transaction');
    await user.click(form().getByRole('button', { name: '保存' }));
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(held.calls()).toBe(1);
    held.release();
    await waitFor(() => expect(screen.queryByTestId('absence-form')).toBeNull());
    expect(await session.db.absences.where('staffId').equals(bob.id).count()).toBe(1);
  });
});
