import { Tabs } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { AbsencesTab } from './absences/AbsencesTab';
import { DutiesTab } from './duties/DutiesTab';
import { CheckRangeProvider } from './matrix/check-range';
import { MatrixTab } from './matrix/MatrixTab';
import { MatrixExportButtons } from './print/MatrixExportButtons';
import { StaffTab } from './staff/StaffTab';
import { useTeam } from './use-team';
import { WorkloadTab } from './views/WorkloadTab';

const tabs = ['matrix', 'staff', 'duties', 'absences', 'workload'] as const;
type TeamTab = (typeof tabs)[number];

/** The team, its duties and who owns which (the duty matrix with its coverage checks). */
export default function TeamPage() {
  const { t } = useTranslation();
  const team = useTeam();
  const [tab, setTab] = useState<TeamTab>('matrix');
  if (!team) return null;
  const empty = team.staff.length === 0;
  return (
    <CheckRangeProvider>
      <PageHeader
        title={t('nav.team')}
        description={t('areas.team.description')}
        actions={empty ? undefined : <MatrixExportButtons team={team} />}
      />
      <Tabs value={tab} onChange={(v) => v && setTab(v as TeamTab)} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((id) => (
            <Tabs.Tab key={id} value={id}>
              {t(`teamArea.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {empty && tab !== 'staff' && tab !== 'duties' ? (
          <EmptyState
            icon={IconUsersGroup}
            title={t('areas.team.emptyTitle')}
            body={t('areas.team.emptyBody')}
            action={{ label: t('teamArea.addFirstPerson'), onClick: () => setTab('staff') }}
          />
        ) : (
          <>
            {tab === 'matrix' && <MatrixTab team={team} />}
            {tab === 'staff' && <StaffTab team={team} />}
            {tab === 'duties' && <DutiesTab team={team} />}
            {tab === 'absences' && <AbsencesTab team={team} />}
            {tab === 'workload' && <WorkloadTab team={team} />}
          </>
        )}
      </Tabs>
    </CheckRangeProvider>
  );
}
