import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../../renderer/app/session-context';
import { theme } from '../../renderer/app/theme';
import type { DataSession } from '../../renderer/db/session';
import { MatrixTab } from '../../renderer/features/team/matrix/MatrixTab';
import { StaffTab } from '../../renderer/features/team/staff/StaffTab';
import { type TeamData, useTeam } from '../../renderer/features/team/use-team';
import type { StaffInput } from '../../shared/schema/staff';
import { freshSession } from '../unit/db/fixtures';

// The matrix and the team members tab over a real session (fake-indexeddb): keyboard editing of the
// grid with its checks following, and the member form's field messages and handover on removal.

const person = (name: string, overrides: Partial<StaffInput> = {}): StaffInput => ({
  name,
  level: 'experienced',
  startDate: '2024-01-01',
  weeklyCapacityHours: 40,
  status: 'active',
  ...overrides,
});

async function office() {
  const session = await freshSession(() => new Date());
  const [ann, bob] = await session.repos.staff.bulkCreate([person('Ann'), person('Bob')]);
  if (!ann || !bob) throw new Error('no staff');
  const duty = await session.repos.duties.create({
    name: 'Invoicing',
    complexity: 'standard',
    hoursPerWeek: 10,
    primaryId: ann.id,
  });
  return { session, ann, bob, duty };
}

function Tab({ tab }: { tab: (team: TeamData) => ReactNode }) {
  const team = useTeam();
  return team ? tab(team) : null;
}

function renderWith(session: DataSession, tab: (team: TeamData) => ReactNode) {
  render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <SessionProvider session={session}>
        <Tab tab={tab} />
      </SessionProvider>
    </MantineProvider>,
  );
  return userEvent.setup();
}

const cell = (person: string, role: string) =>
  screen.getByRole('button', { name: `Invoicing · ${person}: ${role}` });
const checks = () => within(screen.getByTestId('coverage-checks'));

describe('duty matrix tab', () => {
  it('edits cells from the keyboard and the checks follow at once', async () => {
    const { session, duty, bob } = await office();
    const user = renderWith(session, (team) => <MatrixTab team={team} />);
    await screen.findByTestId('duty-matrix');
    expect(checks().getByText('Invoicing has no backup: a single point of failure.')).toBeTruthy();

    // Focus is on the first cell (Ann, primary); → moves to Bob; B makes him the backup.
    cell('Ann', 'primary').focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell('Bob', 'none'));
    await user.keyboard('b');
    await waitFor(() => expect(cell('Bob', 'backup')).toBeTruthy());
    expect(checks().queryByText(/has no backup/)).toBeNull();
    await waitFor(async () => expect((await session.db.duties.get(duty.id))?.backupIds).toEqual([bob.id]));

    // P makes Bob the primary (he leaves the backups); Delete clears him.
    await user.keyboard('p');
    await waitFor(() => expect(cell('Bob', 'primary')).toBeTruthy());
    expect(cell('Ann', 'none')).toBeTruthy();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(cell('Bob', 'none')).toBeTruthy());
    expect(checks().getByText('Invoicing has no primary owner.')).toBeTruthy();
    await waitFor(async () => expect((await session.db.duties.get(duty.id))?.primaryId).toBeNull());
  });
});

describe('team members tab', () => {
  it('refuses a capacity of 0 and a skill level of 5 with field messages, saving nothing', async () => {
    const { session, ann } = await office();
    const user = renderWith(session, (team) => <StaffTab team={team} />);
    await user.click(await screen.findByText('Ann'));
    const form = within(await screen.findByTestId('staff-form'));
    const capacity = form.getByLabelText('Hours / week');
    await user.clear(capacity);
    await user.type(capacity, '0');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findByText('Must be more than 0')).toBeTruthy();
    expect((await session.db.staff.get(ann.id))?.weeklyCapacityHours).toBe(40);

    const skills = within(screen.getByTestId('skills'));
    await user.type(skills.getAllByLabelText('Skill')[0] as HTMLElement, 'Excel');
    const level = skills.getByLabelText('Level (0–4)');
    await user.clear(level);
    await user.type(level, '5');
    await user.click(skills.getByRole('button', { name: 'Set skill' }));
    expect(await skills.findByText('A level is a whole number from 0 to 4')).toBeTruthy();
    expect((await session.db.staff.get(ann.id))?.skills).toEqual([]);
    expect(await session.db.skillChanges.count()).toBe(0);
  });

  it('asks who takes over the duties of a person removed, and hands them over', async () => {
    const { session, ann, bob, duty } = await office();
    const user = renderWith(session, (team) => <StaffTab team={team} />);
    await user.click(await screen.findByText('Ann'));
    await user.click(await screen.findByRole('button', { name: 'Remove from the team' }));
    const dialog = within(await screen.findByTestId('remove-staff'));
    expect(dialog.getByText('Invoicing (primary)')).toBeTruthy();
    await user.click(dialog.getAllByLabelText('Hand the work over to')[0] as HTMLElement);
    await user.click(await screen.findByRole('option', { name: 'Bob' }));
    await user.click(dialog.getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect((await session.db.staff.get(ann.id))?.deleted).toBe(true));
    expect((await session.db.duties.get(duty.id))?.primaryId).toBe(bob.id);
  });
});
