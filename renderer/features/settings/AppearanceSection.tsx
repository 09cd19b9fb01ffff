import { type MantineColorScheme, SegmentedControl, Stack, Text, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import { useLanguage } from '../../app/language';
import { Section } from '../../ui/Section';

export function AppearanceSection() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Section title={t('settings.appearance')}>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('settings.language')}
        </Text>
        <SegmentedControl
          aria-label={t('settings.language')}
          value={language}
          onChange={(value) => setLanguage(value as Language)}
          data={[
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
          data-testid="language-switch"
        />
        <Text size="xs" c="dimmed">
          {t('settings.languageHint')}
        </Text>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('settings.theme')}
        </Text>
        <SegmentedControl
          aria-label={t('settings.theme')}
          value={colorScheme}
          onChange={(value) => setColorScheme(value as MantineColorScheme)}
          data={[
            { value: 'light', label: t('settings.themeLight') },
            { value: 'dark', label: t('settings.themeDark') },
            { value: 'auto', label: t('settings.themeAuto') },
          ]}
        />
      </Stack>
    </Section>
  );
}
