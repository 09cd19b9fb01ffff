import { SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../db/dashboard-queries';
import { formatAmount, formatMonth } from '../../i18n/format';
import { ChartFigures } from '../../ui/ChartFigures';
import { LazyBar } from '../../ui/lazy-charts';
import { moneyLabel, moneyScale, toMajor } from '../../ui/money-chart';
import { ChartPanel } from './ChartPanel';

/**
 * Order value (net of tax) per month, one currency at a time: the axis and tooltips say which. Orders in
 * another currency are never added in; with more than one, a switch shows each apart.
 */
export function MonthValueChart({ revenue, office }: { revenue: Dashboard['revenue']; office: string }) {
  const { t } = useTranslation();
  const currencies = revenue.map((r) => r.currency);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown =
    revenue.find((r) => r.currency === chosen) ?? revenue.find((r) => r.currency === office) ?? revenue[0];
  if (!shown) return null;
  const title = t('dashboardArea.byMonth', { currency: shown.currency });
  return (
    <ChartPanel
      title={title}
      testId="month-value"
      height={260}
      actions={
        currencies.length > 1 ? (
          <SegmentedControl
            size="xs"
            aria-label={t('dashboardArea.currency')}
            data={currencies}
            value={shown.currency}
            onChange={setChosen}
          />
        ) : null
      }
      chart={
        <LazyBar
          role="img"
          aria-label={title}
          data={{
            labels: shown.months.map((m) => formatMonth(m.month)),
            datasets: [
              {
                label: t('dashboardArea.value'),
                data: shown.months.map((m) => toMajor(m.amount, shown.currency)),
                backgroundColor: '#12b886',
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: { label: moneyLabel(shown.currency) },
              },
            },
            scales: {
              y: moneyScale(t('dashboardArea.valueAxis', { currency: shown.currency }), shown.currency),
            },
            animation: false,
          }}
        />
      }
      figures={
        <ChartFigures
          caption={title}
          columns={[t('dashboardArea.month'), t('dashboardArea.value')]}
          rows={shown.months.map((m) => ({
            key: m.month,
            cells: [formatMonth(m.month), formatAmount(m.amount, shown.currency)],
          }))}
        />
      }
    />
  );
}
