import { screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { DataSession } from '../../renderer/db/session';
import { MatrixTab } from '../../renderer/features/team/matrix/MatrixTab';
import { StaffTab } from '../../renderer/features/team/staff/StaffTab';
import { type TeamData, useTeam } from '../../renderer/features/team/use-team';
import { freshSession, staffInput } from '../unit/db/fixtures';
import { holdCalls, messageOf, renderScreen } from './support';

// The matrix and the team members tab over a real session (fake-indexeddb): keyboard editing of the
// grid with its checks following, and the member form's field messages and handover on removal.

const person = staffInput;

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

const renderWith = (
  session: DataSession,
  tab: (team: TeamData) => ReactNode,
  language: 'en' | 'zh-CN' = 'en',
) => renderScreen(<Tab tab={tab} />, { session, language });

const cell = (person: string, role: string) =>
  screen.getByRole('button', { name: `Invoicing · ${person}: ${role}` });
const checks = () => within(screen.getByTestId('coverage-checks'));

describe('duty matrix tab', () => {
  it('edits cells from the keyboard and the checks follow at once', async () => {
    const { session, duty, bob } = await office();
    const user = await renderWith(session, (team) => <MatrixTab team={team} />);
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

    // P makes Bob the primary (he leaves the backups, Ann takes his place); Delete clears him.
    await user.keyboard('p');
    await waitFor(() => expect(cell('Bob', 'primary')).toBeTruthy());
    expect(cell('Ann', 'backup')).toBeTruthy();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(cell('Bob', 'none')).toBeTruthy());
    expect(checks().getByText('Invoicing has no primary owner.')).toBeTruthy();
    await waitFor(async () => expect((await session.db.duties.get(duty.id))?.primaryId).toBeNull());
  });
});

const notice = () => within(screen.getAllByTestId('undo-delete').at(-1) as HTMLElement);
const holders = async (session: DataSession, id: string) => {
  const duty = await session.db.duties.get(id);
  return { primaryId: duty?.primaryId, backupIds: duty?.backupIds };
};

describe('duty matrix edits and undo', () => {
  it('a click on an empty cell makes that person primary and the old primary a backup, and says so', async () => {
    const { session, ann, bob, duty } = await office();
    const user = await renderWith(session, (team) => <MatrixTab team={team} />);
    await user.click(await screen.findByRole('button', { name: 'Invoicing · Bob: none' }));
    await waitFor(() => expect(cell('Bob', 'primary')).toBeTruthy());
    expect(cell('Ann', 'backup')).toBeTruthy();
    expect(
      await screen.findByText('Bob is now the primary of Invoicing. Ann is now a backup of Invoicing.'),
    ).toBeTruthy();
    // Invoicing has a backup now: the single point of failure is gone from the checks.
    expect(checks().queryByText(/has no backup/)).toBeNull();
    await waitFor(async () =>
      expect(await holders(session, duty.id)).toEqual({ primaryId: bob.id, backupIds: [ann.id] }),
    );
  });

  it('Ctrl+Z undoes the edits newest first, back to the duty exactly as it was', async () => {
    const { session, ann, duty } = await office();
    const before = await session.db.duties.get(duty.id);
    const user = await renderWith(session, (team) => <MatrixTab team={team} />);
    await user.click(await screen.findByRole('button', { name: 'Invoicing · Bob: none' }));
    await waitFor(() => expect(cell('Ann', 'backup')).toBeTruthy());
    // A second edit of the same duty from the keyboard: Ann leaves it.
    cell('Ann', 'backup').focus();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(cell('Ann', 'none')).toBeTruthy());
    await waitFor(async () => expect((await holders(session, duty.id)).backupIds).toEqual([]));
    // Only the latest edit's notice is shown; the earlier one is still undone by Ctrl+Z.
    await screen.findByText('Ann no longer holds Invoicing.');
    await waitFor(() => expect(screen.getAllByTestId('undo-delete')).toHaveLength(1));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(cell('Ann', 'backup')).toBeTruthy());
    expect(cell('Bob', 'primary')).toBeTruthy();
    await screen.findByText('Undone: Invoicing is back as it was.');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(cell('Ann', 'primary')).toBeTruthy());
    expect(cell('Bob', 'none')).toBeTruthy();
    await waitFor(async () =>
      expect(await holders(session, duty.id)).toEqual({ primaryId: ann.id, backupIds: [] }),
    );
    expect(await holders(session, duty.id)).toEqual({
      primaryId: before?.primaryId,
      backupIds: before?.backupIds,
    });
  });

  it('Undo in the notification takes back an applied suggestion', async () => {
    const { session, ann, duty } = await office();
    const user = await renderWith(session, (team) => <MatrixTab team={team} />);
    await user.click(await screen.findByRole('button', { name: 'Suggest' }));
    await screen.findByTestId('suggestion');
    await user.click(screen.getByRole('button', { name: 'Apply changes' }));
    await waitFor(() => expect(cell('Bob', 'backup')).toBeTruthy());
    expect(notice().getByText('1 duty updated')).toBeTruthy();
    await user.click(notice().getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cell('Bob', 'none')).toBeTruthy());
    await waitFor(async () =>
      expect(await holders(session, duty.id)).toEqual({ primaryId: ann.id, backupIds: [] }),
    );
  });

  it('an undo over a change made meanwhile elsewhere is refused with a message, and changes nothing', async () => {
    const { session, bob, duty } = await office();
    const user = await renderWith(session, (team) => <MatrixTab team={team} />);
    await user.click(await screen.findByRole('button', { name: 'Invoicing · Bob: none' }));
    await waitFor(async () => expect((await holders(session, duty.id)).primaryId).toBe(bob.id));
    // Meanwhile, in another window, Ann is taken off Invoicing.
    const meanwhile = await session.repos.duties.update(duty.id, { backupIds: [] });
    await waitFor(() => expect(cell('Ann', 'none')).toBeTruthy());
    await user.keyboard('{Control>}z{/Control}');
    expect(
      await screen.findByText(
        'Could not undo the change to Invoicing: it was changed since, on this or another machine.',
      ),
    ).toBeTruthy();
    expect(cell('Bob', 'primary')).toBeTruthy();
    expect(await session.db.duties.get(duty.id)).toEqual(meanwhile);
  });

  it('says the demotion and the undo in Chinese', async () => {
    const { session } = await office();
    const user = await renderWith(session, (team) => <MatrixTab team={team} />, 'zh-CN');
    await user.click(await screen.findByRole('button', { name: 'Invoicing · Bob: 无' }));
    expect(await screen.findByText('Bob现在是Invoicing的主责，Ann现在是Invoicing的备岗。')).toBeTruthy();
    await user.click(notice().getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已撤销：Invoicing已恢复原样。')).toBeTruthy();
  });
});

describe('team members tab', () => {
  it('refuses a capacity of 0 and a skill level of 5 with field messages, saving nothing', async () => {
    const { session, ann } = await office();
    const user = await renderWith(session, (team) => <StaffTab team={team} />);
    await user.click(await screen.findByText('Ann'));
    const form = within(await screen.findByTestId('staff-form'));
    const capacity = form.getByLabelText('Hours / week');
    await user.clear(capacity);
    await user.type(capacity, '0');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(messageOf(capacity)).toBe('Must be more than 0');
    expect(document.activeElement).toBe(capacity);
    expect((await session.db.staff.get(ann.id))?.weeklyCapacityHours).toBe(40);

    const skills = within(screen.getByTestId('skills'));
    await user.type(skills.getAllByLabelText('Skill')[0] as HTMLElement, 'Excel');
    const level = skills.getByLabelText('Level (0–4)');
    await user.clear(level);
    await user.type(level, '5');
    await user.click(skills.getByRole('button', { name: 'Set skill' }));
    expect(messageOf(level)).toBe('Must be 4 or less');
    expect((await session.db.staff.get(ann.id))?.skills).toEqual([]);
    expect(await session.db.skillChanges.count()).toBe(0);
  });

  it('asks who takes over the duties of a person removed, and hands them over', async () => {
    const { session, ann, bob, duty } = await office();
    const user = await renderWith(session, (team) => <StaffTab team={team} />);
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

  it('says in Chinese what is wrong with a new member, and saves the corrected one once', async () => {
    const { session } = await office();
    const user = await renderWith(session, (team) => <StaffTab team={team} />, 'zh-CN');
    await user.click(await screen.findByRole('button', { name: '添加成员' }));
    const form = within(await screen.findByTestId('staff-form'));
    const name = form.getByLabelText(/^姓名/);
    const email = form.getByLabelText('邮箱');
    const start = form.getByLabelText('入职日期');
    const capacity = form.getByLabelText('每周工时');
    await user.click(name);
    await user.paste('张'.repeat(81));
    await user.type(email, 'zhang@');
    await user.clear(start);
    await user.type(start, '1999-12-31');
    await user.clear(capacity);
    await user.type(capacity, '81');
    await user.click(form.getByRole('button', { name: '保存' }));
    expect(messageOf(name)).toBe('最多 80 个字符');
    expect(messageOf(email)).toBe('请输入电子邮箱，例如 name@example.com');
    expect(messageOf(start)).toBe('请输入 2000 年至 2100 年之间的日期');
    expect(messageOf(capacity)).toBe('不能超过 80');
    expect(await session.db.staff.count()).toBe(2);

    await user.clear(name);
    await user.type(name, '张敏');
    await user.clear(email);
    await user.clear(start);
    await user.type(start, '2026-03-02');
    await user.clear(capacity);
    await user.type(capacity, '32');
    const held = holdCalls(session.db, 'transaction');
    await user.click(form.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(held.calls()).toBe(1);
    held.release();
    await waitFor(() => expect(screen.queryByTestId('staff-form')).toBeNull());
    expect(await session.db.staff.where('name').equals('张敏').count()).toBe(1);
  });

  it('a person removed in another window cannot be saved or given a skill: the form says so', async () => {
    const { session, bob } = await office();
    const user = await renderWith(session, (team) => <StaffTab team={team} />);
    await user.click(await screen.findByText('Bob'));
    const form = within(await screen.findByTestId('staff-form'));
    await session.repos.staff.remove(bob.id);

    const skills = within(screen.getByTestId('skills'));
    await user.type(skills.getAllByLabelText('Skill')[0] as HTMLElement, 'Excel');
    await user.click(skills.getByRole('button', { name: 'Set skill' }));
    expect((await skills.findByTestId('skill-error')).textContent).toBe('It was removed meanwhile');

    await user.type(form.getByLabelText(/^Role/), 'Clerk');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect((await form.findByTestId('form-error')).textContent).toBe('It was removed meanwhile');
    expect(await session.db.staff.get(bob.id)).toMatchObject({ role: '', deleted: true, skills: [] });
  });

  it('a skill set below the form does not block saving it; a change made elsewhere meanwhile does', async () => {
    const { session, bob } = await office();
    const user = await renderWith(session, (team) => <StaffTab team={team} />);
    await user.click(await screen.findByText('Bob'));
    const form = within(await screen.findByTestId('staff-form'));
    const skills = within(screen.getByTestId('skills'));
    await user.type(skills.getAllByLabelText('Skill')[0] as HTMLElement, 'Excel');
    await user.click(skills.getByRole('button', { name: 'Set skill' }));
    await skills.findByText(/Excel/);
    await user.type(form.getByLabelText(/^Role/), 'Clerk');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('staff-form')).toBeNull());
    expect(await session.db.staff.get(bob.id)).toMatchObject({ role: 'Clerk', skills: [{ skill: 'Excel' }] });

    await user.click(await screen.findByText('Bob'));
    const again = within(await screen.findByTestId('staff-form'));
    // Meanwhile, in another window, Bob's phone number is changed.
    await session.repos.staff.update(bob.id, { phone: '010-1234' });
    await user.type(again.getByLabelText(/^Role/), ' lead');
    await user.click(again.getByRole('button', { name: 'Save' }));
    await again.findByTestId('form-error');
    expect(await session.db.staff.get(bob.id)).toMatchObject({ role: 'Clerk', phone: '010-1234' });
  });
});
