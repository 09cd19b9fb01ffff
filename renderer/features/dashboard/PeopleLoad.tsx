import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaLink } from '../../app/route';
import type { Dashboard } from '../../db/dashboard-queries';
import { formatNumber } from '../../i18n/format';

/**
 * How the work is spread over the team: each person's open and overdue orders now and the orders they
 * completed in the chosen period, each a link to their queue.
 */
export function PeopleLoad({ people }: { people: Dashboard['perPerson'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" data-testid="people-load">
      <Title order={2} size="h4" mb="sm">
        {t('dashboardArea.perPerson')}
      </Title>
      {people.length === 0 ? (
        <Text c="dimmed">{t('dashboardArea.noPeople')}</Text>
      ) : (
        <Table verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboardArea.person')}</Table.Th>
              <Table.Th ta="right">{t('dashboardArea.open')}</Table.Th>
              <Table.Th ta="right">{t('dashboardArea.overdueCount')}</Table.Th>
              <Table.Th ta="right">{t('dashboardArea.completedCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.staffId} data-person={p.name}>
                <Table.Td>
                  <Anchor href={areaLink('orders', 'person', p.staffId)} size="sm">
                    {p.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" data-count="open">
                  {formatNumber(p.open)}
                </Table.Td>
                <Table.Td ta="right" data-count="overdue" c={p.overdue > 0 ? 'red' : undefined}>
                  {formatNumber(p.overdue)}
                </Table.Td>
                <Table.Td ta="right" data-count="completed">
                  {formatNumber(p.completed)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
