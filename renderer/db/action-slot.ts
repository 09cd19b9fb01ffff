import type { SalesDeskDb } from './database';

/** The dashboard's meetings and actions slot: the next scheduled meeting, action items overdue and due today. */
export interface ActionSlot {
  overdue: number;
  dueToday: number;
  nextMeeting: { title: string; date: string; time: string | null } | null;
}

export async function loadActionSlot(_db: SalesDeskDb, _today: string): Promise<ActionSlot> {
  return { overdue: 0, dueToday: 0, nextMeeting: null };
}
