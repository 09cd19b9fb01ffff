import { SegmentedControl, SimpleGrid, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { IconDashboard } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneView } from '../../../shared/rules/milestone-keys';

import { areaLink, navigate } from '../../app/route';
import { useSession } from '../../app/session-context';
import { useOfficeCurrency } from '../../app/use-office-currency';
import { type DashboardPeriod, dashboardPeriods } from '../../db/dashboard-period';
import { loadDashboardFigures, loadDashboardMore } from '../../db/dashboard-queries';
import { formatDay, formatNumber } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { StatCard } from '../../ui/StatCard';
import { GoalPacing } from './GoalPacing';
import { LaterSlots } from './LaterSlots';
import { MonthValueChart } from './MonthValueChart';
import { OpenStagesChart } from './OpenStagesChart';
import { PeopleLoad } from './PeopleLoad';
import { ProcessingTrend } from './ProcessingTrend';

// The figures refresh on every order write (a live query over aggregates, rollups and open-order indexes);
// the overdue and due-today counts also move with the clock, so the query is read again every minute.

/** A grey block where a card below the figures goes while it is read. */
const placeholder = (height: number) => (
  <Skeleton height={height} radius="md" data-testid="dashboard-more-loading" />
);

/** The manager's morning on one screen: what is late, who holds what, how fast the work goes, the goals. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { db } = useSession();
  const currency = useOfficeCurrency();
  const [minute, setMinute] = useState(0);
  const [period, setPeriod] = useState<DashboardPeriod>('month');
  useInterval(() => setMinute((m) => m + 1), 60_000, { autoInvoke: true });
  // The figures first; what lies below them (people, goals, the months' value, the slots) once they show.
  const data = useLiveQuery(() => loadDashboardFigures(db, period), [db, minute, period]);
  const more = useLiveQuery(
    async () => (data && data.total > 0 ? loadDashboardMore(db, data.figures) : undefined),
    [db, data],
  );
  // Until the figures are read: the page's heading over grey blocks where they go.
  if (!data)
    return <PageSkeleton title={t('nav.dashboard')} description={t('areas.dashboard.description')} />;
  const { figures } = data;
  const hours =
    figures.processingHours === null
      ? '—'
      : t('dashboardArea.hours', { hours: formatNumber(figures.processingHours) });
  const rate = figures.onTimeRate === null ? '—' : `${formatNumber(figures.onTimeRate)}%`;
  // Each period figure opens the orders behind it: those whose step fell in the period.
  const inPeriod = (milestone: MilestoneView) =>
    areaLink('orders', milestone, figures.period.from, figures.period.to);
  const periodSelector = (
    <SegmentedControl
      aria-label={t('dashboardArea.period')}
      data={dashboardPeriods.map((p) => ({ value: p, label: t(`dashboardArea.periods.${p}`) }))}
      value={period}
      onChange={(value) => setPeriod(value as DashboardPeriod)}
      data-testid="dashboard-period"
    />
  );
  // data-shown: the figures (or the empty office's note) are on screen — what the start-up bench waits for.
  return (
    <div data-testid="dashboard" data-shown="figures">
      <PageHeader
        title={t('nav.dashboard')}
        description={t('areas.dashboard.description')}
        actions={data.total === 0 ? undefined : periodSelector}
      />
      {data.total === 0 ? (
        <EmptyState
          icon={IconDashboard}
          title={t('areas.dashboard.emptyTitle')}
          body={t('areas.dashboard.emptyBody')}
          action={{ label: t('areas.dashboard.emptyAction'), onClick: () => navigate('orders') }}
        />
      ) : (
        <Stack>
          <VisuallyHidden data-testid="dashboard-summary">
            {t('dashboardArea.summary', {
              overdue: formatNumber(data.overdue),
              dueToday: formatNumber(data.dueToday),
              open: formatNumber(data.open),
              from: formatDay(figures.period.from),
              to: formatDay(figures.period.to),
              received: formatNumber(figures.received),
              completed: formatNumber(figures.completed),
              hours,
            })}
          </VisuallyHidden>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <StatCard
              label={t('dashboardArea.overdue')}
              value={formatNumber(data.overdue)}
              href={areaLink('orders', 'overdue')}
              alert={data.overdue > 0}
              testId="stat-overdue"
            />
            <StatCard
              label={t('dashboardArea.dueToday')}
              value={formatNumber(data.dueToday)}
              href={areaLink('orders', 'dueToday')}
              testId="stat-due-today"
            />
            <StatCard
              label={t('dashboardArea.openOrders')}
              value={formatNumber(data.open)}
              href={areaLink('orders')}
              testId="stat-open"
            />
            <StatCard
              label={t('dashboardArea.unassigned')}
              value={formatNumber(data.unassigned)}
              href={areaLink('orders', 'unassigned')}
              testId="stat-unassigned"
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed" data-testid="period-range">
            {t('dashboardArea.periodRange', {
              from: formatDay(figures.period.from),
              to: formatDay(figures.period.to),
            })}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            <StatCard
              label={t('dashboardArea.received')}
              value={formatNumber(figures.received)}
              href={inPeriod('received')}
              testId="stat-received"
            />
            <StatCard
              label={t('dashboardArea.completed')}
              value={formatNumber(figures.completed)}
              href={inPeriod('completed')}
              testId="stat-completed"
            />
            <StatCard
              label={t('dashboardArea.processing')}
              value={hours}
              href={inPeriod('shipped')}
              testId="stat-processing"
            />
            {/* The on-time rate opens what pulled it down: the period's late shipments. */}
            <StatCard
              label={t('dashboardArea.onTime')}
              value={rate}
              href={inPeriod('late')}
              testId="stat-on-time"
            />
            <StatCard
              label={t('dashboardArea.totalOrders')}
              value={formatNumber(data.total)}
              href={areaLink('orders', 'all')}
              testId="stat-total"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <OpenStagesChart stages={data.openByStatus} />
            {more ? <PeopleLoad people={more.perPerson} period={figures.period} /> : placeholder(360)}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ProcessingTrend trend={figures.trend} />
            {more ? <GoalPacing goals={more.goals} /> : placeholder(240)}
          </SimpleGrid>
          {more ? (
            <>
              <MonthValueChart revenue={more.revenue} office={currency?.code ?? ''} />
              <LaterSlots data={more} />
            </>
          ) : (
            placeholder(260)
          )}
        </Stack>
      )}
    </div>
  );
}
