import { IconTarget } from '@tabler/icons-react';
import { PlannedAreaPage } from '../../ui/PlannedAreaPage';

// SMART goals and KPIs arrive with the goals capability; until then the page says what it will hold.
export default function GoalsPage() {
  return <PlannedAreaPage area="goals" icon={IconTarget} />;
}
