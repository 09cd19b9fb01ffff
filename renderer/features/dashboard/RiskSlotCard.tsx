import { Anchor, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaLink } from '../../app/route';
import type { RiskSlot } from '../../db/risk-slot';

/** The risks slot: how many risks are open, how many are flagged (in red), and the highest-scored one. */
export function RiskSlotCard({ slot }: { slot: RiskSlot }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="risk-slot">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('dashboardArea.slots.risks')}
      </Text>
      <Text size="sm" data-testid="risk-slot-open">
        {t('dashboardArea.slots.risksOpen', { count: slot.open })}
      </Text>
      {slot.highest && (
        <Text size="sm" data-testid="risk-slot-highest">
          {t('dashboardArea.slots.riskHighest', { title: slot.highest.title, score: slot.highest.score })}
        </Text>
      )}
      <Anchor
        href={areaLink('routines', 'risks')}
        size="sm"
        c={slot.flagged > 0 ? 'red.8' : undefined}
        fw={slot.flagged > 0 ? 700 : undefined}
        data-testid="risk-slot-flagged"
      >
        {t('dashboardArea.slots.risksFlagged', { count: slot.flagged })}
      </Anchor>
    </Paper>
  );
}
