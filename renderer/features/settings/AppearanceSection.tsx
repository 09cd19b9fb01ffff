import { type MantineColorScheme, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import { useLanguage } from '../../app/language';
import { Section } from '../../ui/Section';
import { SegmentedField } from '../../ui/SegmentedField';

/** The language (the system's by default) and the light or dark theme. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Section title={t('settings.appearance')}>
      <SegmentedField
        label={t('settings.language')}
        hint={t('settings.languageHint')}
        value={language}
        onChange={(value) => setLanguage(value as Language)}
        data={[
          { value: 'zh-CN', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
        data-testid="language-switch"
      />
      <SegmentedField
        label={t('settings.theme')}
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={[
          { value: 'light', label: t('settings.themeLight') },
          { value: 'dark', label: t('settings.themeDark') },
          { value: 'auto', label: t('settings.themeAuto') },
        ]}
      />
    </Section>
  );
}
