import { Badge, Progress } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isDerivedMetric, metricDefinitions } from '../../shared/insights/metrics';
import type { GoalStatus } from '../../shared/rules/goals';
import { formatNumber } from '../i18n/format';

// How a goal's figures read wherever they show (the goals area, the dashboard): its pacing as a coloured
// word, its progress as a bar, a metric's value with its unit. Never NaN: a missing figure is "—".

export const pacingColor: Record<GoalStatus, string> = {
  notStarted: 'gray',
  noData: 'gray',
  onTrack: 'teal',
  atRisk: 'yellow',
  offTrack: 'red',
  achieved: 'green',
  missed: 'red',
};

export function PacingBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation();
  // Yellow on white is hard to read: the light variant keeps the text dark enough (axe: contrast).
  return (
    <Badge
      color={pacingColor[status]}
      variant="light"
      data-pacing={status}
      style={{ overflow: 'visible' }}
      miw="max-content"
    >
      {t(`pacing.${status}`)}
    </Badge>
  );
}

/** Progress from baseline to target, 0–100 % of the bar (beyond the target fills it). */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const percent = value === null ? 0 : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return <Progress value={percent} aria-label={label} size="md" radius="sm" />;
}

/** A metric's value as text with its unit ("31.5 h", "92.5%"); manual metrics say their own unit. */
export function useMetricText() {
  const { t } = useTranslation();
  return (metric: string, value: number | null, manualUnit = '') => {
    if (value === null || !Number.isFinite(value)) return '—';
    const number = formatNumber(value);
    if (!isDerivedMetric(metric)) return manualUnit ? `${number} ${manualUnit}` : number;
    const unit = metricDefinitions[metric].unit;
    return unit === 'percent' ? `${number}%` : `${number} ${t(`metricUnit.${unit}`)}`;
  };
}
