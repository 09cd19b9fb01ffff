import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { FiguresSection } from './FiguresSection';
import { MachineSection } from './MachineSection';
import { SampleSection } from './SampleSection';
import { SlaSection } from './SlaSection';
import { StorageSection } from './StorageSection';
import { TrainingBudgetSection } from './TrainingBudgetSection';

export default function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('areas.settings.description')} />
      <Stack maw={720}>
        <AppearanceSection />
        <MachineSection />
        <SlaSection />
        <TrainingBudgetSection />
        <StorageSection />
        <FiguresSection />
        <SampleSection />
        <AboutSection />
      </Stack>
    </>
  );
}
