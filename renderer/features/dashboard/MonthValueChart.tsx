import { useTranslation } from 'react-i18next';
import { useOfficeCurrency } from '../../app/use-office-currency';
import type { Dashboard } from '../../db/dashboard-queries';
import { formatAmount, formatAmountShort, formatMonth } from '../../i18n/format';
import { ChartFigures } from '../../ui/ChartFigures';
import { Bar } from '../../ui/charts';
import { ChartPanel } from './ChartPanel';

/** Order value per month in the office currency, its axis and tooltips saying which currency. */
export function MonthValueChart({ months }: { months: Dashboard['byMonth'] }) {
  const { t } = useTranslation();
  const currency = useOfficeCurrency();
  if (!currency) return null;
  const unit = 10 ** currency.digits;
  const title = t('dashboardArea.byMonth');
  return (
    <ChartPanel
      title={title}
      testId="month-value"
      height={260}
      chart={
        <Bar
          role="img"
          aria-label={title}
          data={{
            labels: months.map((m) => formatMonth(m.month)),
            datasets: [
              { label: title, data: months.map((m) => m.amount / unit), backgroundColor: '#12b886' },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  label: (item) => formatAmount(Math.round(Number(item.raw) * unit), currency.code),
                },
              },
            },
            scales: {
              y: {
                beginAtZero: true,
                title: { display: true, text: t('dashboardArea.valueAxis', { currency: currency.code }) },
                ticks: { callback: (value) => formatAmountShort(Number(value), currency.code) },
              },
            },
            animation: false,
          }}
        />
      }
      figures={
        <ChartFigures
          caption={title}
          columns={[t('dashboardArea.month'), t('dashboardArea.value')]}
          rows={months.map((m) => ({
            key: m.month,
            cells: [formatMonth(m.month), formatAmount(m.amount, currency.code)],
          }))}
        />
      }
    />
  );
}
