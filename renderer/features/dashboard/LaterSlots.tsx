import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaId } from '../../app/area-ids';
import { areaLink } from '../../app/route';
import type { TrainingSlot } from '../../db/training-queries';
import { formatDateTime } from '../../i18n/format';

// The morning screen's slots for the areas beyond orders: training's next session and overdue plan items;
// the areas still to come say which area fills their slot and link there, filled in as they arrive.
const slots: readonly { key: string; area: AreaId }[] = [
  { key: 'reviews', area: 'reviews' },
  { key: 'risks', area: 'routines' },
  { key: 'actions', area: 'routines' },
];

export function LaterSlots({ training }: { training: TrainingSlot }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} data-testid="later-slots">
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
      {slots.map((slot) => (
        <Paper key={slot.key} withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t(`dashboardArea.slots.${slot.key}`)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('dashboardArea.slots.arrives')}{' '}
            <Anchor href={areaLink(slot.area)} size="sm" underline="always">
              {t(`nav.${slot.area}`)}
            </Anchor>
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
