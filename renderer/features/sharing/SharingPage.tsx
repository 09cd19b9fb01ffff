import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { BackupsSection } from './BackupsSection';
import { ExportSection } from './ExportSection';
import { ImportSection, type IncomingPackage } from './ImportSection';

/** Sharing & Backups: packages to and from the office's other machines, and the backups of this one. */
export default function SharingPage() {
  const { t } = useTranslation();
  // A backup chosen for a restore goes to the import section's preview.
  const [incoming, setIncoming] = useState<IncomingPackage | null>(null);
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.sharing')} description={t('areas.sharing.description')} />
      <ExportSection />
      <ImportSection incoming={incoming} />
      <BackupsSection onRestore={(name, bytes) => setIncoming({ name, bytes })} />
    </Stack>
  );
}
