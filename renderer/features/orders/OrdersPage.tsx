import { Badge, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrderStatus, orderStatuses } from '../../../shared/schema/order';
import { navigate } from '../../app/route';
import { useSession } from '../../app/session-context';
import { queuePage } from '../../db/order-queries';
import { formatAmount, formatDateTime } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

/** The latest orders, filterable by status. Order entry and the full queue build on this page. */
export default function OrdersPage() {
  const { t } = useTranslation();
  const { db } = useSession();
  const [status, setStatus] = useState<OrderStatus | null>(null);
  const rows = useLiveQuery(async () => {
    const orders = await queuePage(db, {
      view: status ? { kind: 'status', status } : { kind: 'open' },
      sort: 'age',
      descending: true,
    });
    const [customers, staff] = await Promise.all([
      db.customers.bulkGet(orders.map((o) => o.customerId)),
      db.staff.bulkGet(orders.map((o) => o.assigneeId ?? '')),
    ]);
    return orders.map((order, i) => ({
      order,
      customer: customers[i]?.name ?? '',
      assignee: staff[i]?.name ?? null,
    }));
  }, [db, status]);
  const hasAny = useLiveQuery(() => db.orders.limit(1).count(), [db]);
  if (rows === undefined || hasAny === undefined) return null;
  return (
    <>
      <PageHeader title={t('nav.orders')} description={t('areas.orders.description')} />
      {hasAny === 0 ? (
        <EmptyState
          icon={IconFileInvoice}
          title={t('areas.orders.emptyTitle')}
          body={t('areas.orders.emptyBody')}
          action={{ label: t('areas.orders.emptyAction'), onClick: () => navigate('customers') }}
        />
      ) : (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" mb="sm">
            <Title order={4}>{t('orders.latest')}</Title>
            <Select
              aria-label={t('orders.filterStatus')}
              placeholder={t('orders.allStatuses')}
              clearable
              value={status}
              onChange={(value) => setStatus(value as OrderStatus | null)}
              data={orderStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </Group>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover data-testid="orders-table" style={{ whiteSpace: 'nowrap' }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('orders.number')}</Table.Th>
                  <Table.Th>{t('orders.customer')}</Table.Th>
                  <Table.Th>{t('orders.status')}</Table.Th>
                  <Table.Th>{t('orders.priority')}</Table.Th>
                  <Table.Th ta="right">{t('orders.total')}</Table.Th>
                  <Table.Th>{t('orders.orderedAt')}</Table.Th>
                  <Table.Th>{t('orders.assignee')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ order, customer, assignee }) => (
                  <Table.Tr key={order.id}>
                    <Table.Td ff="monospace">{order.number}</Table.Td>
                    <Table.Td>{customer}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`status.${order.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {order.priority === 'urgent' ? (
                        <Badge color="red">{t('priority.urgent')}</Badge>
                      ) : (
                        <Text size="sm">{t('priority.normal')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatAmount(order.total, order.currency)}</Table.Td>
                    <Table.Td>{formatDateTime(order.orderedAt)}</Table.Td>
                    <Table.Td>{assignee ?? <Text c="dimmed">{t('orders.unassigned')}</Text>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </>
  );
}
