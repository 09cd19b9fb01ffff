import { Button, Tabs } from '@mantine/core';
import { IconMessageQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { AnswerRequestDialog } from './answer/AnswerRequestDialog';
import { CalibrationTab } from './calibration/CalibrationTab';
import { CyclesTab } from './cycles/CyclesTab';
import { HistoryTab } from './history/HistoryTab';
import { RewardsTab } from './rewards/RewardsTab';
import { TemplatesTab } from './templates/TemplatesTab';

const tabs = ['cycles', 'templates', 'calibration', 'rewards', 'history'] as const;
type ReviewsTab = (typeof tabs)[number];

/**
 * Performance reviews: cycles with their board, the templates they run on, calibration before a cycle
 * closes, rewards and each person's history. "Answer a feedback request" is the reviewer's side: it reads
 * a request file from any office and saves the answer as a response file, on any machine, even one that
 * holds no office data.
 */
export default function ReviewsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<ReviewsTab>('cycles');
  const [answering, setAnswering] = useState(false);
  const answer = (
    <Button
      variant="default"
      leftSection={<IconMessageQuestion size={16} />}
      onClick={() => setAnswering(true)}
      data-testid="answer-request"
    >
      {t('reviewsArea.answer.open')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('nav.reviews')} description={t('areas.reviews.description')} actions={answer} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as ReviewsTab)} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`reviews-tab-${id}`}>
              {t(`reviewsArea.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tab === 'cycles' && <CyclesTab onTemplates={() => setTab('templates')} />}
        {tab === 'templates' && <TemplatesTab />}
        {tab === 'calibration' && <CalibrationTab />}
        {tab === 'rewards' && <RewardsTab />}
        {tab === 'history' && <HistoryTab />}
      </Tabs>
      {answering && <AnswerRequestDialog onClose={() => setAnswering(false)} />}
    </>
  );
}
