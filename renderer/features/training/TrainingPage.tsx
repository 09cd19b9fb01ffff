import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { CareerTab } from './career/CareerTab';
import { CatalogueTab } from './catalogue/CatalogueTab';
import { NeedsTab } from './needs/NeedsTab';
import { OverviewTab } from './overview/OverviewTab';
import { PlansTab } from './plans/PlansTab';
import { SessionsTab } from './sessions/SessionsTab';

const tabs = ['plans', 'catalogue', 'sessions', 'needs', 'career', 'overview'] as const;
type TrainingTab = (typeof tabs)[number];

/**
 * Training and development: each person's plan, the course catalogue, sessions with attendance, the
 * training needs the duty matrix and certificates give, career plans, and an overview against the budget. Completing a course raises the
 * person's skills, which the team's duty matrix reads at once.
 */
export default function TrainingPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TrainingTab>('plans');
  return (
    <>
      <PageHeader title={t('nav.training')} description={t('areas.training.description')} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as TrainingTab)} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`training-tab-${id}`}>
              {t(`trainingArea.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tab === 'plans' && <PlansTab />}
        {tab === 'catalogue' && <CatalogueTab />}
        {tab === 'sessions' && <SessionsTab />}
        {tab === 'needs' && <NeedsTab />}
        {tab === 'career' && <CareerTab />}
        {tab === 'overview' && <OverviewTab />}
      </Tabs>
    </>
  );
}
