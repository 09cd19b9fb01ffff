import { SimpleGrid, Stack } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { IconDashboard } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { areaLink, navigate } from '../../app/route';
import { useSession } from '../../app/session-context';
import { loadDashboard } from '../../db/dashboard-queries';
import { formatNumber } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { StatCard } from '../../ui/StatCard';
import { MonthValueChart } from './MonthValueChart';
import { OpenStagesChart } from './OpenStagesChart';
import { PeopleLoad } from './PeopleLoad';

// The figures refresh on every order write (a live query over aggregates and open-order indexes); the
// overdue and due-today counts also move with the clock, so the query is read again every minute.

/** What is overdue and due today, how the open work is spread over the team, and the trend. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { db } = useSession();
  const [minute, setMinute] = useState(0);
  useInterval(() => setMinute((m) => m + 1), 60_000, { autoInvoke: true });
  const data = useLiveQuery(() => loadDashboard(db), [db, minute]);
  if (!data) return null;
  return (
    <>
      <PageHeader title={t('nav.dashboard')} description={t('areas.dashboard.description')} />
      {data.total === 0 ? (
        <EmptyState
          icon={IconDashboard}
          title={t('areas.dashboard.emptyTitle')}
          body={t('areas.dashboard.emptyBody')}
          action={{ label: t('areas.dashboard.emptyAction'), onClick: () => navigate('orders') }}
        />
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
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
            <StatCard
              label={t('dashboardArea.totalOrders')}
              value={formatNumber(data.total)}
              testId="stat-total"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <OpenStagesChart stages={data.openByStatus} />
            <PeopleLoad people={data.perPerson} />
          </SimpleGrid>
          <MonthValueChart months={data.byMonth} />
        </Stack>
      )}
    </>
  );
}
