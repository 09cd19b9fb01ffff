import { Alert, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartBar, IconInfoCircle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forecastMonthly } from '../../../shared/insights/forecast';
import { navigate } from '../../app/route';
import { useSession } from '../../app/session-context';
import { loadForecasts } from '../../db/analysis-forecast';
import {
  type Analysis,
  type AnalysisPeriod,
  analysisPeriods,
  loadAnalysis,
  type RevenueView,
} from '../../db/analysis-queries';
import { formatAmount, formatList, formatMonth, formatNumber } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { SegmentedField } from '../../ui/SegmentedField';
import { useToday } from '../../ui/use-today';
import { revenueTitle, sentenceGap } from './analysis-format';
import { CustomerSegments } from './CustomerSegments';
import { ForecastChart } from './ForecastChart';
import { RatesSection } from './RatesSection';
import { RevenueBreakdown } from './RevenueBreakdown';
import { RevenueByMonth } from './RevenueByMonth';

// The live queries read the revenue rollups kept on every order write, never the orders: the page costs
// the same at a million orders as at a thousand, and follows every write as it happens. "Today" moves
// at midnight, so the periods and the forecast's last complete month move with it.

const CONVERTED = 'converted';

/** The choice of view: each currency of the period apart, and the converted view when rates allow. */
function viewOptions(t: ReturnType<typeof useTranslation>['t'], analysis: Analysis) {
  const options = analysis.views.map((v) => ({ value: v.currency, label: v.currency }));
  if (analysis.converted)
    options.push({
      value: CONVERTED,
      label: t('analysisArea.convertedOption', { currency: analysis.officeCurrency }),
    });
  return options;
}

function pickView(analysis: Analysis, choice: string | null): RevenueView | undefined {
  if (choice === CONVERTED && analysis.converted) return analysis.converted;
  return (
    analysis.views.find((v) => v.currency === choice) ??
    analysis.views.find((v) => v.currency === analysis.officeCurrency) ??
    analysis.views[0]
  );
}

/** A headline figure of the period, small enough for an amount in the hundreds of millions. */
function Figure(props: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={props.testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {props.label}
      </Text>
      <Text fz={22} fw={700}>
        {props.value}
      </Text>
    </Paper>
  );
}

/** What the period's figures rest on, and how the currencies are kept apart (or converted, at what rates). */
function CurrencyNote({ analysis, view }: { analysis: Analysis; view: RevenueView }) {
  const { t, i18n } = useTranslation();
  const office = analysis.officeCurrency;
  if (view.converted) {
    const rates = Object.entries(analysis.rates)
      .filter(([c]) => analysis.views.some((v) => v.currency === c))
      .map(([from, rate]) => t('analysisArea.rateText', { from, rate: formatNumber(rate), to: office }));
    return (
      <Alert icon={<IconInfoCircle />} color="blue" data-testid="converted-note">
        {t('analysisArea.convertedAt', { currency: office, rates: formatList(rates) })}
      </Alert>
    );
  }
  if (analysis.views.length < 2) return null;
  return (
    <Alert icon={<IconInfoCircle />} color="gray" data-testid="currencies-apart">
      {[
        t('analysisArea.apart', { currency: office }),
        ...(analysis.missingRates.length > 0
          ? [
              t('analysisArea.missingRates', {
                currency: office,
                currencies: formatList(analysis.missingRates),
              }),
            ]
          : []),
      ].join(sentenceGap(i18n.language))}
    </Alert>
  );
}

/** Revenue by month, customer, product, segment and region; customer segments; a forecast; per currency. */
export default function AnalysisPage() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const [period, setPeriod] = useState<AnalysisPeriod>('last12');
  const [choice, setChoice] = useState<string | null>(null);
  const analysis = useLiveQuery(() => loadAnalysis(db, period), [db, period, today]);
  const forecasts = useLiveQuery(() => loadForecasts(db), [db, today]);
  if (!analysis || !forecasts) return null;

  const header = <PageHeader title={t('nav.analysis')} description={t('areas.analysis.description')} />;
  if (analysis.currencies.length === 0)
    return (
      <>
        {header}
        <EmptyState
          icon={IconChartBar}
          title={t('areas.analysis.emptyTitle')}
          body={t('areas.analysis.emptyBody')}
          action={{ label: t('areas.analysis.emptyAction'), onClick: () => navigate('orders') }}
        />
      </>
    );

  const view = pickView(analysis, choice);
  const options = viewOptions(t, analysis);
  // A currency first sold this month has no complete month yet: its forecast says so. A period without
  // sales still shows the office currency's forecast.
  const currency = view?.currency ?? analysis.officeCurrency;
  const series = view?.converted
    ? forecasts.converted
    : (forecasts.series.find((s) => s.currency === currency) ?? {
        currency,
        converted: false,
        months: [],
        history: [],
        next: [],
        forecast: forecastMonthly([]),
      });
  const range = `${formatMonth(analysis.range.from)} – ${formatMonth(analysis.range.to)}`;
  return (
    <>
      {header}
      <Stack>
        <Group align="flex-end" gap="lg">
          <SegmentedField
            label={t('analysisArea.period')}
            value={period}
            onChange={(value) => setPeriod(value as AnalysisPeriod)}
            data={analysisPeriods.map((p) => ({ value: p, label: t(`analysisArea.periods.${p}`) }))}
            data-testid="analysis-period"
          />
          {options.length > 1 && view && (
            <SegmentedField
              label={t('analysisArea.currency')}
              value={view.converted ? CONVERTED : view.currency}
              onChange={setChoice}
              data={options}
              data-testid="analysis-currency"
            />
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('analysisArea.revenueNote', { range })}
        </Text>
        {view && <CurrencyNote analysis={analysis} view={view} />}
        {view ? (
          <>
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <Figure
                label={revenueTitle(t, view)}
                value={formatAmount(view.amount, view.currency)}
                testId="analysis-revenue"
              />
              <Figure label={t('analysisArea.stats.orders')} value={formatNumber(view.orders)} />
              <Figure
                label={t('analysisArea.stats.customers')}
                value={formatNumber(view.abc.reduce((sum, c) => sum + c.customers, 0))}
              />
              <Figure
                label={t('analysisArea.stats.average')}
                value={
                  view.orders > 0
                    ? formatAmount(Math.round(view.amount / view.orders), view.currency)
                    : t('analysisArea.none')
                }
              />
            </SimpleGrid>
            <RevenueByMonth view={view} />
            <RevenueBreakdown view={view} />
            <CustomerSegments view={view} />
          </>
        ) : (
          <Text data-testid="analysis-nothing-in-period">{t('analysisArea.nothingInPeriod', { range })}</Text>
        )}
        {series ? <ForecastChart series={series} /> : null}
        {analysis.currencies.some((c) => c !== analysis.officeCurrency) && (
          <RatesSection
            key={JSON.stringify(analysis.rates)}
            currencies={analysis.currencies}
            office={analysis.officeCurrency}
            rates={analysis.rates}
          />
        )}
      </Stack>
    </>
  );
}
