import { AppShell, Group, Skeleton, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageSkeleton } from '../ui/PageSkeleton';
import { AreaNav } from './AreaNav';
import { useArea } from './route';

/**
 * The window as it will be, painted before the database is open: the header, the navigation (its links
 * already work: the chosen area opens once the data is), and the current area's heading over skeletons.
 * Same frame as AppLayout, so the app replaces it without a jump.
 */
export function StartupShell() {
  const { t } = useTranslation();
  const [current] = useArea();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: true } }}
      padding="md"
      data-testid="startup-shell"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Title order={4}>{t('app.title')}</Title>
          <Skeleton height={12} width={160} radius="sm" visibleFrom="md" />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AreaNav current={current} />
      </AppShell.Navbar>
      <AppShell.Main>
        <PageSkeleton title={t(`nav.${current}`)} description={t(`areas.${current}.description`)} />
      </AppShell.Main>
    </AppShell>
  );
}
