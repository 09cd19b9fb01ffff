import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconDashboard } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CURRENCY } from '../../../shared/office';
import { currencyDigits } from '../../../shared/rules/money';
import { navigate } from '../../app/route';
import { useSession } from '../../app/session-context';
import { loadDashboard } from '../../db/dashboard-queries';
import { formatAmount, formatNumber } from '../../i18n/format';
import { Bar } from '../../ui/charts';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { StatCard } from '../../ui/StatCard';

const CURRENCY = DEFAULT_CURRENCY;
const unit = 10 ** currencyDigits(CURRENCY);

export default function DashboardPage() {
  const { t } = useTranslation();
  const { db } = useSession();
  const data = useLiveQuery(() => loadDashboard(db), [db]);
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
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <StatCard label={t('dashboard.openOrders')} value={formatNumber(data.open)} testId="stat-open" />
            <StatCard
              label={t('dashboard.totalOrders')}
              value={formatNumber(data.total)}
              testId="stat-total"
            />
            <StatCard label={t('dashboard.staff')} value={formatNumber(data.staff)} />
            <StatCard label={t('dashboard.customers')} value={formatNumber(data.customers)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Paper withBorder p="md" radius="md">
              <Title order={4} mb="sm">
                {t('dashboard.byStatus')}
              </Title>
              <Bar
                data={{
                  labels: data.byStatus.map((s) => t(`status.${s.status}`)),
                  datasets: [
                    {
                      label: t('dashboard.byStatus'),
                      data: data.byStatus.map((s) => s.count),
                      backgroundColor: '#4c6ef5',
                    },
                  ],
                }}
                options={{ plugins: { legend: { display: false } }, animation: false }}
              />
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Title order={4} mb="sm">
                {t('dashboard.byMonth')}
              </Title>
              <Bar
                data={{
                  labels: data.byMonth.map((m) => m.month),
                  datasets: [
                    {
                      label: t('dashboard.byMonth'),
                      data: data.byMonth.map((m) => m.amount / unit),
                      backgroundColor: '#12b886',
                    },
                  ],
                }}
                options={{
                  plugins: {
                    legend: { display: false },
                    tooltip: {
                      callbacks: {
                        label: (item) => formatAmount(Math.round(Number(item.raw) * unit), CURRENCY),
                      },
                    },
                  },
                  animation: false,
                }}
              />
            </Paper>
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
