import { Paper, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/schema/goal';
import { useSession } from '../../app/session-context';
import { goalSeries } from '../../db/goal-queries';
import { formatDay } from '../../i18n/format';
import { ChartFigures } from '../../ui/ChartFigures';
import { Line } from '../../ui/charts';
import { useMetricText } from '../../ui/goal-figures';

/** Week by week: the goal's metric as it went, against the straight line from baseline to target. */
export function GoalChart({ goal, today }: { goal: Goal; today: string }) {
  const { t } = useTranslation();
  const { db } = useSession();
  const metricText = useMetricText();
  const points = useLiveQuery(() => goalSeries(db, goal, today), [db, goal, today]);
  if (!points) return null;
  const title = t('goalsArea.detail.chart', { title: goal.title });
  const unit = metricText(goal.metric, 1, goal.manualUnit).replace(/^1\s?/, '');
  return (
    <Paper withBorder p="sm" radius="md" data-testid="goal-chart">
      <div style={{ position: 'relative', height: 220 }}>
        <Line
          role="img"
          aria-label={title}
          data={{
            labels: points.map((p) => formatDay(p.date, 'short')),
            datasets: [
              {
                label: t('goalsArea.detail.actual'),
                data: points.map((p) => p.actual),
                borderColor: '#1c7ed6',
                backgroundColor: '#1c7ed6',
                spanGaps: true,
              },
              {
                label: t('goalsArea.detail.expected'),
                data: points.map((p) => p.expected),
                borderColor: '#868e96',
                borderDash: [6, 4],
                pointRadius: 0,
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { title: { display: Boolean(unit), text: unit } } },
            plugins: { legend: { position: 'bottom' } },
          }}
        />
      </div>
      <Text size="xs" c="dimmed" mt={4}>
        {title}
      </Text>
      <ChartFigures
        caption={title}
        columns={[t('goalsArea.detail.week'), t('goalsArea.detail.actual'), t('goalsArea.detail.expected')]}
        rows={points.map((p) => ({
          key: p.date,
          cells: [
            formatDay(p.date),
            metricText(goal.metric, p.actual, goal.manualUnit),
            metricText(goal.metric, p.expected, goal.manualUnit),
          ],
        }))}
      />
    </Paper>
  );
}
