import { IconChecklist } from '@tabler/icons-react';
import { PlannedAreaPage } from '../../ui/PlannedAreaPage';

// Review cycles arrive with the reviews capability; until then the page says what it will hold.
export default function ReviewsPage() {
  return <PlannedAreaPage area="reviews" icon={IconChecklist} />;
}
