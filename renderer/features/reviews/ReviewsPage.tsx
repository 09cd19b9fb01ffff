import { IconChecklist } from '@tabler/icons-react';
import { navigate } from '../../app/route';
import { AreaEmptyPage } from '../../ui/AreaEmptyPage';

// Review cycles arrive with the reviews capability; they build on goals and KPIs.
export default function ReviewsPage() {
  return <AreaEmptyPage area="reviews" icon={IconChecklist} onNext={() => navigate('goals')} />;
}
