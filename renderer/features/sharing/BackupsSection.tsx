import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { Section } from '../settings/Section';

/** The backups of this machine: kept by the desktop app's main process; a browser has none. */
export function BackupsSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('sharingArea.backups.title')}>
      {platform.kind === 'browser' && (
        <Alert color="blue" data-testid="backups-browser">
          {t('sharingArea.backups.browserOnly')}
        </Alert>
      )}
    </Section>
  );
}
