import { useTranslation } from 'react-i18next';
import { GOAL_ATTAINMENT, type KpiMetric } from '../../../../shared/schema/review';
import { formatNumber } from '../../../i18n/format';
import { useMetricText } from '../../../ui/goal-figures';
import { kpiLabel } from '../kpi-label';

// How a review's figures read wherever they show (the review, its printed report, calibration, history):
// a score to one decimal or "—" when there is none (never NaN), a KPI's name and its values with their unit.

/** A score (0–150) as text; "—" for none. */
export const scoreText = (score: number | null | undefined) =>
  score === null || score === undefined || !Number.isFinite(score) ? '—' : formatNumber(score);

/** A KPI's name and its values in its unit (goal attainment is a percent of the goals' progress). */
export function useKpiText() {
  const { t } = useTranslation();
  const metricText = useMetricText();
  return {
    name: (metric: KpiMetric) => kpiLabel(t, metric),
    value: (metric: KpiMetric, value: number | null) =>
      metric === GOAL_ATTAINMENT
        ? value === null || !Number.isFinite(value)
          ? '—'
          : `${formatNumber(value)}%`
        : metricText(metric, value),
  };
}
