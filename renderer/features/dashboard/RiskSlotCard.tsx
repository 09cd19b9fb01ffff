import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RiskSlot } from '../../db/risk-slot';

// Placeholder: filled in by the risks work.
export function RiskSlotCard(_props: { slot: RiskSlot }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="risk-slot">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('dashboardArea.slots.risks')}
      </Text>
    </Paper>
  );
}
