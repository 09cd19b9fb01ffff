import { Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteCommand } from '../../app/route';
import { PageHeader } from '../../ui/PageHeader';
import { BackupsSection } from './BackupsSection';
import { ExportSection } from './ExportSection';
import { ImportSection, type IncomingPackage } from './ImportSection';

/** Sharing & Backups: packages to and from the office's other machines, and the backups of this one. */
export default function SharingPage() {
  const { t } = useTranslation();
  // A backup chosen for a restore goes to the import section's preview.
  const [incoming, setIncoming] = useState<IncomingPackage | null>(null);
  // "Import again" / "Restore again" after one the app's closing cut off: to the section, its first button.
  const importPart = useRef<HTMLDivElement>(null);
  const backupsPart = useRef<HTMLDivElement>(null);
  const show = (part: HTMLDivElement | null, focus: string) => {
    part?.scrollIntoView({ block: 'start' });
    const target = part?.querySelector<HTMLElement>(focus);
    if (target?.tagName === 'SECTION') target.tabIndex = -1;
    target?.focus({ preventScroll: true });
  };
  // The import's "Import a package" button; the backups' section (its list is still loading).
  useRouteCommand('import', () => show(importPart.current, 'button:not([disabled])'));
  useRouteCommand('backups', () => show(backupsPart.current, 'section'));
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.sharing')} description={t('areas.sharing.description')} />
      <ExportSection />
      <div ref={importPart}>
        <ImportSection incoming={incoming} />
      </div>
      <div ref={backupsPart}>
        <BackupsSection onRestore={(name, bytes) => setIncoming({ name, bytes })} />
      </div>
    </Stack>
  );
}
