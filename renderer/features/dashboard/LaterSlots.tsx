import { SimpleGrid } from '@mantine/core';
import type { Dashboard } from '../../db/dashboard-queries';
import { ActionSlotCard } from './ActionSlotCard';
import { ReviewSlotCard } from './ReviewSlotCard';
import { RiskSlotCard } from './RiskSlotCard';
import { TrainingSlotCard } from './TrainingSlotCard';

// The morning screen's slots for the areas beyond orders: training, reviews, risks, meetings and actions.
export function LaterSlots({
  data,
}: {
  data: Pick<Dashboard, 'training' | 'reviews' | 'risks' | 'actions'>;
}) {
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} data-testid="later-slots">
      <TrainingSlotCard training={data.training} />
      <ReviewSlotCard slot={data.reviews} />
      <RiskSlotCard slot={data.risks} />
      <ActionSlotCard slot={data.actions} />
    </SimpleGrid>
  );
}
