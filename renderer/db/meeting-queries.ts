import Dexie from 'dexie';
import { goalProgress } from '../../shared/rules/goals';
import { type OwedOccurrences, owedOccurrences } from '../../shared/rules/routines/schedule';
import { OPEN_STATUSES } from '../../shared/rules/training/types';
import type { Goal } from '../../shared/schema/goal';
import type { ActionItem, Meeting, MeetingSchedule } from '../../shared/schema/meeting';
import type { TrainingItem } from '../../shared/schema/training';
import type { SalesDeskDb } from './database';
import { goalActual } from './goal-queries';
import { type HistoryEntry, loadReviewHistory } from './review-queries';

// What the meetings and actions tabs read. Meetings and schedules are a few hundred records at most, so
// they are read whole; action items are read by index (open ones by [status+due], a person's by owner, a
// meeting's by source), so the lists stay quick however many are done.

const byDateDesc = (a: Meeting, b: Meeting) =>
  b.date.localeCompare(a.date) ||
  (b.time ?? '').localeCompare(a.time ?? '') ||
  b.createdAt.localeCompare(a.createdAt);

/** Every live meeting, the latest (upcoming ones first) first. */
export async function loadMeetings(db: SalesDeskDb): Promise<Meeting[]> {
  return (await db.meetings.toArray()).filter((m) => !m.deleted).sort(byDateDesc);
}

const byDue = (a: ActionItem, b: ActionItem) =>
  a.due.localeCompare(b.due) || a.createdAt.localeCompare(b.createdAt);

/** The live action items a meeting produced, by due date. */
export async function loadMeetingActions(db: SalesDeskDb, meetingId: string): Promise<ActionItem[]> {
  return (await db.actionItems.where('sourceId').equals(meetingId).toArray())
    .filter((a) => !a.deleted && a.source === 'meeting')
    .sort(byDue);
}

export interface ScheduleRow {
  schedule: MeetingSchedule;
  owed: OwedOccurrences;
}

/** The days of the meetings held on a schedule. */
async function heldDays(db: SalesDeskDb, scheduleId: string): Promise<Set<string>> {
  const meetings = await db.meetings.where('scheduleId').equals(scheduleId).toArray();
  return new Set(meetings.filter((m) => !m.deleted).map((m) => m.date));
}

/** Live schedules by title, each with the occurrences it has missed and the next one it owes. */
export async function loadSchedules(db: SalesDeskDb, today: string): Promise<ScheduleRow[]> {
  const schedules = (await db.meetingSchedules.toArray())
    .filter((s) => !s.deleted)
    .sort((a, b) => Number(b.active) - Number(a.active) || a.title.localeCompare(b.title));
  return Promise.all(
    schedules.map(async (schedule) => ({
      schedule,
      owed: owedOccurrences(schedule, await heldDays(db, schedule.id), today),
    })),
  );
}

export interface ActionRow {
  item: ActionItem;
  /** The meeting it came from, when it came from one that is still there. */
  meeting: Pick<Meeting, 'id' | 'title' | 'date'> | null;
}

async function withMeetings(db: SalesDeskDb, items: ActionItem[]): Promise<ActionRow[]> {
  const ids = [
    ...new Set(items.filter((i) => i.source === 'meeting' && i.sourceId).map((i) => i.sourceId as string)),
  ];
  const meetings = await db.meetings.bulkGet(ids);
  const byId = new Map<string, Meeting>();
  for (const m of meetings) if (m && !m.deleted) byId.set(m.id, m);
  return items.map((item) => {
    const meeting = item.source === 'meeting' && item.sourceId ? byId.get(item.sourceId) : undefined;
    return { item, meeting: meeting ? { id: meeting.id, title: meeting.title, date: meeting.date } : null };
  });
}

/** Every open action item, the earliest due first, with the meeting it came from. */
export async function loadOpenActions(db: SalesDeskDb): Promise<ActionRow[]> {
  const items = await db.actionItems
    .where('[status+due]')
    .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
    .filter((a) => !a.deleted)
    .toArray();
  return withMeetings(db, items);
}

/** A person's action items (open first, by due date; then the closed ones, latest first). */
export async function loadPersonActions(db: SalesDeskDb, ownerId: string): Promise<ActionRow[]> {
  const items = (await db.actionItems.where('ownerId').equals(ownerId).toArray()).filter((a) => !a.deleted);
  const open = items.filter((a) => a.status === 'open').sort(byDue);
  const closed = items.filter((a) => a.status !== 'open').sort((a, b) => byDue(b, a));
  return withMeetings(db, [...open, ...closed]);
}

export interface OneOnOneGoal {
  goal: Goal;
  /** 0–1 of the way from baseline to target (null: nothing to measure yet). */
  progress: number | null;
  status: ReturnType<typeof goalProgress>['status'];
}

export interface OneOnOneContext {
  goals: OneOnOneGoal[];
  /** Their training not completed yet, the earliest due first, with the course's title. */
  training: { item: TrainingItem; course: string; overdue: boolean }[];
  /** Their latest closed review, with its final score and band. */
  lastReview: HistoryEntry | null;
}

/** What a one-on-one shows beside its notes: the person's active goals, open training and last review. */
export async function loadOneOnOneContext(
  db: SalesDeskDb,
  personId: string,
  today: string,
): Promise<OneOnOneContext> {
  const [goalRows, items, history] = await Promise.all([
    db.goals.where('ownerId').equals(personId).toArray(),
    db.trainingItems.where('staffId').equals(personId).toArray(),
    loadReviewHistory(db, personId),
  ]);
  const liveGoals = goalRows
    .filter((g) => !g.deleted && g.status === 'active')
    .sort((a, b) => a.due.localeCompare(b.due));
  const goals = await Promise.all(
    liveGoals.map(async (goal) => {
      const figures = goalProgress(goal, await goalActual(db, goal, today), today);
      return { goal, progress: figures.progress, status: figures.status };
    }),
  );
  const open = items
    .filter((i) => !i.deleted && OPEN_STATUSES.includes(i.status))
    .sort((a, b) => a.due.localeCompare(b.due));
  const courses = await db.courses.bulkGet(open.map((i) => i.courseId));
  return {
    goals,
    training: open.map((item, i) => ({ item, course: courses[i]?.title ?? '', overdue: item.due < today })),
    lastReview: history.at(-1) ?? null,
  };
}

/** A meeting and its action items, to edit; null when it is gone. */
export async function loadMeetingToEdit(
  db: SalesDeskDb,
  meetingId: string,
): Promise<{ meeting: Meeting; actions: ActionItem[] } | null> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting || meeting.deleted) return null;
  return { meeting, actions: await loadMeetingActions(db, meetingId) };
}
