import { useMantineColorScheme } from '@mantine/core';
import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconLanguage, IconSearch, IconSunMoon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { areas } from './areas';
import { useLanguage } from './language';
import { navigate } from './route';

/** Ctrl/Cmd+K: jump to any area, switch theme or language, without the mouse. */
export function CommandPalette() {
  const { t } = useTranslation();
  const { toggleColorScheme } = useMantineColorScheme();
  const [language, setLanguage] = useLanguage();
  const actions: SpotlightActionGroupData[] = [
    {
      group: t('palette.areas'),
      actions: areas.map((area) => ({
        id: `area-${area.id}`,
        label: t('palette.goTo', { area: t(`nav.${area.id}`) }),
        description: t(`areas.${area.id}.description`),
        leftSection: <area.icon size={20} stroke={1.5} />,
        onClick: () => navigate(area.id),
      })),
    },
    {
      group: t('palette.commands'),
      actions: [
        {
          id: 'toggle-theme',
          label: t('palette.toggleTheme'),
          leftSection: <IconSunMoon size={20} stroke={1.5} />,
          onClick: toggleColorScheme,
        },
        {
          id: 'switch-language',
          label: t('palette.switchLanguage'),
          leftSection: <IconLanguage size={20} stroke={1.5} />,
          onClick: () => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN'),
        },
      ],
    },
  ];
  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      // From any field too — a text box, a select, a note: Ctrl+K types nothing anywhere in the app.
      tagsToIgnore={[]}
      triggerOnContentEditable
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      // The palette is a dialog with no visible title: it is named for screen readers.
      attributes={{ content: { 'aria-label': t('header.openPalette') } }}
      searchProps={{
        leftSection: <IconSearch size={20} stroke={1.5} />,
        placeholder: t('palette.placeholder'),
      }}
    />
  );
}
