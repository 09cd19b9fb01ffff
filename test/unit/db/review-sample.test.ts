import { describe, expect, it } from 'vitest';
import {
  loadCalibration,
  loadCycleBoard,
  loadReviewCycles,
  loadReviewHistory,
} from '../../../renderer/db/review-queries';
import { loadSampleOffice } from '../../../renderer/db/sample-loader';
import { freshSession } from './fixtures';

// The sample office's reviews read as a manager would meet them: last quarter closed with its results,
// this quarter in progress with KPI figures from the sample's orders.

const asOf = new Date('2026-11-28T09:00:00+08:00');

describe('the sample office’s reviews', () => {
  it('has a closed cycle with results and a running one scored from the orders', async () => {
    const session = await freshSession(() => asOf);
    await loadSampleOffice(session, { language: 'en', orders: 600, asOf });
    const [current, closed] = await loadReviewCycles(session.db);
    expect(current).toMatchObject({ name: '2026 Q4 review', status: 'in_progress', from: '2026-10-01' });
    expect(closed).toMatchObject({ name: '2026 Q3 review', status: 'closed', to: '2026-09-30' });

    const past = await loadCycleBoard(session.db, closed?.id as string, '2026-11-28');
    expect(past?.rows).toHaveLength(12);
    for (const row of past?.rows ?? []) {
      expect(row.final.score).not.toBeNull();
      expect(row.band).not.toBeNull();
      expect(row.openParts).toEqual([]);
    }
    const board = await loadCycleBoard(session.db, current?.id as string, '2026-11-28');
    const figures = board?.rows.flatMap((r) =>
      r.kpiRows.filter((k) => k.metric === 'onTimeRate').map((k) => k.actual),
    );
    expect(figures?.some((v) => v !== null)).toBe(true);
    const first = board?.rows[0];
    expect(first?.requests.filter((r) => r.request.relation === 'peer' && r.answered)).toHaveLength(3);
    expect(first?.scores.feedback).not.toBeNull();

    const calibration = await loadCalibration(session.db, closed?.id as string, '2026-11-28');
    expect(calibration?.entries).toHaveLength(12);
    expect(await loadReviewHistory(session.db, first?.review.staffId as string)).toHaveLength(1);
  });
});
