import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { CareTab } from './care/CareTab';
import { CultureTab } from './care/CultureTab';
import { EventsTab } from './care/EventsTab';
import { PdcaTab } from './improvement/PdcaTab';
import { SopsTab } from './improvement/SopsTab';
import { ActionsTab } from './meetings/ActionsTab';
import { MeetingsTab } from './meetings/MeetingsTab';
import { IncidentsTab } from './risks/IncidentsTab';
import { RisksTab } from './risks/RisksTab';

export const routineTabs = [
  'meetings',
  'actions',
  'risks',
  'incidents',
  'pdca',
  'sops',
  'events',
  'culture',
  'care',
] as const;
export type RoutinesTab = (typeof routineTabs)[number];

/**
 * The office's routines: meetings and one-on-ones with their action items, the risk register and
 * incidents, PDCA improvement cycles, process documents (SOPs), team events, core values and
 * recognitions, and staff care (confidential).
 */
export default function RoutinesPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<RoutinesTab>('meetings');
  return (
    <>
      <PageHeader title={t('nav.routines')} description={t('areas.routines.description')} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as RoutinesTab)} keepMounted={false}>
        <Tabs.List mb="md">
          {routineTabs.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`routines-tab-${id}`}>
              {t(`routinesArea.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tab === 'meetings' && <MeetingsTab />}
        {tab === 'actions' && <ActionsTab />}
        {tab === 'risks' && <RisksTab />}
        {tab === 'incidents' && <IncidentsTab />}
        {tab === 'pdca' && <PdcaTab />}
        {tab === 'sops' && <SopsTab />}
        {tab === 'events' && <EventsTab />}
        {tab === 'culture' && <CultureTab />}
        {tab === 'care' && <CareTab />}
      </Tabs>
    </>
  );
}
