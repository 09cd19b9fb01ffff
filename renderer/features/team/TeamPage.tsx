import { Badge, Paper, SimpleGrid, Table, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { useSession } from '../../app/session-context';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

/** The team and who owns each duty. The full duty matrix with coverage checks builds on this page. */
export default function TeamPage() {
  const { t } = useTranslation();
  const { db } = useSession();
  const data = useLiveQuery(async () => {
    const [staff, duties] = await Promise.all([
      db.staff
        .orderBy('name')
        .filter((s) => !s.deleted)
        .toArray(),
      db.duties
        .orderBy('name')
        .filter((d) => !d.deleted)
        .toArray(),
    ]);
    return { staff, duties, names: new Map(staff.map((s) => [s.id, s.name])) };
  }, [db]);
  if (!data) return null;
  const header = <PageHeader title={t('nav.team')} description={t('areas.team.description')} />;
  if (data.staff.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={IconUsersGroup}
          title={t('areas.team.emptyTitle')}
          body={t('areas.team.emptyBody')}
          action={{ label: t('areas.team.emptyAction'), onClick: () => navigate('settings') }}
        />
      </>
    );
  }
  const name = (id: string | null) => (id ? (data.names.get(id) ?? t('team.none')) : t('team.none'));
  return (
    <>
      {header}
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Paper withBorder p="md" radius="md">
          <Title order={4} mb="sm">
            {t('team.staff')}
          </Title>
          <Table striped data-testid="staff-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.name')}</Table.Th>
                <Table.Th>{t('team.role')}</Table.Th>
                <Table.Th>{t('team.level')}</Table.Th>
                <Table.Th>{t('team.status')}</Table.Th>
                <Table.Th ta="right">{t('team.capacity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.staff.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{s.role}</Table.Td>
                  <Table.Td>{t(`level.${s.level}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={s.status === 'active' ? 'green' : 'gray'}>
                      {t(`staffStatus.${s.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{s.weeklyCapacityHours}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={4} mb="sm">
            {t('team.duties')}
          </Title>
          <Table striped data-testid="duties-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.duty')}</Table.Th>
                <Table.Th>{t('team.complexity')}</Table.Th>
                <Table.Th>{t('team.primary')}</Table.Th>
                <Table.Th>{t('team.backups')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.duties.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>{t(`complexity.${d.complexity}`)}</Table.Td>
                  <Table.Td>{name(d.primaryId)}</Table.Td>
                  <Table.Td>
                    {d.backupIds.length ? d.backupIds.map(name).join(', ') : t('team.none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </>
  );
}
