import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionSlot } from '../../db/action-slot';

// Placeholder: filled in by the actions work.
export function ActionSlotCard(_props: { slot: ActionSlot }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="action-slot">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('dashboardArea.slots.actions')}
      </Text>
    </Paper>
  );
}
