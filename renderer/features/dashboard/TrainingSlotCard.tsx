import { Anchor, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaLink } from '../../app/route';
import type { TrainingSlot } from '../../db/training-queries';
import { formatDateTime } from '../../i18n/format';

/** Training's slot: the next session and the plan items past due. */
export function TrainingSlotCard({ training }: { training: TrainingSlot }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="training-slot">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('dashboardArea.slots.training')}
      </Text>
      <Text size="sm">
        {training.next
          ? t('dashboardArea.slots.nextSession', {
              course: training.next.course,
              when: formatDateTime(training.next.start),
            })
          : t('dashboardArea.slots.noSession')}
      </Text>
      <Anchor href={areaLink('training')} size="sm" c={training.overdue > 0 ? 'red' : undefined}>
        {t('dashboardArea.slots.trainingOverdue', { count: training.overdue })}
      </Anchor>
    </Paper>
  );
}
