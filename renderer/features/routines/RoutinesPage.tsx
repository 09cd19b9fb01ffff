import { IconCalendarEvent } from '@tabler/icons-react';
import { PlannedAreaPage } from '../../ui/PlannedAreaPage';

// Meetings, risks, PDCA, SOPs and events arrive with the routines capability; until then the page says what it will hold.
export default function RoutinesPage() {
  return <PlannedAreaPage area="routines" icon={IconCalendarEvent} />;
}
