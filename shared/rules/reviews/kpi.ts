import { isDerivedMetric, metricDefinitions } from '../../insights/metrics';
import type { KpiAdjustment, KpiMetric, KpiTarget } from '../../schema/review';
import { clamp, round1, weightedMean } from './numbers';

// The KPI section: each KPI scores how far the period's figure reached its target (100 = on target), a
// beaten target earns up to KPI_SCORE_CAP, and the section is the weighted mean of the KPIs, capped at 100
// so one runaway figure cannot carry the whole review.

/** The most one KPI can score (a target beaten by half again or more). */
export const KPI_SCORE_CAP = 150;

/** Which way is better for a KPI: the metric engine's direction; goal attainment is higher-better. */
export const kpiBetter = (metric: KpiMetric): 'higher' | 'lower' =>
  isDerivedMetric(metric) ? metricDefinitions[metric].better : 'higher';

/**
 * One KPI's score, 0–KPI_SCORE_CAP to one decimal: actual ÷ target × 100 for a higher-better metric,
 * target ÷ actual × 100 for a lower-better one (an actual of 0 there beats any target: the cap). Null when
 * there is no figure, or a higher-better target is 0 (nothing to measure against).
 */
export function kpiScore(metric: KpiMetric, actual: number | null, target: number): number | null {
  if (actual === null || !Number.isFinite(actual) || !Number.isFinite(target)) return null;
  const ratio =
    kpiBetter(metric) === 'higher'
      ? target > 0
        ? actual / target
        : null
      : actual > 0
        ? target / actual
        : KPI_SCORE_CAP / 100;
  if (ratio === null || !Number.isFinite(ratio)) return null;
  return round1(clamp(ratio * 100, 0, KPI_SCORE_CAP));
}

/** A KPI of a review: its target and weight, the period's figure, the score the data gives and the one that counts. */
export interface KpiRow {
  metric: KpiMetric;
  target: number;
  weight: number;
  actual: number | null;
  /** What the figure scores against the target. */
  dataScore: number | null;
  /** The score that counts: the manager's adjustment when there is one, else the data's. */
  score: number | null;
  adjustment: KpiAdjustment | null;
}

/** The KPI rows of a review, in the template's order; a metric without a figure has actual null. */
export function kpiRows(
  kpis: readonly KpiTarget[],
  actuals: Partial<Record<KpiMetric, number | null>>,
  adjustments: readonly KpiAdjustment[],
): KpiRow[] {
  return kpis.map((kpi) => {
    const actual = actuals[kpi.metric] ?? null;
    const dataScore = kpiScore(kpi.metric, actual, kpi.target);
    const adjustment = adjustments.find((a) => a.metric === kpi.metric) ?? null;
    return {
      metric: kpi.metric,
      target: kpi.target,
      weight: kpi.weight,
      actual,
      dataScore,
      score: adjustment ? adjustment.score : dataScore,
      adjustment,
    };
  });
}

/**
 * The KPI section's score, 0–100 to one decimal: the weighted mean of the KPIs that have a score (their
 * weights renormalised over them), capped at 100. Null when no KPI has one.
 */
export function kpiSectionScore(rows: readonly KpiRow[]): number | null {
  const value = weightedMean(rows.map((row) => ({ value: row.score, weight: row.weight })));
  return value === null ? null : round1(clamp(value, 0, 100));
}
