import { describe, expect, it } from 'vitest';
import { insertGrowth, mergeRuns, sliceMs, toFigures } from '../../bench/figures.mjs';
import { verdict } from '../../bench/report.mjs';

// insert_growth: the insert time of the last tenth of the orders against the first tenth's, in one run
// through the repositories (the raw baseline's own growth beside it), judged at 1.5×.

const batches = (...ms: number[]) => ms.map((each) => ({ orders: 5_000, ms: each }));

describe('insert growth', () => {
  it('times a slice of the orders, spreading a batch evenly where the slice ends inside it', () => {
    const run = batches(100, 200, 300, 400);
    expect(sliceMs(run, 0, 5_000)).toBe(100);
    expect(sliceMs(run, 2_500, 7_500)).toBe(150);
    expect(sliceMs(run, 18_000, 20_000)).toBe(160);
  });

  it('compares the last tenth with the first', () => {
    // 20,000 orders in batches of 5,000: a tenth is 2,000 orders, inside the first and the last batch.
    expect(insertGrowth(batches(100, 200, 300, 400))).toBe(4);
    expect(insertGrowth(batches(100, 100, 100, 100))).toBe(1);
  });

  it('is a figure of the repositories with the raw growth beside it, failing above 1.5×', () => {
    const part = (repositories: number[], raw: number[]) => ({
      n: 20_000,
      insert: { repositories: [1], raw: [1] },
      insertBatches: { repositories: [batches(...repositories)], raw: raw.length ? [batches(...raw)] : [] },
      stamp: [],
      queue: {},
      statusCounts: [],
    });
    const runs = mergeRuns([
      part([100, 120, 130, 140], [100, 150, 200, 250]),
      part([100, 110, 120, 180], []),
    ]);
    const growth = toFigures(runs).find((f) => f.figure === 'insert_growth');
    expect(growth).toMatchObject({ unit: '×', median: 1.6, baseline: 2.5, ratio: null });
    expect(verdict(growth as NonNullable<typeof growth>).result).toBe('FAIL');
    expect(verdict({ ...(growth as NonNullable<typeof growth>), median: 1.5 }).result).toBe('pass');
  });
});
