import { z } from 'zod';
import { Refusal } from '../../shared/refusal';
import { localIsoDate } from '../../shared/rules/local-date';
import { idSchema, isoDate } from '../../shared/schema/envelope';
import {
  type ActionItem,
  type ActionStatus,
  actionItemFields,
  cadences,
  type Meeting,
  type MeetingSchedule,
  type MeetingScheduleInput,
  meetingFields,
  timeOfDay,
} from '../../shared/schema/meeting';
import { validate } from '../../shared/validation';
import type { Editing } from './repository';
import type { DataSession } from './session';

// What a manager does with meetings: save a meeting with the action items it produced (one transaction:
// the meeting and every item, or nothing), remove it, close an action item, and set up recurring
// schedules (one per person for monthly one-on-ones). Each is refused whole with a coded Refusal naming
// the field, as the form shows it ('meeting.title', 'actions.2.ownerId').

/** An action item as the meeting form edits it: `id` null for one added in the form. */
export const actionDraftFields = actionItemFields
  .pick({ title: true, ownerId: true, due: true, status: true })
  .extend({ id: idSchema.nullable().default(null) });
export type ActionDraft = z.input<typeof actionDraftFields>;

/** A meeting with its action items, as one save. */
export const meetingSaveFields = z.object({
  meeting: meetingFields,
  actions: z.array(actionDraftFields).max(100).default([]),
});
export type MeetingSaveInput = z.input<typeof meetingSaveFields>;

const today = (session: DataSession) => localIsoDate(session.now());

/** A live person, or a refusal on `field`. */
async function liveStaff(session: DataSession, ids: readonly string[], field: (i: number) => string) {
  const people = await session.db.staff.bulkGet([...ids]);
  people.forEach((person, i) => {
    if (!person || person.deleted) throw new Refusal('record.gone', field(i), {}, 'meetings');
  });
}

/**
 * Save a meeting (new, or an edit from the version shown) with its action items: items kept are updated,
 * new ones created (owned by the meeting), ones taken out of the form removed. An item marked done gets
 * today as its day done, unless it already had one.
 */
export async function saveMeeting(
  session: DataSession,
  input: MeetingSaveInput,
  editing?: Editing,
): Promise<Meeting> {
  const { db, repos } = session;
  const { meeting, actions } = validate('meetings', meetingSaveFields, input);
  // The one-on-one's person is at it: among the attendees even when the form left them out.
  const attendees =
    meeting.subjectId && !meeting.attendees.includes(meeting.subjectId)
      ? [meeting.subjectId, ...meeting.attendees]
      : meeting.attendees;
  const data = {
    ...meeting,
    attendees,
    oneOnOne: meeting.kind === 'one_on_one' ? meeting.oneOnOne : null,
    subjectId: meeting.kind === 'one_on_one' ? meeting.subjectId : null,
  };
  const day = today(session);
  return db.transaction('rw', [db.meetings, db.actionItems, db.staff, db.meetingSchedules], async () => {
    await liveStaff(
      session,
      actions.map((a) => a.ownerId),
      (i) => `actions.${i}.ownerId`,
    );
    if (data.subjectId) await liveStaff(session, [data.subjectId], () => 'meeting.subjectId');
    if (data.scheduleId) {
      const schedule = await db.meetingSchedules.get(data.scheduleId);
      if (!schedule || schedule.deleted)
        throw new Refusal('record.gone', 'meeting.scheduleId', {}, 'meetings');
    }
    let saved: Meeting;
    if (editing) saved = await repos.meetings.update(editing.id, data, { fromRev: editing.rev });
    else {
      saved = repos.meetings.stampNew(data);
      await repos.meetings.bulkInsertStamped([saved]);
    }
    const existing = editing ? await meetingItems(session, saved.id) : [];
    const byId = new Map(existing.map((item) => [item.id, item]));
    const kept = new Set<string>();
    const created: ActionItem[] = [];
    const changes: { existing: ActionItem; patch: Partial<ActionItem>; deleted: boolean }[] = [];
    actions.forEach((draft, i) => {
      const before = draft.id ? byId.get(draft.id) : undefined;
      if (draft.id && !before) throw new Refusal('record.gone', `actions.${i}`, {}, 'actionItems');
      const doneOn = draft.status === 'done' ? (before?.doneOn ?? day) : null;
      const fields = {
        title: draft.title,
        ownerId: draft.ownerId,
        due: draft.due,
        status: draft.status,
        doneOn,
      };
      if (!before) {
        created.push(repos.actionItems.stampNew({ ...fields, source: 'meeting', sourceId: saved.id }));
        return;
      }
      kept.add(before.id);
      const same = (Object.keys(fields) as (keyof typeof fields)[]).every((k) => before[k] === fields[k]);
      if (!same) changes.push({ existing: before, patch: fields, deleted: false });
    });
    for (const item of existing)
      if (!kept.has(item.id)) changes.push({ existing: item, patch: {}, deleted: true });
    await repos.actionItems.bulkInsertStamped(created);
    await repos.actionItems.putChanges(repos.actionItems.stampChanges(changes));
    return saved;
  });
}

/** The live action items a meeting produced. */
async function meetingItems(session: DataSession, meetingId: string): Promise<ActionItem[]> {
  return (await session.db.actionItems.where('sourceId').equals(meetingId).toArray()).filter(
    (a) => !a.deleted && a.source === 'meeting',
  );
}

/** Remove a meeting and the action items it produced, in one step; returns the items removed (for undo). */
export async function removeMeeting(session: DataSession, meetingId: string): Promise<string[]> {
  const { db, repos } = session;
  return db.transaction('rw', [db.meetings, db.actionItems], async () => {
    const items = await meetingItems(session, meetingId);
    await repos.meetings.remove(meetingId);
    await repos.actionItems.bulkRemove(items);
    return items.map((i) => i.id);
  });
}

/** Bring back a removed meeting and the action items removed with it. */
export async function restoreMeeting(session: DataSession, meetingId: string, itemIds: readonly string[]) {
  const { db, repos } = session;
  await db.transaction('rw', [db.meetings, db.actionItems], async () => {
    await repos.meetings.restore(meetingId);
    const items = (await db.actionItems.bulkGet([...itemIds])).filter((i): i is ActionItem => !!i?.deleted);
    await repos.actionItems.putChanges(
      repos.actionItems.stampChanges(items.map((existing) => ({ existing, deleted: false }))),
    );
  });
}

/** Mark an action item done (today), cancelled, or open again. */
export async function setActionStatus(
  session: DataSession,
  itemId: string,
  status: ActionStatus,
): Promise<ActionItem> {
  const item = await session.db.actionItems.get(itemId);
  if (!item || item.deleted) throw new Refusal('record.gone', 'id', {}, 'actionItems');
  const doneOn = status === 'done' ? today(session) : null;
  return session.repos.actionItems.update(itemId, { status, doneOn }, { fromRev: item.rev });
}

/** Save a schedule (new, or an edit from the version shown); an end before its first date is refused. */
export async function saveSchedule(
  session: DataSession,
  input: MeetingScheduleInput,
  editing?: Editing,
): Promise<MeetingSchedule> {
  const subjectId = input.kind === 'one_on_one' ? (input.subjectId ?? null) : null;
  const attendees = input.attendees ?? [];
  const data = {
    ...input,
    subjectId,
    attendees: subjectId && !attendees.includes(subjectId) ? [subjectId, ...attendees] : attendees,
  };
  return session.repos.meetingSchedules.save(data, editing);
}

export async function removeSchedule(session: DataSession, scheduleId: string): Promise<void> {
  await session.repos.meetingSchedules.remove(scheduleId);
}

export async function restoreSchedule(session: DataSession, scheduleId: string): Promise<void> {
  await session.repos.meetingSchedules.restore(scheduleId);
}

/** When the one-on-ones of everyone fall: a cadence, the first date, a time and an optional end. */
export const oneOnOnePlanFields = z
  .object({
    cadence: z.enum(cadences),
    firstDate: isoDate,
    time: timeOfDay,
    until: isoDate.nullable().default(null),
  })
  .refine((p) => p.until === null || p.until >= p.firstDate, {
    path: ['until'],
    message: 'must not be before the start',
    params: { code: 'date.endBeforeStart' },
  });
export type OneOnOnePlanInput = z.input<typeof oneOnOnePlanFields>;

export interface OneOnOnePlan extends OneOnOnePlanInput {
  /** The title of a person's schedule (e.g. "One-on-one: Ann"). */
  titleOf: (name: string) => string;
}

/**
 * A one-on-one schedule for each active person who has no active one-on-one schedule yet, in one step.
 * Returns the schedules made (none when everyone has one).
 */
export async function addOneOnOneSchedules(
  session: DataSession,
  plan: OneOnOnePlan,
): Promise<MeetingSchedule[]> {
  const { db, repos } = session;
  const when = validate('meetingSchedules', oneOnOnePlanFields, plan);
  return db.transaction('rw', [db.staff, db.meetingSchedules], async () => {
    const schedules = (await db.meetingSchedules.toArray()).filter(
      (s) => !s.deleted && s.active && s.kind === 'one_on_one',
    );
    const covered = new Set(schedules.map((s) => s.subjectId));
    const people = (await db.staff.toArray()).filter((p) => !p.deleted && p.status === 'active');
    const made = people
      .filter((person) => !covered.has(person.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) =>
        repos.meetingSchedules.stampNew({
          kind: 'one_on_one',
          title: plan.titleOf(person.name).slice(0, 120),
          ...when,
          attendees: [person.id],
          subjectId: person.id,
          active: true,
        }),
      );
    await repos.meetingSchedules.bulkInsertStamped(made);
    return made;
  });
}
