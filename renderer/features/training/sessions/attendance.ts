import type { TrainingSession } from '../../../../shared/schema/training';

// A session's attendance as the attendance table edits it: one row for each invited person, in the order
// they were invited, with what was recorded for them before (absent, unrated, no comment when nothing was).

export type AttendanceRow = TrainingSession['attendance'][number];

export function attendanceRows(session: TrainingSession): AttendanceRow[] {
  const recorded = new Map(session.attendance.map((a) => [a.staffId, a]));
  return session.invited.map(
    (staffId) => recorded.get(staffId) ?? { staffId, present: false, rating: null, comment: '' },
  );
}

/** Who came, of those recorded; null when no attendance has been recorded yet. */
export const presentCount = (session: TrainingSession) =>
  session.attendance.length === 0 ? null : session.attendance.filter((a) => a.present).length;

/** The row index and field a refusal of the attendance names ('attendance.2.comment'), if it names one. */
export function attendanceFieldOf(field: string): { row: number; name: string } | null {
  const match = /^attendance\.(\d+)\.(\w+)$/.exec(field);
  return match ? { row: Number(match[1]), name: match[2] as string } : null;
}
