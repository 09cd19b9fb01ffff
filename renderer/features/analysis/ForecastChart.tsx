import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Chart } from 'chart.js';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ForecastPoint, SEASONAL_NAIVE_MIN_MONTHS } from '../../../shared/insights/forecast';
import type { ForecastSeries } from '../../db/analysis-forecast';
import { formatAmount, formatMonth } from '../../i18n/format';
import { ChartFigures } from '../../ui/ChartFigures';
import { Line } from '../../ui/charts';
import { moneyLabel, moneyScale, toMajor } from '../../ui/money-chart';
import { formatShare, revenueTitle, sentenceGap } from './analysis-format';
import { ChartCard } from './ChartCard';

const ACTUAL = '#1c7ed6';
const FORECAST = '#d9480f';
const BAND = 'rgba(217, 72, 15, 0.15)';

/** What the forecast rests on, in plain sentences: the method, how wrong it was when tested, against what. */
function ForecastSentences({ series }: { series: ForecastSeries }) {
  const { t, i18n } = useTranslation();
  const F = 'analysisArea.forecast';
  const { forecast, currency } = series;
  if (forecast.status !== 'ok') return null;
  const money = (minor: number) => formatAmount(Math.round(minor), currency);
  const chosen = forecast.backTest.find((b) => b.method === forecast.method);
  const others = forecast.backTest.filter((b) => b.method !== 'naive').map((b) => b.mae);
  const sentences = [t(`${F}.method.${forecast.method}`)];
  if (chosen)
    sentences.push(
      chosen.relativeError === null
        ? t(`${F}.errorNoShare`, { origins: chosen.origins, error: money(chosen.mae) })
        : t(`${F}.error`, {
            origins: chosen.origins,
            error: money(chosen.mae),
            share: formatShare(t, chosen.relativeError),
          }),
    );
  if (forecast.method !== 'naive') sentences.push(t(`${F}.beatNaive`, { naive: money(forecast.naiveMae) }));
  else if (others.length > 0) sentences.push(t(`${F}.naiveBest`, { other: money(Math.min(...others)) }));
  else
    sentences.push(
      t(`${F}.seasonalLater`, { needed: SEASONAL_NAIVE_MIN_MONTHS, months: series.months.length }),
    );
  sentences.push(t(`${F}.bandNote`, { month: formatMonth(series.months.at(-1) ?? '') }));
  return (
    <Text size="sm" data-testid="forecast-sentence">
      {sentences.join(sentenceGap(i18n.language))}
    </Text>
  );
}

/** The monthly history and the next three months' forecast, with its likely range as a band. */
export function ForecastChart({ series }: { series: ForecastSeries }) {
  const { t } = useTranslation();
  const ref = useRef<Chart<'line'> | null>(null);
  const F = 'analysisArea.forecast';
  const title = t(`${F}.title`);
  const { forecast, currency } = series;
  if (forecast.status !== 'ok')
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-label={title} data-testid="forecast">
        <Title order={2} size="h4" mb="sm">
          {title}
        </Title>
        <Text size="sm" data-testid="forecast-sentence">
          {t(`${F}.tooShort`, { months: forecast.months, needed: forecast.needed })}
        </Text>
      </Paper>
    );

  const revenue = revenueTitle(t, series);
  const major = (minor: number) => toMajor(minor, currency);
  const past = series.history.map(() => null);
  const last = series.history.at(-1) ?? 0;
  // The forecast and its band start from the last actual month, so the lines join.
  const ahead = (pick: (p: ForecastPoint) => number) => [
    ...past.slice(1),
    major(last),
    ...forecast.points.map((p) => major(pick(p))),
  ];
  const months = [...series.months, ...series.next];
  const rows = months.map((month, i) => {
    const point = forecast.points[i - series.months.length];
    return { month, actual: series.history[i] ?? null, point };
  });
  return (
    <ChartCard
      title={title}
      testId="forecast"
      height={280}
      chartRef={ref}
      sheets={() => [
        {
          name: title,
          columns: [
            { title: t('analysisArea.month'), kind: 'month' },
            { title: t(`${F}.actual`), kind: 'money', currency },
            { title: t(`${F}.forecast`), kind: 'money', currency },
            { title: t(`${F}.low`), kind: 'money', currency },
            { title: t(`${F}.high`), kind: 'money', currency },
          ],
          rows: rows.map((r) => [
            r.month,
            r.actual,
            r.point?.value ?? null,
            r.point?.low ?? null,
            r.point?.high ?? null,
          ]),
        },
      ]}
      chart={
        <Line
          ref={ref}
          role="img"
          aria-label={title}
          data={{
            labels: months.map(formatMonth),
            datasets: [
              {
                label: t(`${F}.actual`),
                data: [...series.history.map(major), ...forecast.points.map(() => null)],
                borderColor: ACTUAL,
                backgroundColor: ACTUAL,
                pointRadius: 2,
              },
              {
                label: t(`${F}.forecast`),
                data: ahead((p) => p.value),
                borderColor: FORECAST,
                backgroundColor: FORECAST,
                borderDash: [6, 4],
                pointRadius: 3,
              },
              { label: t(`${F}.low`), data: ahead((p) => p.low), borderWidth: 0, pointRadius: 0 },
              {
                label: t(`${F}.band`),
                data: ahead((p) => p.high),
                borderWidth: 0,
                pointRadius: 0,
                backgroundColor: BAND,
                fill: '-1',
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            animation: false,
            interaction: { mode: 'index', intersect: false },
            plugins: {
              legend: { labels: { usePointStyle: true, filter: (item) => item.datasetIndex !== 2 } },
              tooltip: {
                // The joint at the last actual month is the actual itself: shown once, as the actual.
                filter: (item) => item.datasetIndex === 0 || item.dataIndex >= series.months.length,
                callbacks: {
                  // The band's upper edge is the high end of the range, not the range itself.
                  label: (item) =>
                    moneyLabel(currency)(
                      item.datasetIndex === 3 ? { dataset: { label: t(`${F}.high`) }, raw: item.raw } : item,
                    ),
                },
              },
            },
            scales: { y: moneyScale(revenue, currency) },
          }}
        />
      }
      figures={
        <ChartFigures
          caption={title}
          columns={[
            t('analysisArea.month'),
            t(`${F}.actual`),
            t(`${F}.forecast`),
            t(`${F}.low`),
            t(`${F}.high`),
          ]}
          rows={rows.map((r) => ({
            key: r.month,
            cells: [
              formatMonth(r.month),
              r.actual === null ? '' : formatAmount(r.actual, currency),
              ...(r.point
                ? [r.point.value, r.point.low, r.point.high].map((v) => formatAmount(v, currency))
                : ['', '', '']),
            ],
          }))}
        />
      }
    >
      <SimpleGrid cols={3} data-testid="forecast-points">
        {forecast.points.map((p, i) => (
          <Stack key={series.next[i]} gap={0}>
            <Text size="xs" c="dimmed" fw={700}>
              {formatMonth(series.next[i] ?? '')}
            </Text>
            <Text fw={700}>{formatAmount(p.value, currency)}</Text>
            <Text size="xs" c="dimmed">
              {`${formatAmount(p.low, currency)} – ${formatAmount(p.high, currency)}`}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <ForecastSentences series={series} />
    </ChartCard>
  );
}
