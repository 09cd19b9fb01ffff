import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewSlot } from '../../db/review-slot';

// Placeholder: filled in by the reviews work.
export function ReviewSlotCard(_props: { slot: ReviewSlot }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="review-slot">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('dashboardArea.slots.reviews')}
      </Text>
    </Paper>
  );
}
