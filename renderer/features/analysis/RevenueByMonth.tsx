import type { Chart } from 'chart.js';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevenueView } from '../../db/analysis-queries';
import { formatAmount, formatMonth, formatNumber } from '../../i18n/format';
import { ChartFigures } from '../../ui/ChartFigures';
import { Bar } from '../../ui/charts';
import { moneyLabel, moneyScale, toMajor } from '../../ui/money-chart';
import { revenueTitle } from './analysis-format';
import { ChartCard } from './ChartCard';

/** Revenue of each month of the period in one currency (or converted), with its orders. */
export function RevenueByMonth({ view }: { view: RevenueView }) {
  const { t } = useTranslation();
  const ref = useRef<Chart<'bar'> | null>(null);
  const title = t('analysisArea.byMonth');
  const revenue = revenueTitle(t, view);
  return (
    <ChartCard
      title={title}
      testId="revenue-by-month"
      height={280}
      chartRef={ref}
      sheets={() => [
        {
          name: title,
          columns: [
            { title: t('analysisArea.month'), kind: 'month' },
            { title: t('analysisArea.orders'), kind: 'count' },
            { title: revenue, kind: 'money', currency: view.currency },
          ],
          rows: view.byMonth.map((m) => [m.month, m.orders, m.amount]),
        },
      ]}
      chart={
        <Bar
          ref={ref}
          role="img"
          aria-label={title}
          data={{
            labels: view.byMonth.map((m) => formatMonth(m.month)),
            datasets: [
              {
                label: revenue,
                data: view.byMonth.map((m) => toMajor(m.amount, view.currency)),
                backgroundColor: '#1c7ed6',
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            animation: false,
            plugins: {
              legend: { display: false },
              tooltip: { callbacks: { label: moneyLabel(view.currency) } },
            },
            scales: { y: moneyScale(revenue, view.currency) },
          }}
        />
      }
      figures={
        <ChartFigures
          caption={title}
          columns={[t('analysisArea.month'), t('analysisArea.orders'), revenue]}
          rows={view.byMonth.map((m) => ({
            key: m.month,
            cells: [formatMonth(m.month), formatNumber(m.orders), formatAmount(m.amount, view.currency)],
          }))}
        />
      }
    />
  );
}
