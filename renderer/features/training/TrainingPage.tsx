import { IconSchool } from '@tabler/icons-react';
import { navigate } from '../../app/route';
import { AreaEmptyPage } from '../../ui/AreaEmptyPage';

// Courses and training plans arrive with the training capability.
export default function TrainingPage() {
  return <AreaEmptyPage area="training" icon={IconSchool} onNext={() => navigate('team')} />;
}
