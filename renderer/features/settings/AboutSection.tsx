import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { platform } from '../../platform';
import { Section } from '../../ui/Section';

export function AboutSection() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.getAppInfo().then(setInfo);
  }, []);
  return (
    <Section title={t('settings.about')}>
      <Text size="sm">
        {t('app.title')} — {t('app.tagline')}
      </Text>
      {info && (
        <Text size="sm" c="dimmed">
          {t('settings.version', { version: info.version })} · {info.platform}
        </Text>
      )}
    </Section>
  );
}
