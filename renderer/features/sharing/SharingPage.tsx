import { IconShare } from '@tabler/icons-react';
import { AreaEmptyPage } from '../../ui/AreaEmptyPage';

// Export, import and backups arrive with the sharing capability (see README).
export default function SharingPage() {
  return <AreaEmptyPage area="sharing" icon={IconShare} next="settings" />;
}
