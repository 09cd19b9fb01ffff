import { addDays } from '../../shared/rules/local-date';
import { owedOccurrences } from '../../shared/rules/routines/schedule';
import type { SalesDeskDb } from './database';

/** The dashboard's meetings and actions slot: the next scheduled meeting, action items overdue and due today. */
export interface ActionSlot {
  overdue: number;
  dueToday: number;
  nextMeeting: { title: string; date: string; time: string | null } | null;
  /** The first open items by due day, overdue ones first, up to a week ahead: what the morning needs named. */
  soon: { id: string; title: string; owner: string; due: string; late: boolean }[];
}

/** How many open items the card names, and how far ahead it looks. */
const SOON_SHOWN = 3;
const SOON_DAYS = 7;

type Next = NonNullable<ActionSlot['nextMeeting']>;
const earlier = (a: Next | null, b: Next) =>
  a === null || b.date < a.date || (b.date === a.date && (b.time ?? '') < (a.time ?? '')) ? b : a;

/**
 * Read by index only: open items by [status+due] (before today, and today), meetings from today on by
 * date, and each active schedule's meetings by scheduleId (schedules are a handful).
 */
export async function loadActionSlot(db: SalesDeskDb, today: string): Promise<ActionSlot> {
  const [overdue, dueToday, soonItems, upcoming, schedules] = await Promise.all([
    db.actionItems
      .where('[status+due]')
      .between(['open', ''], ['open', today], true, false)
      .filter((a) => !a.deleted)
      .count(),
    db.actionItems
      .where('[status+due]')
      .equals(['open', today])
      .filter((a) => !a.deleted)
      .count(),
    db.actionItems
      .where('[status+due]')
      .between(['open', ''], ['open', addDays(today, SOON_DAYS)], true, true)
      .filter((a) => !a.deleted)
      .limit(SOON_SHOWN)
      .toArray(),
    db.meetings
      .where('date')
      .aboveOrEqual(today)
      .filter((m) => !m.deleted)
      .toArray(),
    db.meetingSchedules.filter((s) => !s.deleted && s.active).toArray(),
  ]);
  let next: Next | null = null;
  for (const m of upcoming) next = earlier(next, { title: m.title, date: m.date, time: m.time });
  for (const schedule of schedules) {
    const held = await db.meetings.where('scheduleId').equals(schedule.id).toArray();
    const days = new Set(held.filter((m) => !m.deleted).map((m) => m.date));
    const owed = owedOccurrences(schedule, days, today, 0).next;
    if (owed) next = earlier(next, { title: schedule.title, date: owed, time: schedule.time });
  }
  const owners = await db.staff.bulkGet(soonItems.map((a) => a.ownerId));
  const soon = soonItems.map((a, i) => ({
    id: a.id,
    title: a.title,
    owner: owners[i]?.name ?? '',
    due: a.due,
    late: a.due < today,
  }));
  return { overdue, dueToday, nextMeeting: next, soon };
}
