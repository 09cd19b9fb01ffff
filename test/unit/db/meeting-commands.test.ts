import { describe, expect, it } from 'vitest';
import { loadActionSlot } from '../../../renderer/db/action-slot';
import {
  type ActionDraft,
  addOneOnOneSchedules,
  type MeetingSaveInput,
  removeMeeting,
  restoreMeeting,
  saveMeeting,
  saveSchedule,
  setActionStatus,
} from '../../../renderer/db/meeting-commands';
import {
  loadMeetingActions,
  loadMeetings,
  loadOneOnOneContext,
  loadOpenActions,
  loadPersonActions,
  loadSchedules,
} from '../../../renderer/db/meeting-queries';
import { freshSession, staffInput } from './fixtures';

// The meeting commands on a real (fake-indexeddb) database: a one-on-one saved with its action items in
// one step, what is refused (an item without an owner, a schedule ending before it starts) leaving nothing
// behind, closing items, schedules and what they owe, and the dashboard's slot.

const TODAY = '2026-11-28';

async function office() {
  const session = await freshSession(() => new Date(2026, 10, 28, 9, 0));
  const ann = await session.repos.staff.create(staffInput('Ann'));
  const bob = await session.repos.staff.create(staffInput('Bob'));
  const gone = await session.repos.staff.create(staffInput('Gus', { status: 'left' }));
  return { session, ann, bob, gone };
}

const refused = (code: string, field?: string) =>
  expect.objectContaining({ name: 'Refusal', code, ...(field !== undefined ? { field } : {}) });

const action = (ownerId: string | null, overrides: Partial<ActionDraft> = {}): ActionDraft => ({
  id: null,
  title: 'Send the price list',
  ownerId: ownerId as string,
  due: '2026-12-05',
  status: 'open',
  ...overrides,
});

const oneOnOne = (subjectId: string, actions: ActionDraft[]): MeetingSaveInput => ({
  meeting: {
    kind: 'one_on_one',
    title: 'One-on-one',
    date: TODAY,
    time: '10:00',
    attendees: [],
    subjectId,
    agenda: '',
    notes: 'Going well',
    decisions: '',
    oneOnOne: { wellbeing: 'Fine', goals: 'On track', obstacles: '', development: 'Excel course' },
    scheduleId: null,
  },
  actions,
});

describe('saving a meeting', () => {
  it('saves the meeting and its action items together, the person among the attendees', async () => {
    const { session, ann, bob } = await office();
    const meeting = await saveMeeting(
      session,
      oneOnOne(ann.id, [action(ann.id), action(bob.id, { title: 'Book the room', due: '2026-11-20' })]),
    );
    expect(meeting.attendees).toEqual([ann.id]);
    expect(meeting.oneOnOne?.development).toBe('Excel course');
    const items = await loadMeetingActions(session.db, meeting.id);
    expect(items.map((i) => [i.title, i.ownerId, i.source, i.sourceId])).toEqual([
      ['Book the room', bob.id, 'meeting', meeting.id],
      ['Send the price list', ann.id, 'meeting', meeting.id],
    ]);
    expect((await loadMeetings(session.db)).map((m) => m.id)).toEqual([meeting.id]);
  });

  it('refuses an action item without an owner and saves nothing, neither the meeting nor the other items', async () => {
    const { session, ann } = await office();
    await expect(saveMeeting(session, oneOnOne(ann.id, [action(ann.id), action(null)]))).rejects.toEqual(
      refused('field.required', 'actions.1.ownerId'),
    );
    expect(await session.db.meetings.count()).toBe(0);
    expect(await session.db.actionItems.count()).toBe(0);
  });

  it('refuses an owner who is gone, and a one-on-one with nobody, naming the field', async () => {
    const { session, ann } = await office();
    await expect(saveMeeting(session, oneOnOne(ann.id, [action(crypto.randomUUID())]))).rejects.toEqual(
      refused('record.gone', 'actions.0.ownerId'),
    );
    const nobody = oneOnOne(ann.id, []);
    nobody.meeting.subjectId = null;
    await expect(saveMeeting(session, nobody)).rejects.toEqual(
      refused('field.required', 'meeting.subjectId'),
    );
    expect(await session.db.meetings.count()).toBe(0);
  });

  it('on an edit updates kept items, adds new ones, removes dropped ones, and dates a done item today', async () => {
    const { session, ann, bob } = await office();
    const first = await saveMeeting(
      session,
      oneOnOne(ann.id, [action(ann.id), action(bob.id, { title: 'Drop me' })]),
    );
    const [keep, drop] = await loadMeetingActions(session.db, first.id).then((items) =>
      [...items].sort((a, b) => a.title.localeCompare(b.title)).reverse(),
    );
    const edit = oneOnOne(ann.id, [
      action(ann.id, { id: keep?.id, status: 'done' }),
      action(bob.id, { title: 'New one' }),
    ]);
    edit.meeting.notes = 'Changed';
    const saved = await saveMeeting(session, edit, { id: first.id, rev: first.rev });
    expect(saved.notes).toBe('Changed');
    const items = await loadMeetingActions(session.db, first.id);
    expect(items.map((i) => [i.title, i.status, i.doneOn]).sort()).toEqual([
      ['New one', 'open', null],
      ['Send the price list', 'done', TODAY],
    ]);
    expect((await session.db.actionItems.get(drop?.id as string))?.deleted).toBe(true);
    // Saving again from the old version is refused: it was changed meanwhile.
    await expect(saveMeeting(session, edit, { id: first.id, rev: first.rev })).rejects.toEqual(
      refused('record.changed'),
    );
  });

  it('removes a meeting with its action items', async () => {
    const { session, ann } = await office();
    const meeting = await saveMeeting(session, oneOnOne(ann.id, [action(ann.id)]));
    const removed = await removeMeeting(session, meeting.id);
    expect(await loadMeetings(session.db)).toEqual([]);
    expect(await loadOpenActions(session.db)).toEqual([]);
    // Undone: the meeting and its items are back.
    await restoreMeeting(session, meeting.id, removed);
    expect((await loadMeetings(session.db)).map((m) => m.id)).toEqual([meeting.id]);
    expect((await loadOpenActions(session.db)).map((r) => r.meeting?.id)).toEqual([meeting.id]);
  });
});

describe('action items', () => {
  it('lists a person’s open items first, closes them (done today, or cancelled) and links the meeting', async () => {
    const { session, ann, bob } = await office();
    const meeting = await saveMeeting(
      session,
      oneOnOne(ann.id, [
        action(ann.id, { due: '2026-12-10' }),
        action(ann.id, { title: 'Early', due: '2026-11-01' }),
        action(bob.id),
      ]),
    );
    const mine = await loadPersonActions(session.db, ann.id);
    expect(mine.map((r) => r.item.title)).toEqual(['Early', 'Send the price list']);
    expect(mine[0]?.meeting).toEqual({ id: meeting.id, title: 'One-on-one', date: TODAY });
    const done = await setActionStatus(session, mine[0]?.item.id as string, 'done');
    expect(done).toMatchObject({ status: 'done', doneOn: TODAY });
    await setActionStatus(session, mine[1]?.item.id as string, 'cancelled');
    expect((await loadOpenActions(session.db)).map((r) => r.item.ownerId)).toEqual([bob.id]);
    expect((await loadPersonActions(session.db, ann.id)).map((r) => r.item.status)).toEqual([
      'cancelled',
      'done',
    ]);
  });
});

describe('schedules', () => {
  const weekly = (attendees: string[]) => ({
    kind: 'team' as const,
    title: 'Weekly team meeting',
    cadence: 'weekly' as const,
    firstDate: '2026-11-02',
    time: '09:30',
    until: null,
    attendees,
    subjectId: null,
    active: true,
  });

  it('refuses an end before the first date and saves nothing', async () => {
    const { session, ann } = await office();
    await expect(saveSchedule(session, { ...weekly([ann.id]), until: '2026-10-01' })).rejects.toEqual(
      refused('date.endBeforeStart', 'until'),
    );
    await expect(
      addOneOnOneSchedules(session, {
        cadence: 'monthly',
        firstDate: '2026-12-01',
        time: null,
        until: '2026-11-01',
        titleOf: (name) => `1:1 ${name}`,
      }),
    ).rejects.toEqual(refused('date.endBeforeStart', 'until'));
    expect(await session.db.meetingSchedules.count()).toBe(0);
  });

  it('makes one monthly one-on-one per active person, once', async () => {
    const { session, ann, bob } = await office();
    const plan = {
      cadence: 'monthly' as const,
      firstDate: '2026-12-01',
      time: '15:00',
      until: null,
      titleOf: (name: string) => `One-on-one: ${name}`,
    };
    const made = await addOneOnOneSchedules(session, plan);
    expect(made.map((s) => [s.title, s.subjectId, s.attendees])).toEqual([
      ['One-on-one: Ann', ann.id, [ann.id]],
      ['One-on-one: Bob', bob.id, [bob.id]],
    ]);
    expect(await addOneOnOneSchedules(session, plan)).toEqual([]);
  });

  it('owes the occurrences with no meeting held, and shows the next meeting on the dashboard', async () => {
    const { session, ann } = await office();
    const schedule = await saveSchedule(session, weekly([ann.id]));
    const held = oneOnOne(ann.id, []);
    held.meeting = {
      ...held.meeting,
      kind: 'team',
      subjectId: null,
      oneOnOne: null,
      date: '2026-11-09',
      scheduleId: schedule.id,
    };
    await saveMeeting(session, held);
    const [row] = await loadSchedules(session.db, TODAY);
    expect(row?.owed).toEqual({
      missed: ['2026-11-02', '2026-11-16', '2026-11-23'],
      missedCount: 3,
      next: '2026-11-30',
    });
    expect((await loadActionSlot(session.db, TODAY)).nextMeeting).toEqual({
      title: 'Weekly team meeting',
      date: '2026-11-30',
      time: '09:30',
    });
    // A meeting planned before it comes first.
    const planned = oneOnOne(ann.id, []);
    planned.meeting.date = '2026-11-29';
    planned.meeting.title = 'Catch-up';
    await saveMeeting(session, planned);
    expect((await loadActionSlot(session.db, TODAY)).nextMeeting).toEqual({
      title: 'Catch-up',
      date: '2026-11-29',
      time: '10:00',
    });
  });
});

describe('the dashboard slot', () => {
  it('counts open items overdue and due today, not closed or removed ones', async () => {
    const { session, ann } = await office();
    expect(await loadActionSlot(session.db, TODAY)).toEqual({
      overdue: 0,
      dueToday: 0,
      nextMeeting: null,
      soon: [],
    });
    const meeting = await saveMeeting(
      session,
      oneOnOne(ann.id, [
        action(ann.id, { due: '2026-11-20' }),
        action(ann.id, { due: '2026-11-21' }),
        action(ann.id, { due: '2026-11-22', status: 'done' }),
        action(ann.id, { due: TODAY }),
        action(ann.id, { due: '2026-12-01' }),
      ]),
    );
    const slot = await loadActionSlot(session.db, TODAY);
    expect(slot).toMatchObject({ overdue: 2, dueToday: 1 });
    // The first three open ones are named, earliest due first, with their owner; the done one is not.
    expect(slot.soon.map((a) => [a.due, a.owner, a.late])).toEqual([
      ['2026-11-20', 'Ann', true],
      ['2026-11-21', 'Ann', true],
      [TODAY, 'Ann', false],
    ]);
    await removeMeeting(session, meeting.id);
    expect(await loadActionSlot(session.db, TODAY)).toMatchObject({ overdue: 0, dueToday: 0, soon: [] });
  });
});

describe('a one-on-one’s context', () => {
  it('shows the person’s open training with overdue marked, and no review yet', async () => {
    const { session, ann } = await office();
    const course = await session.repos.courses.create({
      title: 'Excel basics',
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
      due: '2026-11-01',
      status: 'planned',
    });
    await session.repos.trainingItems.create({
      staffId: ann.id,
      courseId: course.id,
      due: '2026-10-01',
      status: 'completed',
      completedOn: '2026-10-01',
    });
    const context = await loadOneOnOneContext(session.db, ann.id, TODAY);
    expect(context.training.map((t) => [t.course, t.overdue])).toEqual([['Excel basics', true]]);
    expect(context.goals).toEqual([]);
    expect(context.lastReview).toBeNull();
  });
});
