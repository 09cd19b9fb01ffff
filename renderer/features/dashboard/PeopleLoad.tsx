import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../shared/insights/metrics';
import { areaLink } from '../../app/route';
import type { Dashboard } from '../../db/dashboard-queries';
import { formatNumber } from '../../i18n/format';

/**
 * How the work is spread over the team: each person's open and overdue orders now and the orders they
 * completed in the chosen period, each number a link to the orders it counts.
 */
export function PeopleLoad({ people, period }: { people: Dashboard['perPerson']; period: Period }) {
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
                  <CountLink n={p.open} href={areaLink('orders', 'person', p.staffId)} />
                </Table.Td>
                <Table.Td ta="right" data-count="overdue">
                  <CountLink
                    n={p.overdue}
                    href={areaLink('orders', 'person', p.staffId, 'overdue')}
                    alert={p.overdue > 0}
                  />
                </Table.Td>
                <Table.Td ta="right" data-count="completed">
                  <CountLink
                    n={p.completed}
                    href={areaLink('orders', 'completed', period.from, period.to, p.staffId)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** A count that opens its orders; zero is plain text (an empty list is not worth a click). */
function CountLink({ n, href, alert }: { n: number; href: string; alert?: boolean }) {
  if (n === 0) return <>{formatNumber(n)}</>;
  return (
    <Anchor href={href} size="sm" c={alert ? 'red' : undefined}>
      {formatNumber(n)}
    </Anchor>
  );
}
