import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../db/dashboard-queries';
import { formatDay, formatNumber } from '../../i18n/format';
import { ChartFigures } from '../../ui/ChartFigures';
import { LazyLine } from '../../ui/lazy-charts';
import { ChartPanel } from './ChartPanel';

/** The average hours from received to shipped, week by week over the last twelve weeks. */
export function ProcessingTrend({ trend }: { trend: Dashboard['figures']['trend'] }) {
  const { t } = useTranslation();
  const title = t('dashboardArea.trend');
  const hours = (h: number | null) =>
    h === null ? '—' : t('dashboardArea.hours', { hours: formatNumber(h) });
  return (
    <ChartPanel
      title={title}
      testId="processing-trend"
      height={240}
      chart={
        <LazyLine
          role="img"
          aria-label={title}
          data={{
            labels: trend.map((w) => formatDay(w.week.to, 'short')),
            datasets: [
              {
                label: title,
                data: trend.map((w) => w.hours),
                borderColor: '#7048e8',
                backgroundColor: '#7048e8',
                spanGaps: true,
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
            scales: {
              y: { beginAtZero: true, title: { display: true, text: t('dashboardArea.hoursAxis') } },
            },
          }}
        />
      }
      figures={
        <ChartFigures
          caption={title}
          columns={[
            t('dashboardArea.weekEnding'),
            t('dashboardArea.averageTime'),
            t('dashboardArea.shipped'),
          ]}
          rows={trend.map((w) => ({
            key: w.week.from,
            cells: [formatDay(w.week.to), hours(w.hours), formatNumber(w.shipped)],
          }))}
        />
      }
    />
  );
}
