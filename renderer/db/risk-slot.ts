import type { SalesDeskDb } from './database';

/** The dashboard's risks slot: open risks, how many are flagged, and the highest-scored one. */
export interface RiskSlot {
  open: number;
  flagged: number;
  highest: { title: string; score: number } | null;
}

export async function loadRiskSlot(_db: SalesDeskDb, _today: string): Promise<RiskSlot> {
  return { open: 0, flagged: 0, highest: null };
}
