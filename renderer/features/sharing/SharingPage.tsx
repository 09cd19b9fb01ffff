import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { BackupsSection } from './BackupsSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

/** Sharing & Backups: packages to and from the office's other machines, and the backups of this one. */
export default function SharingPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.sharing')} description={t('areas.sharing.description')} />
      <ExportSection />
      <ImportSection />
      <BackupsSection />
    </Stack>
  );
}
