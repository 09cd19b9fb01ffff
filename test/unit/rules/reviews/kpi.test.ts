import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KPI_SCORE_CAP,
  type KpiRow,
  kpiBetter,
  kpiRows,
  kpiScore,
  kpiSectionScore,
} from '../../../../shared/rules/reviews';
import { type KpiAdjustment, type KpiTarget, kpiMetrics } from '../../../../shared/schema/review';

// The standard back-office KPIs: on-time rate 95 % (half the section), error rate 2 %, goal attainment 100 %.
const standardKpis: KpiTarget[] = [
  { metric: 'onTimeRate', target: 95, weight: 50 },
  { metric: 'errorRate', target: 2, weight: 25 },
  { metric: 'goalAttainment', target: 100, weight: 25 },
];

const row = (score: number | null, weight: number): KpiRow => ({
  metric: 'onTimeRate',
  target: 100,
  weight,
  actual: score,
  dataScore: score,
  score,
  adjustment: null,
});

describe('one KPI score', () => {
  it('takes the direction from the metric engine, goal attainment being higher-better', () => {
    expect(kpiBetter('onTimeRate')).toBe('higher');
    expect(kpiBetter('completedPerDay')).toBe('higher');
    expect(kpiBetter('errorRate')).toBe('lower');
    expect(kpiBetter('processingHours')).toBe('lower');
    expect(kpiBetter('backlog')).toBe('lower');
    expect(kpiBetter('goalAttainment')).toBe('higher');
  });

  it('scores a higher-better metric as actual ÷ target, to one decimal', () => {
    expect(kpiScore('onTimeRate', 95, 95)).toBe(100);
    expect(kpiScore('onTimeRate', 90, 95)).toBe(94.7); // 94.736…
    expect(kpiScore('goalAttainment', 80, 100)).toBe(80);
    expect(kpiScore('completedPerDay', 25, 20)).toBe(125);
    expect(kpiScore('onTimeRate', 0, 95)).toBe(0);
  });

  it('scores a lower-better metric as target ÷ actual', () => {
    expect(kpiScore('errorRate', 4, 2)).toBe(50);
    expect(kpiScore('errorRate', 3, 2)).toBe(66.7);
    expect(kpiScore('backlog', 10, 5)).toBe(50);
    expect(kpiScore('processingHours', 36, 24)).toBe(66.7);
  });

  it('caps a beaten target at KPI_SCORE_CAP, in both directions', () => {
    expect(KPI_SCORE_CAP).toBe(150);
    expect(kpiScore('completedPerDay', 40, 20)).toBe(150);
    expect(kpiScore('processingHours', 24, 36)).toBe(150);
    expect(kpiScore('errorRate', 1, 2)).toBe(150);
  });

  it('gives a lower-better actual of 0 the cap (nothing beats no errors) and a target of 0 scores 0 when missed', () => {
    expect(kpiScore('errorRate', 0, 2)).toBe(150);
    expect(kpiScore('errorRate', 0, 0)).toBe(150);
    expect(kpiScore('errorRate', 3, 0)).toBe(0);
  });

  it('is null without a figure, for a higher-better target of 0, or for a figure that is not a number', () => {
    expect(kpiScore('onTimeRate', null, 95)).toBeNull();
    expect(kpiScore('errorRate', null, 2)).toBeNull();
    expect(kpiScore('goalAttainment', 80, 0)).toBeNull();
    expect(kpiScore('onTimeRate', Number.NaN, 95)).toBeNull();
    expect(kpiScore('onTimeRate', Number.POSITIVE_INFINITY, 95)).toBeNull();
    expect(kpiScore('errorRate', 2, Number.NaN)).toBeNull();
  });

  it('is always null or a one-decimal number within 0..cap, never NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kpiMetrics),
        fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (metric, actual, target) => {
          const score = kpiScore(metric, actual, target);
          if (score === null) return;
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(KPI_SCORE_CAP);
          expect(Math.round(score * 10) / 10).toBe(score);
        },
      ),
    );
  });
});

describe('KPI rows', () => {
  it('pairs each KPI with its figure and scores it, in the template order; a metric without a figure has none', () => {
    const rows = kpiRows(standardKpis, { onTimeRate: 95, errorRate: 4, backlog: 3 }, []);
    expect(rows).toEqual([
      {
        metric: 'onTimeRate',
        target: 95,
        weight: 50,
        actual: 95,
        dataScore: 100,
        score: 100,
        adjustment: null,
      },
      { metric: 'errorRate', target: 2, weight: 25, actual: 4, dataScore: 50, score: 50, adjustment: null },
      {
        metric: 'goalAttainment',
        target: 100,
        weight: 25,
        actual: null,
        dataScore: null,
        score: null,
        adjustment: null,
      },
    ]);
  });

  it("counts the manager's adjustment instead of the data's score, keeping both", () => {
    const adjustment: KpiAdjustment = {
      metric: 'errorRate',
      score: 80,
      original: 50,
      reason: 'Errors came from the new ERP import',
    };
    const [, errorRate] = kpiRows(standardKpis, { onTimeRate: 95, errorRate: 4 }, [adjustment]);
    expect(errorRate).toMatchObject({ dataScore: 50, score: 80, adjustment });
  });

  it('lets an adjustment give a score to a KPI that has no figure', () => {
    const adjustment: KpiAdjustment = {
      metric: 'goalAttainment',
      score: 70,
      original: null,
      reason: 'No goals set',
    };
    const rows = kpiRows(standardKpis, {}, [adjustment]);
    expect(rows.map((r) => r.score)).toEqual([null, null, 70]);
  });
});

describe('KPI section score', () => {
  it('is the weighted mean of the KPIs with a score, weights renormalised over them', () => {
    const rows = kpiRows(standardKpis, { onTimeRate: 95, errorRate: 4 }, []);
    // (100 × 50 + 50 × 25) / 75
    expect(kpiSectionScore(rows)).toBe(83.3);
    expect(
      kpiSectionScore(kpiRows(standardKpis, { onTimeRate: 95, errorRate: 4, goalAttainment: 60 }, [])),
    ).toBe(77.5);
  });

  it('counts an adjusted score', () => {
    const adjustment: KpiAdjustment = {
      metric: 'errorRate',
      score: 80,
      original: 50,
      reason: 'Import errors',
    };
    // (100 × 50 + 80 × 25) / 75
    expect(kpiSectionScore(kpiRows(standardKpis, { onTimeRate: 95, errorRate: 4 }, [adjustment]))).toBe(93.3);
  });

  it('caps the section at 100 even when every KPI beats its target', () => {
    expect(kpiSectionScore([row(150, 50), row(120, 50)])).toBe(100);
    expect(kpiSectionScore([row(150, 50), row(40, 50)])).toBe(95);
  });

  it('is null when no KPI has a score, or only KPIs that weigh nothing do', () => {
    expect(kpiSectionScore([])).toBeNull();
    expect(kpiSectionScore(kpiRows(standardKpis, {}, []))).toBeNull();
    expect(kpiSectionScore([row(80, 0), row(null, 100)])).toBeNull();
  });
});
