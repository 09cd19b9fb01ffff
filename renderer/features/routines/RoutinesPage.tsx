import { Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearRouteDetail, routeDetail } from '../../app/route';
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

const tabFromRoute = (detail: string | undefined): RoutinesTab =>
  (routineTabs as readonly string[]).includes(detail ?? '') ? (detail as RoutinesTab) : 'meetings';

/**
 * The office's routines: meetings and one-on-ones with their action items, the risk register and
 * incidents, PDCA improvement cycles, process documents (SOPs), team events, core values and
 * recognitions, and staff care (confidential).
 */
export default function RoutinesPage() {
  const { t } = useTranslation();
  // A link may open a tab (#/routines/actions, from the dashboard's cards).
  const [tab, setTab] = useState<RoutinesTab>(() => tabFromRoute(routeDetail()[0]));
  useEffect(clearRouteDetail, []);
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
