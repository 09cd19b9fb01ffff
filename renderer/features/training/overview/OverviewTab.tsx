import { Paper, Progress, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { loadTrainingOverview } from '../../../db/training-queries';
import { formatAmount, formatMonth, formatNumber } from '../../../i18n/format';
import { ChartFigures } from '../../../ui/ChartFigures';
import { Bar } from '../../../ui/charts';
import { moneyLabel, moneyScale, toMajor } from '../../../ui/money-chart';
import { StatCard } from '../../../ui/StatCard';
import { useToday } from '../../../ui/use-today';

/**
 * How the team keeps to its training: completion per person and for the team, what is past due, and this
 * year's completed training in hours and cost, month by month, against the budget set in Settings.
 */
export function OverviewTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const data = useLiveQuery(() => loadTrainingOverview(db, today), [db, today]);
  if (!data) return null;
  const { currency, budget, totals } = data;
  const rate = (value: number | null) => (value === null ? '—' : `${formatNumber(value)}%`);
  const used = budget ? Math.round((100 * totals.cost) / budget) : null;
  const title = t('trainingArea.overview.costByMonth', { year: data.year, currency });
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md">
        <StatCard
          label={t('trainingArea.overview.teamRate')}
          value={rate(data.team.rate)}
          testId="training-team-rate"
        />
        <StatCard
          label={t('trainingArea.overview.overdue')}
          value={formatNumber(data.team.overdue)}
          alert={data.team.overdue > 0}
          testId="training-overdue"
        />
        <StatCard
          label={t('trainingArea.overview.hours', { year: data.year })}
          value={formatNumber(totals.hours)}
          testId="training-hours"
        />
        <StatCard
          label={t('trainingArea.overview.cost', { year: data.year })}
          value={formatAmount(totals.cost, currency)}
          testId="training-cost"
        />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" mb="md" data-testid="training-budget-use">
        {budget === null ? (
          <Text size="sm" c="dimmed">
            {t('trainingArea.overview.noBudget')}
          </Text>
        ) : (
          <>
            <Text size="sm" mb={4}>
              {t('trainingArea.overview.budgetUse', {
                cost: formatAmount(totals.cost, currency),
                budget: formatAmount(budget, currency),
                percent: used,
              })}
            </Text>
            <Progress
              value={Math.min(100, used ?? 0)}
              color={(used ?? 0) > 100 ? 'red' : 'teal'}
              aria-label={t('trainingArea.overview.budget')}
            />
          </>
        )}
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md" data-testid="training-cost-chart">
          <Title order={2} size="h4" mb="sm">
            {title}
          </Title>
          <div style={{ position: 'relative', height: 240 }}>
            <Bar
              role="img"
              aria-label={title}
              data={{
                labels: data.months.map((m) => formatMonth(m.month)),
                datasets: [
                  {
                    label: t('trainingArea.overview.costShort'),
                    data: data.months.map((m) => toMajor(m.cost, currency)),
                    backgroundColor: '#7950f2',
                  },
                ],
              }}
              options={{
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                  legend: { display: false },
                  tooltip: { callbacks: { label: moneyLabel(currency) } },
                },
                scales: { y: moneyScale(t('trainingArea.overview.costAxis', { currency }), currency) },
              }}
            />
          </div>
          <ChartFigures
            caption={title}
            columns={[
              t('trainingArea.overview.month'),
              t('trainingArea.overview.costShort'),
              t('trainingArea.overview.hoursShort'),
            ]}
            rows={data.months.map((m) => ({
              key: m.month,
              cells: [formatMonth(m.month), formatAmount(m.cost, currency), formatNumber(m.hours)],
            }))}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('trainingArea.overview.perPerson')}
          </Title>
          <Table data-testid="training-per-person">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainingArea.plan.person')}</Table.Th>
                <Table.Th ta="right">{t('trainingArea.plan.completedCount')}</Table.Th>
                <Table.Th ta="right">{t('trainingArea.plan.rate')}</Table.Th>
                <Table.Th ta="right">{t('trainingArea.plan.overdue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.people.map(({ person, rate: r }) => (
                <Table.Tr key={person.id}>
                  <Table.Td>{person.name}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(r.completed)} / {formatNumber(r.due)}
                  </Table.Td>
                  <Table.Td ta="right">{rate(r.rate)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.overdue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </>
  );
}
