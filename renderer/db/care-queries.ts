import { type CareRecord, isArrangement, type TeamEvent } from '../../shared/schema/care';
import type { SalesDeskDb } from './database';

// What the Routines area's events and care tabs read: records without tombstones, in the order shown.

/** Team events, soonest first (an event over several days by its first day). */
export const loadTeamEvents = (db: SalesDeskDb): Promise<TeamEvent[]> =>
  db.teamEvents
    .orderBy('date')
    .filter((e) => !e.deleted)
    .toArray();

/** Events on any day of `[from, to]` (a month of the calendar), the ones over several days included. */
export const eventsBetween = (events: readonly TeamEvent[], from: string, to: string) =>
  events.filter((e) => e.date <= to && (e.endDate ?? e.date) >= from);

/** Care records (confidential), newest first; `staffId` narrows them to one person. */
export async function loadCareRecords(db: SalesDeskDb, staffId?: string): Promise<CareRecord[]> {
  const rows = staffId
    ? await db.careRecords.where('staffId').equals(staffId).toArray()
    : await db.careRecords.toArray();
  return rows
    .filter((r) => !r.deleted)
    .sort((a, b) =>
      a.date === b.date ? b.updatedAt.localeCompare(a.updatedAt) : b.date.localeCompare(a.date),
    );
}

/** Arrangements (flexible hours, remote work) in force on `day`. */
export const arrangementsOn = (records: readonly CareRecord[], day: string) =>
  records.filter((r) => isArrangement(r.kind) && r.date <= day && (r.until ?? day) >= day);
