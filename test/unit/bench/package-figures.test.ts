import { describe, expect, it } from 'vitest';
import { packageFigures } from '../../bench/figures.mjs';
import { verdict } from '../../bench/report.mjs';

// The benchmark's package figures: export_orders against its baseline (read + serialise + gzip in
// sequence), judged at 1.3×, with both throughputs in MB of content per second beside it.

const part = (exported: number[], least: number[]) => ({
  n: 100_000,
  export: exported,
  readSerialiseGzip: least,
  contentBytes: 120_000_000,
  importMerge: [],
  rawPut: [],
});

describe('package figures', () => {
  it('gives export_orders against its baseline and both as MB/s of content', () => {
    const figures = packageFigures(100_000, [part([1500, 1200, 1300], [1000, 1000, 1100])]);
    const byName = Object.fromEntries(figures.map((f) => [f.figure, f]));
    expect(byName.export_orders).toMatchObject({ median: 1300, baseline: 1000, ratio: 1.3 });
    expect(byName.export_orders_mb_s).toMatchObject({ unit: 'MB/s', median: 92.3, baseline: 120 });
    expect(byName.import_merge).toBeUndefined();
    expect(verdict(byName.export_orders as (typeof figures)[number]).result).toBe('pass');
  });

  it('fails export_orders above 1.3× at 100,000 orders', () => {
    const figures = packageFigures(100_000, [part([1400], [1000])]);
    expect(verdict(figures[0] as (typeof figures)[number]).result).toBe('FAIL');
  });
});
