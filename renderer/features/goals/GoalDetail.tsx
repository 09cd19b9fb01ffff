import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/schema/goal';
import type { GoalFigures } from '../../db/goal-queries';
import { formatDay } from '../../i18n/format';
import { PacingBadge, useMetricText } from '../../ui/goal-figures';
import { CheckIns } from './CheckIns';
import { GoalChart } from './GoalChart';

/** One goal: where it stands in a sentence, its chart against the target line, its check-ins. */
export function GoalDetail(props: {
  goal: Goal;
  figures: GoalFigures | undefined;
  ownerName: string;
  today: string;
  onEdit: () => void;
  onAddSubGoal: () => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const metricText = useMetricText();
  const { goal, figures } = props;
  const value = (n: number | null) => metricText(goal.metric, n, goal.manualUnit);
  const status = figures?.progress.status ?? 'noData';
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="xl"
      title={goal.title}
      closeButtonProps={{ 'aria-label': t('formActions.close') }}
    >
      <Stack gap="sm" data-testid="goal-detail">
        <Group gap="xs">
          <PacingBadge status={status} />
          <Text size="sm" c="dimmed">
            {t(`metric.${goal.metric}`)} · {props.ownerName} · {t(`goalTerm.${goal.term}`)}
          </Text>
        </Group>
        {goal.description && <Text size="sm">{goal.description}</Text>}
        <Text size="sm" data-testid="goal-summary">
          {t('goalsArea.detail.summary', {
            baseline: value(goal.baseline),
            target: value(goal.target),
            due: formatDay(goal.due),
            actual: value(figures?.actual ?? null),
            pacing: t(`pacing.${status}`),
          })}
        </Text>
        <GoalChart goal={goal} today={props.today} />
        <CheckIns goal={goal} today={props.today} />
        <Group justify="space-between" mt="sm">
          <Button variant="subtle" color="red" onClick={props.onDelete}>
            {t('goalsArea.detail.delete')}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={props.onAddSubGoal}>
              {t('goalsArea.detail.subGoals')}
            </Button>
            <Button onClick={props.onEdit} data-testid="edit-goal">
              {t('goalsArea.detail.edit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
