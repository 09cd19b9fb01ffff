import { SegmentedControl, Text } from '@mantine/core';
import type { Chart } from 'chart.js';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RevenueView, type Share, TOP } from '../../db/analysis-queries';
import { formatAmount, formatNumber } from '../../i18n/format';
import { ChartFigures } from '../../ui/ChartFigures';
import { Bar } from '../../ui/charts';
import { moneyLabel, moneyScale, toMajor } from '../../ui/money-chart';
import { type BreakdownKind, formatShare, revenueTitle, shareName } from './analysis-format';
import { ChartCard } from './ChartCard';

const kinds: readonly BreakdownKind[] = ['customer', 'product', 'segment', 'region'];
/** Names longer than this are cut on the axis (the tooltip and the figures hold them whole). */
const LABEL_MAX = 22;
const clip = (label: string) => (label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label);

interface BarRow {
  key: string;
  label: string;
  count: number;
  amount: number;
}

/** One breakdown: the bars by name, largest first, and what the rest add up to (none for segments). */
function breakdownOf(t: ReturnType<typeof useTranslation>['t'], view: RevenueView, kind: BreakdownKind) {
  const row = (s: Share): BarRow => ({
    key: s.id,
    label: shareName(t, kind, s),
    count: s.count,
    amount: s.amount,
  });
  if (kind === 'segment') return { bars: view.segments.map(row), others: null };
  const breakdown = kind === 'customer' ? view.customers : kind === 'product' ? view.products : view.regions;
  return { bars: breakdown.top.map(row), others: breakdown.others };
}

/** Revenue by customer, product, segment or region: one horizontal bar each, largest first. */
export function RevenueBreakdown({ view }: { view: RevenueView }) {
  const { t } = useTranslation();
  const ref = useRef<Chart<'bar'> | null>(null);
  const [kind, setKind] = useState<BreakdownKind>('customer');
  const title = t(`analysisArea.breakdownTitle.${kind}`);
  const revenue = revenueTitle(t, view);
  const countTitle = kind === 'product' ? t('analysisArea.lines') : t('analysisArea.orders');
  const { bars, others } = breakdownOf(t, view, kind);
  // The others stay out of the chart, where one bar of hundreds of small customers would flatten the
  // largest ones to slivers; the sentence below and the figures (and workbook) carry them. Its key starts
  // with a space, which no id and no (trimmed) region does.
  const rows = others
    ? [...bars, { key: ' others', label: t('analysisArea.others', { n: others.items }), ...others }]
    : bars;
  return (
    <ChartCard
      title={title}
      testId="revenue-breakdown"
      height={Math.max(160, 40 + bars.length * 30)}
      chartRef={ref}
      sheets={() => [
        {
          name: title,
          columns: [
            { title: t(`analysisArea.by.${kind}`), kind: 'text' },
            { title: countTitle, kind: 'count' },
            { title: revenue, kind: 'money', currency: view.currency },
          ],
          rows: rows.map((b) => [b.label, b.count, b.amount]),
        },
      ]}
      controls={
        <SegmentedControl
          aria-label={t('analysisArea.breakdownBy')}
          value={kind}
          onChange={(value) => setKind(value as BreakdownKind)}
          data={kinds.map((k) => ({ value: k, label: t(`analysisArea.by.${k}`) }))}
          data-testid="breakdown-kind"
          style={{ alignSelf: 'flex-start' }}
        />
      }
      chart={
        <Bar
          ref={ref}
          role="img"
          aria-label={title}
          data={{
            labels: bars.map((b) => clip(b.label)),
            datasets: [
              {
                label: revenue,
                data: bars.map((b) => toMajor(b.amount, view.currency)),
                backgroundColor: '#0ca678',
              },
            ],
          }}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            animation: false,
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  title: (items) => bars[items[0]?.dataIndex ?? 0]?.label ?? '',
                  label: moneyLabel(view.currency),
                },
              },
            },
            scales: { x: moneyScale(revenue, view.currency) },
          }}
        />
      }
      figures={
        <ChartFigures
          caption={title}
          columns={[t(`analysisArea.by.${kind}`), countTitle, revenue]}
          rows={rows.map((b) => ({
            key: b.key,
            cells: [b.label, formatNumber(b.count), formatAmount(b.amount, view.currency)],
          }))}
        />
      }
    >
      {others && (
        <Text size="sm" c="dimmed" data-testid="breakdown-others">
          {t('analysisArea.topNote', {
            n: TOP,
            others: formatNumber(others.items),
            amount: formatAmount(others.amount, view.currency),
            share: formatShare(t, view.amount > 0 ? others.amount / view.amount : null),
          })}
        </Text>
      )}
    </ChartCard>
  );
}
