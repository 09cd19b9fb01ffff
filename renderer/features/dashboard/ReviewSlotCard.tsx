import { Anchor, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaLink } from '../../app/route';
import type { ReviewSlot } from '../../db/review-slot';
import { formatDay } from '../../i18n/format';

/** The reviews slot: how many reviews of the running cycles still wait for the manager, and when feedback is due. */
export function ReviewSlotCard({ slot }: { slot: ReviewSlot }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="review-slot">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('dashboardArea.slots.reviews')}
      </Text>
      <Text size="sm" data-testid="review-slot-due">
        {slot.nextDue
          ? t(
              slot.nextDue.passed
                ? 'dashboardArea.slots.reviewFeedbackPassed'
                : 'dashboardArea.slots.reviewFeedbackDue',
              {
                cycle: slot.nextDue.cycle,
                date: formatDay(slot.nextDue.date),
              },
            )
          : t('dashboardArea.slots.noReviewCycle')}
      </Text>
      <Anchor
        href={areaLink('reviews')}
        size="sm"
        c={slot.nextDue?.passed && slot.open > 0 ? 'red.8' : undefined}
        fw={slot.nextDue?.passed && slot.open > 0 ? 700 : undefined}
        data-testid="review-slot-open"
      >
        {t('dashboardArea.slots.reviewsOpen', { count: slot.open })}
      </Anchor>
    </Paper>
  );
}
