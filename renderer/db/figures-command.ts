import { type RebuildReport, rebuildAggregatesIn } from './aggregate-rebuild';
import type { SalesDeskDb } from './database';

/**
 * "Recount the figures" in Settings: the aggregates and rollups recomputed from every order in one
 * transaction (so no screen reads them half done); the report says how many the kept ones had wrong.
 */
export function rebuildAggregates(db: SalesDeskDb): Promise<RebuildReport> {
  return db.transaction('rw', [db.orders, db.stats], () => rebuildAggregatesIn(db.orders, db.stats));
}
