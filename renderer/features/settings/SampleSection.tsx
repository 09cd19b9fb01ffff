import { Button, Progress } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { useSession } from '../../app/session-context';
import { isOfficeEmpty } from '../../db/lookup-queries';
import { beginWork } from '../../db/unfinished-work';
import { formatNumber } from '../../i18n/format';
import { notifyFailed, notifySaved } from '../../ui/notify';
import { Section } from '../../ui/Section';

export function SampleSection() {
  const { t } = useTranslation();
  const session = useSession();
  const [language] = useLanguage();
  const [progress, setProgress] = useState<number | null>(null);
  const isEmpty = useLiveQuery(() => isOfficeEmpty(session.db), [session.db]);
  const load = async () => {
    setProgress(0);
    // Marked while it loads: the sample is written in several transactions, and a close cuts it short.
    const work = await beginWork('sampleOffice', '', { db: session.db });
    try {
      const { loadSampleOffice } = await import('../../db/sample-loader');
      const result = await loadSampleOffice(session, {
        language,
        onProgress: (f) => setProgress(Math.round(f * 100)),
      });
      notifySaved(t('settings.sampleLoaded', { orders: formatNumber(result.orders) }));
    } catch {
      notifyFailed(t('settings.sampleRefused'));
    } finally {
      void work.end();
      setProgress(null);
    }
  };
  return (
    <Section title={t('settings.sample')} hint={t('settings.sampleHint')}>
      {progress === null ? (
        <Button w="fit-content" variant="light" disabled={!isEmpty} onClick={load} data-testid="load-sample">
          {t('firstRun.loadSample')}
        </Button>
      ) : (
        <Progress value={progress} animated />
      )}
    </Section>
  );
}
