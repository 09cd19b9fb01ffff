import { screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { DataSession } from '../../renderer/db/session';
import { setCell } from '../../renderer/db/team-commands';
import { DutiesTab } from '../../renderer/features/team/duties/DutiesTab';
import { buildMatrixExport } from '../../renderer/features/team/print/export-matrix';
import { MatrixExportButtons } from '../../renderer/features/team/print/MatrixExportButtons';
import { type TeamData, useTeam } from '../../renderer/features/team/use-team';
import type { StaffInput } from '../../shared/schema/staff';
import { freshSession } from '../unit/db/fixtures';
import { holdCalls, messageOf, renderScreen } from './support';

// The Duties tab and the header's print/export buttons over the live team, as the Team page shows them
// (rendered without the page, so the other tabs do not take part).

let latestTeam: TeamData | undefined;

function TeamDuties() {
  const team = useTeam();
  latestTeam = team;
  if (!team) return null;
  return (
    <>
      <MatrixExportButtons team={team} />
      <DutiesTab team={team} />
    </>
  );
}

const renderTab = (session: DataSession, language: 'en' | 'zh-CN' = 'en') =>
  renderScreen(<TeamDuties />, { session, language });

const person = (name: string, over: Partial<StaffInput> = {}): StaffInput => ({
  name,
  level: 'experienced',
  startDate: '2024-01-01',
  weeklyCapacityHours: 40,
  status: 'active',
  ...over,
});

/** Ann holds filing with Bob as backup; order processing is Ann's alone; archiving is nobody's. */
async function office() {
  const session = await freshSession(() => new Date());
  const [ann, bob] = await session.repos.staff.bulkCreate([person('Ann'), person('Bob')]);
  if (!ann || !bob) throw new Error('no staff');
  const filing = await session.repos.duties.create({
    name: 'Filing',
    complexity: 'simple',
    hoursPerWeek: 4,
    primaryId: ann.id,
    backupIds: [bob.id],
  });
  const orders = await session.repos.duties.create({
    name: 'Order processing',
    complexity: 'standard',
    hoursPerWeek: 20,
    primaryId: ann.id,
    routesOrders: true,
  });
  const archive = await session.repos.duties.create({
    name: 'Archive',
    complexity: 'simple',
    hoursPerWeek: 2,
  });
  return { session, ann, bob, filing, orders, archive };
}

const form = () => within(screen.getByTestId('duty-form'));
const rowNames = () =>
  [...screen.getByTestId('duties-table').querySelectorAll('tbody tr[data-duty]')].map((row) =>
    row.getAttribute('data-duty'),
  );

describe('team duties', () => {
  it('seeds the eight standard duties from the empty state, unowned, order processing routing orders', async () => {
    const session = await freshSession();
    const user = await renderTab(session);
    await user.click(await screen.findByRole('button', { name: 'Add the standard duties' }));
    await waitFor(() => expect(rowNames()).toHaveLength(8));
    expect(await screen.findByText(/Added 8 standard duties/)).toBeTruthy();
    const duties = await session.db.duties.toArray();
    expect(duties).toHaveLength(8);
    expect(duties.every((d) => d.primaryId === null && d.backupIds.length === 0)).toBe(true);
    expect(duties.filter((d) => d.routesOrders).map((d) => d.name)).toEqual(['Order processing']);
    expect(screen.queryByRole('button', { name: 'Add the standard duties' })).toBeNull();
    const row = screen.getByTestId('duties-table').querySelector('tr[data-duty="Order processing"]');
    expect(within(row as HTMLElement).getByText('Routes orders')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('All orders')).toBeTruthy();
  });

  // Typing key by key through Mantine's inputs takes seconds when the machine is busy: a longer timeout.
  it('refuses 90 hours a week on the field and saves nothing, then saves once fixed', async () => {
    const session = await freshSession();
    const user = await renderTab(session);
    await user.click(await screen.findByRole('button', { name: 'New duty' }));
    await user.type(form().getByLabelText(/^Name/), 'Samples');
    const hours = form().getByLabelText('Hours per week');
    await user.clear(hours);
    await user.type(hours, '90');
    const level = form().getByLabelText('Required level');
    await user.clear(level);
    await user.type(level, '5');
    await user.click(form().getByRole('button', { name: 'Save' }));
    expect(messageOf(hours)).toBe('Must be 80 or less');
    expect(messageOf(level)).toBe('Must be 4 or less');
    expect((hours as HTMLInputElement).value).toBe('90'); // shown as typed, not clamped
    expect(document.activeElement).toBe(hours);
    expect(await session.db.duties.count()).toBe(0);

    await user.clear(hours);
    await user.type(hours, '6.5');
    await user.clear(level);
    await user.type(level, '2');
    await user.type(form().getByLabelText('Required skill', { selector: 'input' }), 'Excel');
    await user.click(form().getByRole('switch', { name: /Assign submitted orders by this duty/ }));
    const held = holdCalls(session.db, 'transaction');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(held.calls()).toBe(1); // a second save while the first is on its way does nothing
    held.release();
    await waitFor(() => expect(screen.queryByTestId('duty-form')).toBeNull());
    expect(await session.db.duties.toArray()).toMatchObject([
      {
        name: 'Samples',
        hoursPerWeek: 6.5,
        requiredSkill: 'Excel',
        requiredLevel: 2,
        routesOrders: true,
      },
    ]);
  }, 20_000);

  it('says in Chinese what is wrong with each field, and does not save over a matrix edit made meanwhile', async () => {
    const { session, filing } = await office();
    const user = await renderTab(session, 'zh-CN');
    await user.click(await screen.findByRole('button', { name: '新建职责' }));
    const name = form().getByLabelText(/^名称/);
    const hours = form().getByLabelText('每周工时');
    const level = form().getByLabelText('所需等级');
    const regions = form().getByPlaceholderText('输入地区后按回车');
    await user.clear(hours);
    await user.type(hours, '80.5');
    await user.clear(level);
    await user.type(level, '5');
    await user.type(regions, `${'华'.repeat(41)}{Enter}`);
    await user.click(form().getByRole('button', { name: '保存' }));
    expect(messageOf(name)).toBe('必填');
    expect(messageOf(hours)).toBe('不能超过 80');
    expect(messageOf(level)).toBe('不能超过 4');
    expect(messageOf(regions)).toBe('最多 40 个字符');
    expect(document.activeElement).toBe(name);
    expect(await session.db.duties.count()).toBe(3);
    await user.keyboard('{Escape}');
    await user.click(await screen.findByTestId('discard-changes'));

    // Filing is open in the form when the matrix (another window) makes Bob its primary; saving the form
    // would undo that, so it is refused, and nothing changes.
    await user.click(await screen.findByText('Filing'));
    await screen.findByTestId('duty-form');
    const bob = (latestTeam?.staff ?? []).find((s) => s.name === 'Bob');
    if (!bob) throw new Error('no Bob');
    await setCell(session, filing.id, bob.id, 'primary');
    await user.type(form().getByLabelText(/^名称/), ' 2');
    await user.click(form().getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(form().getByTestId('form-error').textContent).toBe(
        '该记录已在本机或其他电脑上被修改：请关闭后重新打开以查看新版本',
      ),
    );
    expect(await session.db.duties.get(filing.id)).toMatchObject({ name: 'Filing', primaryId: bob.id });
  }, 20_000);

  it('asks where the work of a held duty goes and moves its hours; removes an unheld one after a confirm', async () => {
    const { session, filing, orders, archive } = await office();
    const user = await renderTab(session);
    await user.click(await screen.findByText('Filing'));
    await user.click(form().getByTestId('form-delete'));

    const modal = within(await screen.findByTestId('remove-duty'));
    expect(modal.getByText('It is still held: Ann (primary), Bob (backup).')).toBeTruthy();
    expect(modal.getByText('Where do its 4 hours a week of work go?')).toBeTruthy();
    const remove = modal.getByTestId('confirm-remove-duty') as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    await user.click(modal.getByLabelText('Move its hours to', { selector: 'input' }));
    expect(await screen.findByRole('option', { name: 'Nobody — the work stops' })).toBeTruthy();
    await user.click(screen.getByRole('option', { name: 'Order processing (20 h/week)' }));
    expect(
      modal.getByText('“Order processing” then takes 24 hours a week, carried by whoever holds it.'),
    ).toBeTruthy();
    await user.click(remove);

    expect(
      await screen.findByText('Duty “Filing” removed; its hours went to “Order processing”'),
    ).toBeTruthy();
    await waitFor(() => expect(rowNames()).toEqual(['Archive', 'Order processing']));
    expect(await session.db.duties.get(filing.id)).toMatchObject({
      deleted: true,
      primaryId: null,
      backupIds: [],
    });
    expect((await session.db.duties.get(orders.id))?.hoursPerWeek).toBe(24);

    // Nobody holds the archive: a plain confirm, and the hours go nowhere.
    await user.click(screen.getByText('Archive'));
    await user.click(form().getByTestId('form-delete'));
    const plain = within(await screen.findByTestId('remove-duty'));
    expect(plain.getByText(/Nobody holds it/)).toBeTruthy();
    expect(plain.queryByLabelText('Move its hours to')).toBeNull();
    await user.click(plain.getByTestId('confirm-remove-duty'));
    await waitFor(() => expect(rowNames()).toEqual(['Order processing']));
    expect((await session.db.duties.get(archive.id))?.deleted).toBe(true);
    expect((await session.db.duties.get(orders.id))?.hoursPerWeek).toBe(24);
  });

  it('prints the matrix with P/B cells, today’s owner and the checks, and exports both sheets', async () => {
    const { session } = await office();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = await renderTab(session);
    await user.click(await screen.findByTestId('print-matrix'));
    const sheet = await screen.findByTestId('matrix-print');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(sheet.closest('.sd-print-root')?.parentElement).toBe(document.body);
    const cells = (duty: string) =>
      [...(sheet.querySelector(`tr[data-duty="${duty}"]`)?.querySelectorAll('td') ?? [])].map(
        (td) => td.textContent,
      );
    // Duty, hours, Ann, Bob, today.
    expect(cells('Filing')).toEqual(['Filing', '4', 'P', 'B', 'Ann']);
    expect(cells('Archive')).toEqual(['Archive', '2', '', '', 'Nobody']);
    // Archive: no primary, no backup; order processing: no backup.
    expect(within(sheet).getByTestId('matrix-print-summary').textContent).toMatch(/Problems: 3$/);
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByTestId('matrix-print')).toBeNull());
    print.mockRestore();

    const team = latestTeam;
    if (!team) throw new Error('no team');
    const built = await buildMatrixExport(team, 'en', undefined, new Date(2026, 10, 28));
    expect(built.suggestedName).toBe('duty-matrix-2026-11-28.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(built.bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matrix', 'Checks']);
    const matrix = workbook.getWorksheet('Matrix');
    expect(matrix?.getRow(1).values).toEqual([undefined, 'Duty', 'Complexity', 'Hours/week', 'Ann', 'Bob']);
    expect(matrix?.getRow(3).values).toEqual([undefined, 'Filing', 'Simple', 4, 'P', 'B']);
    const checks = workbook.getWorksheet('Checks');
    expect(checks?.getRow(2).values).toEqual([
      undefined,
      'Archive',
      undefined,
      'No primary: nobody is responsible for it.',
    ]);
  });
});
