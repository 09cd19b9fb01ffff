import { IconCalendarEvent } from '@tabler/icons-react';
import { navigate } from '../../app/route';
import { AreaEmptyPage } from '../../ui/AreaEmptyPage';

// Meetings, risks, PDCA, SOPs and events arrive with the routines capability.
export default function RoutinesPage() {
  return <AreaEmptyPage area="routines" icon={IconCalendarEvent} onNext={() => navigate('team')} />;
}
