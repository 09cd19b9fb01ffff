import { byConcern, isFlagged, isOpenRisk, riskFlags, riskScore } from '../../shared/rules/routines/risk';
import type { SalesDeskDb } from './database';
import { recentIncidentsOf } from './risk-queries';

/** The dashboard's risks slot: open risks, how many are flagged, and the highest-scored one. */
export interface RiskSlot {
  open: number;
  flagged: number;
  highest: { title: string; score: number } | null;
}

/**
 * The register is small and read whole; the incidents that make a risk "repeated" are read through their
 * riskId index, only those dated in the repeat window.
 */
export async function loadRiskSlot(db: SalesDeskDb, today: string): Promise<RiskSlot> {
  const open = (await db.risks.toArray()).filter(isOpenRisk).sort(byConcern);
  const incidents = await recentIncidentsOf(
    db,
    open.map((r) => r.id),
    today,
  );
  const top = open[0];
  return {
    open: open.length,
    flagged: open.filter((r) => isFlagged(riskFlags(r, incidents, today))).length,
    highest: top ? { title: top.title, score: riskScore(top) } : null,
  };
}
