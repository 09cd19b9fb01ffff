import { IconTarget } from '@tabler/icons-react';
import { navigate } from '../../app/route';
import { AreaEmptyPage } from '../../ui/AreaEmptyPage';

// SMART goals and KPIs arrive with the goals capability; until then the area says what to set up first.
export default function GoalsPage() {
  return <AreaEmptyPage area="goals" icon={IconTarget} onNext={() => navigate('team')} />;
}
