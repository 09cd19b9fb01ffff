import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveMeeting } from '../../../../renderer/db/meeting-commands';
import { ActionSlotCard } from '../../../../renderer/features/dashboard/ActionSlotCard';
import { ActionsTab } from '../../../../renderer/features/routines/meetings/ActionsTab';
import { addDays, localIsoDate } from '../../../../shared/rules/local-date';
import { freshSession, staffInput } from '../../../unit/db/fixtures';
import { renderScreen } from '../../support';

// The actions tab over a real (fake-indexeddb) session: everyone's open items with the overdue ones marked,
// one person's ("my actions"), an item marked done (dated today) and one cancelled, and the link back to
// the meeting each came from; the dashboard's card says the overdue count in red.

const today = localIsoDate(new Date());

async function office() {
  const session = await freshSession(() => new Date());
  const ann = await session.repos.staff.create(staffInput('Ann'));
  const bob = await session.repos.staff.create(staffInput('Bob'));
  const meeting = await saveMeeting(session, {
    meeting: {
      kind: 'team',
      title: 'Monday team meeting',
      date: addDays(today, -7),
      time: '09:30',
      attendees: [ann.id, bob.id],
      subjectId: null,
      agenda: '',
      notes: '',
      decisions: 'Prices go up in January',
      oneOnOne: null,
      scheduleId: null,
    },
    actions: [
      {
        id: null,
        title: 'Call the late customers',
        ownerId: ann.id,
        due: addDays(today, -2),
        status: 'open',
      },
      { id: null, title: 'Send the new price list', ownerId: ann.id, due: addDays(today, 5), status: 'open' },
      { id: null, title: 'Check the stock report', ownerId: bob.id, due: today, status: 'open' },
    ],
  });
  return { session, ann, bob, meeting };
}

const rowOf = (title: string) =>
  screen.getAllByTestId('action-item').find((r) => r.textContent?.includes(title)) as HTMLElement;

describe('action items', () => {
  it('says where an item not from a meeting came from: a PDCA cycle’s task', async () => {
    const { session, bob } = await office();
    await session.repos.actionItems.create({
      title: 'Train the team on the checklist',
      ownerId: bob.id,
      due: addDays(today, 3),
      source: 'pdca',
      sourceId: crypto.randomUUID(),
    });
    await renderScreen(<ActionsTab />, { session });
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(4));
    expect(rowOf('Train the team').textContent).toContain('A PDCA cycle’s task');
    expect(within(rowOf('Call the late customers')).getByTestId('action-meeting')).toBeTruthy();
  });

  it('lists everyone’s open items, the overdue one marked, and a person’s own', async () => {
    const { session } = await office();
    const user = await renderScreen(<ActionsTab />, { session });
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(3));
    expect(
      screen.getAllByTestId('action-item').map((r) => r.textContent?.includes('Call the late') ?? false),
    ).toEqual([true, false, false]);
    expect(rowOf('Call the late customers').dataset.overdue).toBe('true');
    expect(within(rowOf('Call the late customers')).getByTestId('action-overdue')).toBeTruthy();
    expect(rowOf('Send the new price list').dataset.overdue).toBeUndefined();
    expect(screen.getByTestId('actions-overdue').textContent).toBe('1 overdue');

    await user.click(screen.getByTestId('actions-whose'));
    await user.click(await screen.findByRole('option', { name: 'Bob' }));
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(1));
    expect(rowOf('Check the stock report').textContent).toContain('Today');
  });

  it('marks an item done (today) and cancels another, then shows them closed in the person’s list', async () => {
    const { session, ann } = await office();
    const user = await renderScreen(<ActionsTab />, { session });
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Mark Call the late customers done' }));
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Cancel Send the new price list' }));
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(1));
    const items = await session.db.actionItems.where('ownerId').equals(ann.id).toArray();
    expect(items.map((i) => [i.title, i.status, i.doneOn]).sort()).toEqual([
      ['Call the late customers', 'done', today],
      ['Send the new price list', 'cancelled', null],
    ]);
    await user.click(screen.getByTestId('actions-whose'));
    await user.click(await screen.findByRole('option', { name: 'Ann' }));
    await waitFor(() => expect(screen.getAllByTestId('action-reopen')).toHaveLength(2));
  });

  it('opens the meeting an item came from', async () => {
    const { session } = await office();
    const user = await renderScreen(<ActionsTab />, { session });
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(3));
    await user.click(within(rowOf('Check the stock report')).getByTestId('action-meeting'));
    const form = await screen.findByTestId('meeting-form');
    expect((within(form).getByTestId('meeting-title') as HTMLInputElement).value).toBe('Monday team meeting');
    expect(within(form).getAllByTestId('action-row')).toHaveLength(3);
  });

  it('shows nothing open when there is nothing to do', async () => {
    const session = await freshSession(() => new Date());
    await renderScreen(<ActionsTab />, { session });
    expect(await screen.findByTestId('actions-empty')).toBeTruthy();
  });
});

describe('the dashboard card', () => {
  it('says the next meeting and the overdue count in red, in both languages', async () => {
    const slot = {
      overdue: 2,
      dueToday: 1,
      nextMeeting: { title: 'Weekly', date: '2027-03-01', time: '09:30' },
      soon: [
        { id: 'a', title: 'Send the price list', owner: 'Li Na', due: '2027-02-26', late: true },
        { id: 'b', title: 'Call the carrier', owner: 'Wang Wei', due: '2027-03-02', late: false },
      ],
    };
    await renderScreen(<ActionSlotCard slot={slot} />);
    expect(screen.getByTestId('action-slot-next').textContent).toBe(
      'Next meeting: Weekly, Mar 1, 2027 09:30',
    );
    const overdue = screen.getByTestId('action-slot-overdue');
    expect(overdue.textContent).toBe('2 action items overdue');
    expect(overdue.getAttribute('href')).toBe('#/routines/actions');
    expect(overdue.getAttribute('style')).toContain('red');
    expect(screen.getByTestId('action-slot-today').textContent).toBe('1 due today');
    // The items themselves are named, the late one in red.
    const items = screen.getByTestId('action-slot-soon').querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'Send the price list · Li Na · due Feb 26, 2027',
      'Call the carrier · Wang Wei · due Mar 2, 2027',
    ]);
    expect(items[0]?.getAttribute('style')).toContain('red');
    expect(items[1]?.getAttribute('style') ?? '').not.toContain('red');
  });

  it('says when nothing is planned (zh-CN)', async () => {
    await renderScreen(<ActionSlotCard slot={{ overdue: 0, dueToday: 0, nextMeeting: null, soon: [] }} />, {
      language: 'zh-CN',
    });
    expect(screen.getByTestId('action-slot-next').textContent).toBe('暂无会议安排');
    expect(screen.getByTestId('action-slot-overdue').textContent).toBe('0 个行动项逾期');
    expect(screen.queryByTestId('action-slot-today')).toBeNull();
  });
});
