import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaLink } from '../../app/route';
import type { Dashboard } from '../../db/dashboard-queries';
import { PacingBadge, ProgressBar } from '../../ui/goal-figures';

/** The team's goals and how each is pacing; each opens the goals area. */
export function GoalPacing({ goals }: { goals: Dashboard['goals'] }) {
  const { t } = useTranslation();
  const active = goals.filter((g) => g.goal.status === 'active');
  return (
    <Paper withBorder p="md" radius="md" data-testid="goal-pacing">
      <Title order={2} size="h4" mb="sm">
        {t('dashboardArea.goals')}
      </Title>
      {active.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('dashboardArea.noGoals')}{' '}
          <Anchor href={areaLink('goals')} underline="always">
            {t('dashboardArea.setGoal')}
          </Anchor>
        </Text>
      ) : (
        <Stack gap="sm">
          {active.map(({ goal, progress, rolled }) => (
            <Stack key={goal.id} gap={4}>
              <Group justify="space-between" wrap="nowrap">
                <Anchor href={areaLink('goals')} size="sm" lineClamp={1}>
                  {goal.title}
                </Anchor>
                <PacingBadge status={progress?.status ?? 'noData'} />
              </Group>
              <ProgressBar value={rolled ?? null} label={goal.title} />
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
