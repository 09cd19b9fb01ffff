import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaId } from '../../app/area-ids';
import { areaLink } from '../../app/route';

// What the areas still to come will put on the morning screen: each slot says which area fills it and
// links there, so the manager sees the dashboard's shape now and it fills in as the areas arrive.
const slots: readonly { key: string; area: AreaId }[] = [
  { key: 'training', area: 'training' },
  { key: 'reviews', area: 'reviews' },
  { key: 'risks', area: 'routines' },
  { key: 'actions', area: 'routines' },
];

export function LaterSlots() {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} data-testid="later-slots">
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
