import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../../renderer/app/session-context';
import { theme } from '../../renderer/app/theme';
import type { DataSession } from '../../renderer/db/session';
import { saveAbsence } from '../../renderer/db/team-commands';
import { AbsencesTab } from '../../renderer/features/team/absences/AbsencesTab';
import { useTeam } from '../../renderer/features/team/use-team';
import type { StaffInput } from '../../shared/schema/staff';
import { freshSession } from '../unit/db/fixtures';

// The tab is rendered on its own over the live team hook (not through TeamPage), so these tests follow
// the absence calendar and form only. Dates are in next month: always ahead of today, so the absences are
// "upcoming" and listed, and one month's grid shows them all whatever day the tests run.

const next = dayjs().add(1, 'month').format('YYYY-MM');
const day = (n: number) => `${next}-${String(n).padStart(2, '0')}`;
const shown = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(dayjs(iso).toDate());

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

function renderTab(session: DataSession) {
  render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <SessionProvider session={session}>
        <Tab />
      </SessionProvider>
    </MantineProvider>,
  );
  return userEvent.setup();
}

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
  it('adds an absence through the form and shows it in the calendar and the list', async () => {
    const { session, ann, bob } = await office();
    const user = renderTab(session);
    await user.click(await screen.findByRole('button', { name: 'Add absence' }));
    await user.click(form().getByRole('button', { name: 'Save' }));
    expect(await form().findByText('Choose a person.')).toBeTruthy();

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
  });

  it('is one tab stop that the arrow keys move through', async () => {
    const { session, ann, bob } = await office();
    const user = renderTab(session);
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
    const user = renderTab(session);
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
    const user = renderTab(session);
    await user.click(await screen.findByRole('button', { name: 'Next month' }));
    await user.click(cell(ann.id, day(10)));
    await typeDate(user, /^To/, day(8));
    await user.click(form().getByRole('button', { name: 'Save' }));
    const to = form().getByLabelText(/^To/);
    expect(await form().findByText('The end cannot be before the start.')).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(await session.db.absences.count()).toBe(0);
  });

  it('an absence overlapping another of the same person names its dates on From and saves nothing', async () => {
    const { session, ann, bob } = await office();
    await saveAbsence(session, { staffId: ann.id, kind: 'leave', from: day(10), to: day(12) });
    const user = renderTab(session);
    await user.click(await screen.findByRole('button', { name: 'Next month' }));
    await user.click(cell(ann.id, day(9)));
    await typeDate(user, /^To/, day(11));
    await user.click(form().getByRole('button', { name: 'Save' }));
    const message = `Overlaps another absence of this person (${shown(day(10))} – ${shown(day(12))}).`;
    expect(await form().findByText(message)).toBeTruthy();
    expect(form().getByLabelText(/^From/).getAttribute('aria-invalid')).toBe('true');
    expect(await session.db.absences.count()).toBe(1);

    // The same days for someone else are fine.
    await choose(user, /^Person/, 'Bob');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('absence-form')).toBeNull());
    expect(await session.db.absences.where('staffId').equals(bob.id).count()).toBe(1);
  });
});
