import { IconSchool } from '@tabler/icons-react';
import { PlannedAreaPage } from '../../ui/PlannedAreaPage';

// Courses and training plans arrive with the training capability; until then the page says what it will hold.
export default function TrainingPage() {
  return <PlannedAreaPage area="training" icon={IconSchool} />;
}
