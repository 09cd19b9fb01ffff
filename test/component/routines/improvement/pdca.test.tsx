import { notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { savePdca } from '../../../../renderer/db/pdca-commands';
import { PdcaTab } from '../../../../renderer/features/routines/improvement/PdcaTab';
import { metricKey } from '../../../../shared/rules/rollups';
import { freshSession, staffInput } from '../../../unit/db/fixtures';
import { messageOf, renderScreen, whileHeld } from '../../support';

// The opened cycle's view can be held back, as a busy machine's live query comes after a person's click.
const viewRead = vi.hoisted(() => ({ held: null as Promise<void> | null }));
vi.mock('../../../../renderer/db/pdca-queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../renderer/db/pdca-queries')>();
  return {
    ...real,
    loadPdcaView: async (...args: Parameters<typeof real.loadPdcaView>) => {
      await viewRead.held;
      return real.loadPdcaView(...args);
    },
  };
});

// A PDCA cycle on the tab: listed per process with its phase, opened below the list; a task added with
// its owner and marked done; moved on a phase at a time (refused with the reason while its phase has not
// done its part); the Check showing the error rate before → after from the rollups, the change and the
// target reached; "no data" where a period holds nothing.

async function office() {
  const session = await freshSession(() => new Date());
  await session.repos.staff.create(staffInput('Ann'));
  await session.db.stats.bulkPut([
    { key: metricKey('received', '2025-09-10', '-'), count: 100, amount: 0 },
    { key: metricKey('returned', '2025-09-10', '-'), count: 8, amount: 0 },
    { key: metricKey('received', '2025-10-20', '-'), count: 100, amount: 0 },
    { key: metricKey('returned', '2025-10-20', '-'), count: 2, amount: 0 },
  ]);
  const cycle = await savePdca(session, {
    title: 'Fewer order errors',
    process: 'order_processing',
    problem: 'Wrong goods on mixed orders',
    metric: 'errorRate',
    target: 3,
    beforeFrom: '2025-09-01',
    beforeTo: '2025-09-30',
  });
  await savePdca(session, {
    title: 'Faster replies',
    process: 'customer_service',
    metric: 'confirmHours',
    beforeFrom: '2025-08-01',
    beforeTo: '2025-08-31',
  });
  return { session, cycle };
}

describe('the PDCA tab', () => {
  it('runs a cycle through Do and Check, showing the metric before and after', async () => {
    const { session, cycle } = await office();
    const user = await renderScreen(<PdcaTab />, { session });
    expect(await screen.findAllByTestId('pdca-row')).toHaveLength(2);
    await user.click(screen.getByTestId('pdca-process-filter'));
    await user.click(await screen.findByRole('option', { name: 'Order processing' }));
    await waitFor(() => expect(screen.getAllByTestId('pdca-row')).toHaveLength(1));

    await user.click(screen.getByTestId('pdca-open'));
    expect((await screen.findByTestId('pdca-phase')).textContent).toBe('Plan');
    expect(screen.getByTestId('pdca-before').textContent).toBe('8%');
    expect(screen.getByTestId('pdca-after').textContent).toBe('no data');
    expect(screen.getByTestId('pdca-change').textContent).toBe('no data');

    await user.click(screen.getByTestId('pdca-advance'));
    await waitFor(() => expect(screen.getByTestId('pdca-phase').textContent).toBe('Do'));
    await user.click(screen.getByTestId('pdca-advance'));
    expect(await screen.findByText('Record at least one task done before checking the result')).toBeTruthy();

    // A task needs its owner.
    await user.type(screen.getByTestId('pdca-task-title'), 'Second check of mixed orders');
    await user.click(screen.getByTestId('pdca-task-add'));
    await waitFor(() => expect(messageOf(screen.getByTestId('pdca-task-owner'))).toBeTruthy());
    expect(await session.db.actionItems.count()).toBe(0);
    await user.click(screen.getByTestId('pdca-task-owner'));
    await user.click(await screen.findByRole('option', { name: 'Ann' }));
    await user.click(screen.getByTestId('pdca-task-add'));
    const row = await screen.findByTestId('pdca-task-row');
    const items = await session.db.actionItems.toArray();
    expect(items).toMatchObject([
      { source: 'pdca', sourceId: cycle.id, title: 'Second check of mixed orders' },
    ]);
    await user.click(within(row).getByTestId('pdca-task-status'));
    await user.click(await screen.findByRole('option', { name: 'Done' }));
    await waitFor(() => expect(screen.getByTestId('pdca-task-row').dataset.status).toBe('done'));
    await user.click(screen.getByTestId('pdca-advance'));
    await waitFor(() => expect(screen.getByTestId('pdca-phase').textContent).toBe('Check'));

    await user.type(screen.getByTestId('pdca-after-from'), '2025-10-15');
    await user.type(screen.getByTestId('pdca-after-to'), '2025-11-14');
    await user.click(screen.getByTestId('pdca-check-save'));
    await waitFor(() => expect(screen.getByTestId('pdca-after').textContent).toBe('2%'));
    expect(screen.getByTestId('pdca-before').textContent).toBe('8%');
    expect(screen.getByTestId('pdca-change').textContent).toBe('−6% (-75%)');
    expect(screen.getByTestId('pdca-target-met').textContent).toBe('Target reached');
    await user.click(screen.getByTestId('pdca-advance'));
    await waitFor(() => expect(screen.getByTestId('pdca-phase').textContent).toBe('Act'));
    // The notifications so far (five at most show at once) make room for the refusal.
    act(() => notifications.clean());
    await user.click(screen.getByTestId('pdca-advance'));
    expect(
      await screen.findByText(
        'Link the SOP version or the duty that standardised the change, or say why in a note',
      ),
    ).toBeTruthy();
  });

  it('closes the cycle right after its Act is saved, before the view has shown the saved version', async () => {
    const { session, cycle } = await office();
    await session.repos.pdcaCycles.update(cycle.id, { phase: 'act' });
    const user = await renderScreen(<PdcaTab />, { session });
    await user.click((await screen.findAllByTestId('pdca-open'))[0] as HTMLElement);
    expect((await screen.findByTestId('pdca-phase')).textContent).toBe('Act');
    await user.type(screen.getByTestId('pdca-act-note'), 'Not standardised: the season ended');
    await whileHeld(viewRead, async () => {
      await user.click(screen.getByTestId('pdca-act-save'));
      expect(await screen.findByText('Act saved')).toBeTruthy();
      await user.click(screen.getByTestId('pdca-advance'));
      await waitFor(async () => expect((await session.db.pdcaCycles.get(cycle.id))?.phase).toBe('closed'));
      expect(screen.queryByText(/Changed meanwhile/)).toBeNull();
    });
    expect((await session.db.pdcaCycles.get(cycle.id))?.actNote).toBe('Not standardised: the season ended');
  });

  it('refuses a plan that measures nothing, on its field, in Chinese', async () => {
    const session = await freshSession(() => new Date());
    const user = await renderScreen(<PdcaTab />, { session, language: 'zh-CN' });
    expect(await screen.findByTestId('pdca-empty')).toBeTruthy();
    await user.click(screen.getByTestId('new-pdca'));
    await user.type(screen.getByTestId('pdca-title'), '减少订单差错');
    await user.click(screen.getByTestId('pdca-save'));
    expect(await screen.findByText('请选择该循环要改进的指标或目标')).toBeTruthy();
    expect(await session.db.pdcaCycles.count()).toBe(0);
  });
});
