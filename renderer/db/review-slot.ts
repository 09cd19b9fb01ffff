import type { SalesDeskDb } from './database';

/** The dashboard's reviews slot: reviews still open in running cycles, and the nearest feedback due day. */
export interface ReviewSlot {
  open: number;
  nextDue: { cycle: string; date: string } | null;
}

export async function loadReviewSlot(_db: SalesDeskDb, _today: string): Promise<ReviewSlot> {
  return { open: 0, nextDue: null };
}
