import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { saveRecognition } from '../../../../renderer/db/culture-commands';
import { CareTab } from '../../../../renderer/features/routines/care/CareTab';
import { CultureTab } from '../../../../renderer/features/routines/care/CultureTab';
import { EventsTab } from '../../../../renderer/features/routines/care/EventsTab';
import { RecognitionsSection } from '../../../../renderer/features/team/staff/RecognitionsSection';
import { freshSession, staffInput } from '../../../unit/db/fixtures';
import { messageOf, renderScreen } from '../../support';

// The care area's three tabs over a real (fake-indexeddb) office of two: team events, staff care
// (confidential) and culture; typed and clicked as a person does, in both languages.

type User = ReturnType<typeof userEvent.setup>;

async function office() {
  const session = await freshSession(() => new Date());
  const [ann, bob] = await session.repos.staff.bulkCreate([staffInput('Ann'), staffInput('Bob')]);
  if (!ann || !bob) throw new Error('no staff');
  return { session, ann, bob };
}

const inForm = (testId: string) => within(screen.getByTestId(testId));
const input = (testId: string, label: RegExp) => {
  const [found] = inForm(testId)
    .getAllByLabelText(label)
    .filter((el) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
  if (!found) throw new Error(`no ${label}`);
  return found;
};
async function choose(user: User, testId: string, label: RegExp, option: string) {
  await user.click(input(testId, label));
  await user.click(await screen.findByRole('option', { name: option }));
}
async function typeInto(user: User, testId: string, label: RegExp, text: string) {
  const field = input(testId, label);
  await user.clear(field);
  if (text) await user.type(field, text);
}

const today = dayjs().format('YYYY-MM-DD');
const later = (days: number) => dayjs(today).add(days, 'day').format('YYYY-MM-DD');

describe('team events', () => {
  it('refuses a last day before the first, then saves the event into the calendar and the list', async () => {
    const { session } = await office();
    const user = await renderScreen(<EventsTab />, { session });
    await user.click(await screen.findByTestId('new-event'));
    await typeInto(user, 'event-form', /^Title/, 'Year-end dinner');
    await typeInto(user, 'event-form', /^Date/, today);
    await typeInto(user, 'event-form', /^Last day/, later(-1));
    await typeInto(user, 'event-form', /^Time/, '18:30');
    await user.click(screen.getByTestId('event-save'));
    await waitFor(() =>
      expect(messageOf(input('event-form', /^Last day/))).toBe('Cannot end before it starts'),
    );
    expect(await session.db.teamEvents.count()).toBe(0);
    await typeInto(user, 'event-form', /^Last day/, '');
    await user.click(screen.getByTestId('event-save'));
    await waitFor(() => expect(screen.queryByTestId('event-form')).toBeNull());
    const [saved] = await session.db.teamEvents.toArray();
    expect(saved).toMatchObject({ title: 'Year-end dinner', date: today, endDate: null, time: '18:30' });
    const cell = screen.getByTestId('events-calendar').querySelector(`td[data-date="${today}"]`);
    expect(cell?.textContent).toContain('18:30 Year-end dinner');
    expect(within(screen.getByTestId('events-list')).getByText('Year-end dinner')).toBeTruthy();
  });

  it('deletes an event from the list once confirmed, with an undo that brings it back', async () => {
    const { session } = await office();
    await session.repos.teamEvents.create({ kind: 'team_dinner', title: 'Year-end dinner', date: today });
    const user = await renderScreen(<EventsTab />, { session });
    await user.click(await screen.findByRole('button', { name: /Delete.*Year-end dinner/ }));
    // Asked first, naming it: cancelling keeps it.
    const question = await screen.findByRole('dialog', { name: 'Delete “Year-end dinner”?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect((await session.db.teamEvents.toArray()).map((e) => e.deleted)).toEqual([false]);
    await user.click(screen.getByRole('button', { name: /Delete.*Year-end dinner/ }));
    await user.click(await screen.findByTestId('confirm-delete'));
    const notice = within(await screen.findByTestId('undo-delete'));
    expect(notice.getByText('Event “Year-end dinner” deleted')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('events-list')).toBeNull());
    await user.click(notice.getByRole('button', { name: 'Undo' }));
    expect(await within(await screen.findByTestId('events-list')).findByText('Year-end dinner')).toBeTruthy();
    expect((await session.db.teamEvents.toArray()).map((e) => e.deleted)).toEqual([false]);
  });

  it('says the kinds and the empty month in Chinese', async () => {
    const { session } = await office();
    await renderScreen(<EventsTab />, { session, language: 'zh-CN' });
    expect((await screen.findByTestId('events-empty')).textContent).toContain('本月没有活动');
    expect(screen.getByRole('button', { name: '新建活动' })).toBeTruthy();
  });
});

describe('staff care', () => {
  it('says it is confidential; a welfare item needs its amount, saved in minor units', async () => {
    const { session } = await office();
    const user = await renderScreen(<CareTab />, { session });
    expect((await screen.findByTestId('care-confidential')).textContent).toContain(
      'Include confidential areas',
    );
    await user.click(screen.getByTestId('new-care'));
    await choose(user, 'care-form', /^Person/, 'Ann');
    await choose(user, 'care-form', /^Kind/, 'Meal allowance');
    await user.click(screen.getByTestId('care-save'));
    await waitFor(() => expect(messageOf(input('care-form', /^Amount/))).toBe('Required'));
    expect(await session.db.careRecords.count()).toBe(0);
    await typeInto(user, 'care-form', /^Amount/, '300.50');
    await user.click(screen.getByTestId('care-save'));
    await waitFor(() => expect(screen.queryByTestId('care-form')).toBeNull());
    expect(await session.db.careRecords.toArray()).toMatchObject([
      { kind: 'meal_allowance', amount: 30_050 },
    ]);
    expect(within(await screen.findByTestId('care-list')).getByText(/300\.50/)).toBeTruthy();
  });

  it('keeps a remote-work arrangement with its period and shows it as in force today', async () => {
    const { session } = await office();
    const user = await renderScreen(<CareTab />, { session, language: 'zh-CN' });
    expect((await screen.findByTestId('care-confidential')).textContent).toContain('包含保密区域');
    await user.click(screen.getByTestId('new-care'));
    await choose(user, 'care-form', /^人员/, 'Bob');
    await choose(user, 'care-form', /^类型/, '远程办公');
    await typeInto(user, 'care-form', /^结束日期/, later(-3));
    await user.click(screen.getByTestId('care-save'));
    await waitFor(() => expect(messageOf(input('care-form', /^结束日期/))).toBeTruthy());
    await typeInto(user, 'care-form', /^结束日期/, later(30));
    await user.click(screen.getByTestId('care-save'));
    await waitFor(() => expect(screen.queryByTestId('care-form')).toBeNull());
    await waitFor(() =>
      expect(screen.getByTestId('care-arrangements').textContent).toContain('Bob · 远程办公'),
    );
  });
});

describe('culture', () => {
  it('adds the suggested values in Chinese once, and refuses a recognition given to oneself', async () => {
    const { session, ann } = await office();
    const user = await renderScreen(<CultureTab />, { session, language: 'zh-CN' });
    await user.click(await screen.findByTestId('add-suggested-values'));
    await waitFor(() => expect(screen.getAllByTestId('value-row')).toHaveLength(4));
    expect(screen.getAllByTestId('value-row').map((r) => r.dataset.value)).toEqual([
      '合作',
      '创新',
      '责任',
      '诚信',
    ]);
    await user.click(screen.getByTestId('add-suggested-values'));
    expect(await screen.findByText('建议的价值观都已存在')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '下移 合作' }));
    await waitFor(() => expect(screen.getAllByTestId('value-row')[0]?.dataset.value).toBe('创新'));

    await user.click(screen.getByTestId('new-recognition'));
    await choose(user, 'recognition-form', /^人员/, 'Ann');
    await choose(user, 'recognition-form', /^体现的价值观/, '诚信');
    await choose(user, 'recognition-form', /^表彰人/, 'Ann');
    await user.click(screen.getByTestId('recognition-save'));
    await waitFor(() => expect(messageOf(input('recognition-form', /^表彰人/))).toBeTruthy());
    expect(await session.db.recognitions.count()).toBe(0);
    await choose(user, 'recognition-form', /^表彰人/, '经理');
    await user.click(screen.getByTestId('recognition-save'));
    await waitFor(() => expect(screen.queryByTestId('recognition-form')).toBeNull());
    expect(await session.db.recognitions.toArray()).toMatchObject([{ staffId: ann.id, givenById: null }]);
    // The list follows the saved record through its live query, a moment after the dialog closes.
    await waitFor(() => expect(screen.getAllByTestId('recognition-row')).toHaveLength(1));
  });

  it("shows a person's recognitions on their page", async () => {
    const { session, ann, bob } = await office();
    const value = await session.repos.coreValues.create({ name: 'Cooperation' });
    await saveRecognition(session, {
      staffId: ann.id,
      valueId: value.id,
      date: '2026-11-20',
      givenById: bob.id,
      note: 'Covered the returns desk',
    });
    await renderScreen(<RecognitionsSection staffId={ann.id} />, { session });
    const item = await screen.findByTestId('person-recognition');
    expect(item.textContent).toContain('Cooperation · given by Bob');
    expect(item.textContent).toContain('Covered the returns desk');
  });
});
