import type { TFunction } from 'i18next';
import { isDerivedMetric } from '../../../shared/insights/metrics';
import type { KpiMetric } from '../../../shared/schema/review';

/** A KPI's name in the user's language: the metric engine's figures by their shell names, goal attainment by the area's. */
export const kpiLabel = (t: TFunction, metric: KpiMetric) =>
  isDerivedMetric(metric) ? t(`metric.${metric}`) : t('reviewsArea.kpiMetric.goalAttainment');
