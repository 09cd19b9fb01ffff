import {
  ActionIcon,
  AppShell,
  Burger,
  Group,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import { PageSkeleton } from '../ui/PageSkeleton';
import { AreaNav } from './AreaNav';
import { AreaPage, areas } from './areas';
import type { BackupResponder } from './backups/backup-responder';
import { backUpFromMenu, useOfficeBackups } from './backups/use-backups';
import { CommandPalette } from './CommandPalette';
import { ErrorBoundary } from './ErrorBoundary';
import { useArea } from './route';
import { useSession } from './session-context';
import { UnfinishedWorkNotice } from './UnfinishedWorkNotice';

/** The window: header, navigation by area, and the current area's page (loaded on first visit). */
export function AppLayout({ backups }: { backups: BackupResponder }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const [current, go] = useArea();
  const session = useSession();
  const { identity } = session;
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();
  const area = areas.find((a) => a.id === current) ?? areas[0];
  useOfficeBackups(backups, session);

  // Menu items of the desktop shell arrive as commands; those that belong to an area open it.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'commandPalette') spotlight.open();
        else if (command === 'toggleColorScheme') toggleColorScheme();
        else if (command === 'openSettings' || command === 'about') go('settings');
        else if (command === 'exportPackage' || command === 'importPackage') go('sharing');
        else if (command === 'backupNow') {
          go('sharing');
          void backUpFromMenu(t);
        }
      }),
    [go, toggleColorScheme, t],
  );

  if (!area) return null;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.toggleNav')}
            />
            <Title order={4}>{t('app.title')}</Title>
            <Text size="xs" c="dimmed" visibleFrom="md" data-testid="machine-badge">
              {t('header.machine', { name: identity.machineName, prefix: identity.orderPrefix })}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <UnstyledButton onClick={() => spotlight.open()} aria-label={t('header.openPalette')}>
              <Group gap={6} c="dimmed">
                <IconSearch size={16} />
                <Text size="sm" visibleFrom="sm">
                  {t('header.openPalette')}
                </Text>
              </Group>
            </UnstyledButton>
            <Tooltip label={t('header.toggleTheme')}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={toggleColorScheme}
                aria-label={t('header.toggleTheme')}
              >
                {colorScheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AreaNav current={current} onPick={() => opened && toggle()} />
      </AppShell.Navbar>
      <AppShell.Main>
        <UnfinishedWorkNotice />
        <ErrorBoundary key={area.id} where={t(`nav.${area.id}`)}>
          <Suspense
            fallback={
              <PageSkeleton title={t(`nav.${area.id}`)} description={t(`areas.${area.id}.description`)} />
            }
          >
            <AreaPage area={area} />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
      <CommandPalette />
    </AppShell>
  );
}
