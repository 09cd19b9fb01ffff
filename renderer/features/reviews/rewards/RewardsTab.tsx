import {
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rewardKinds } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { useOfficeCurrency } from '../../../app/use-office-currency';
import { loadRewardBudget } from '../../../db/review-commands';
import { loadRewards } from '../../../db/review-queries';
import { formatAmount, formatDay, formatNumber } from '../../../i18n/format';
import { useToday } from '../../../ui/use-today';
import { BudgetForm } from './BudgetForm';
import { RewardForm } from './RewardForm';

/**
 * The year's rewards: the list, what they cost against the year's budget (set here), what each kind took,
 * and a form to record one.
 */
export function RewardsTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const currency = useOfficeCurrency();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const data = useLiveQuery(async () => {
    const [list, budget] = await Promise.all([loadRewards(db, year), loadRewardBudget(db, year)]);
    return { ...list, budget };
  }, [db, year]);
  const [adding, setAdding] = useState(false);
  const [budgeting, setBudgeting] = useState(false);
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  if (!data || !currency) return null;
  const { totals, budget } = data;
  const money = (minor: number) => formatAmount(minor, currency.code);
  const percent = budget ? Math.round((100 * totals.spent) / budget) : null;
  return (
    <Stack gap="md" data-testid="rewards-tab">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('reviewsArea.rewards.year')}
          w={140}
          allowDeselect={false}
          data={years.map((y) => String(y))}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          data-testid="rewards-year"
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} data-testid="add-reward">
          {t('reviewsArea.rewards.add')}
        </Button>
      </Group>
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" radius="md" h="100%" data-testid="reward-budget">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">
                {t('reviewsArea.rewards.budget.title', { year })}
              </Title>
              <Button
                size="xs"
                variant="light"
                onClick={() => setBudgeting(true)}
                data-testid="set-reward-budget"
              >
                {t(budget === null ? 'reviewsArea.rewards.budget.set' : 'reviewsArea.rewards.budget.change')}
              </Button>
            </Group>
            {budget === null ? (
              <>
                <Text size="sm" data-testid="reward-spent">
                  {t('reviewsArea.rewards.budget.spentOnly', { spent: money(totals.spent) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('reviewsArea.rewards.budget.none', { year })}
                </Text>
              </>
            ) : (
              <>
                <Text size="sm" mb={4} data-testid="reward-spent">
                  {t('reviewsArea.rewards.budget.use', {
                    spent: money(totals.spent),
                    budget: money(budget),
                    percent: formatNumber(percent ?? 0),
                  })}
                </Text>
                <Progress
                  value={Math.min(100, percent ?? 0)}
                  color={totals.spent > budget ? 'red' : 'teal'}
                  aria-label={t('reviewsArea.rewards.budget.label')}
                />
                <Text size="xs" mt={4} c={totals.spent > budget ? 'red.8' : 'dimmed'}>
                  {totals.spent > budget
                    ? t('reviewsArea.rewards.budget.over', { amount: money(totals.spent - budget) })
                    : t('reviewsArea.rewards.budget.left', { amount: money(budget - totals.spent) })}
                </Text>
              </>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" radius="md" h="100%">
            <Title order={2} size="h4" mb="xs">
              {t('reviewsArea.rewards.byKindTitle')}
            </Title>
            <Table verticalSpacing={2} data-testid="rewards-by-kind">
              <Table.Tbody>
                {rewardKinds.map((k) => (
                  <Table.Tr key={k}>
                    <Table.Td>{t(`reviewsArea.rewards.kind.${k}`)}</Table.Td>
                    <Table.Td ta="right">{money(totals.byKind[k])}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('reviewsArea.rewards.listTitle', { year })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reviewsArea.rewards.count', { count: totals.count })}
          </Text>
        </Group>
        {data.rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="rewards-empty">
            {t('reviewsArea.rewards.empty', { year })}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table data-testid="rewards-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviewsArea.rewards.col.date')}</Table.Th>
                  <Table.Th>{t('reviewsArea.rewards.col.person')}</Table.Th>
                  <Table.Th>{t('reviewsArea.rewards.col.kind')}</Table.Th>
                  <Table.Th ta="right">{t('reviewsArea.rewards.col.amount')}</Table.Th>
                  <Table.Th>{t('reviewsArea.rewards.col.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map(({ reward, name }) => (
                  <Table.Tr key={reward.id} data-testid="reward-row" data-person={name ?? ''}>
                    <Table.Td>{formatDay(reward.date)}</Table.Td>
                    <Table.Td>{name ?? t('reviewsArea.rewards.personGone')}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {t(`reviewsArea.rewards.kind.${reward.kind}`)}
                        {reward.reviewId && (
                          <Badge size="xs" variant="light" color="gray">
                            {t('reviewsArea.rewards.fromReview')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{money(reward.amount)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {reward.note}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {adding && <RewardForm today={today} onClose={() => setAdding(false)} />}
      {budgeting && (
        <BudgetForm year={year} budget={budget} currency={currency} onClose={() => setBudgeting(false)} />
      )}
    </Stack>
  );
}
