import {
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { lineAmounts, shownUnitPrice } from '../../../shared/rules/money';
import { outstanding } from '../../../shared/rules/shipping';
import type { Staff } from '../../../shared/schema/staff';
import { useSession } from '../../app/session-context';
import { assignOrders } from '../../db/order-commands';
import { loadOrderView } from '../../db/order-view';
import { formatAmount, formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { TableHead } from '../../ui/TableHead';
import { ActionButtons } from './ActionButtons';
import { PrintOrderButton } from './export';
import { OrderTimeline } from './OrderTimeline';

/** One order: header, lines and totals, the next steps, assignment and the timeline. */
export function OrderDetail(props: {
  orderId: string | null;
  onClose: () => void;
  staff: ReadonlyMap<string, Staff>;
  activeStaff: readonly Staff[];
  onEdit: (orderId: string) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { db } = session;
  const data = useLiveQuery(
    async () => (props.orderId ? ((await loadOrderView(db, props.orderId)) ?? null) : null),
    [db, props.orderId],
  );
  const order = data?.order;
  const money = (minor: number) => formatAmount(minor, order?.currency ?? 'CNY');
  // While goods are going out (or something has, on hold), each line says what was shipped and what is left.
  const shipping =
    order !== undefined &&
    (order.status === 'fulfilling' ||
      order.status === 'partially_shipped' ||
      (order.status === 'on_hold' && order.lines.some((line) => line.shipped > 0)));

  return (
    <Drawer
      opened={props.orderId !== null}
      onClose={props.onClose}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('formActions.close') }}
      title={order ? <Title order={3}>{t('ordersArea.detail.title', { number: order.number })}</Title> : ''}
    >
      {data && order && (
        <Stack data-testid="order-detail">
          <SimpleGrid cols={2} spacing="xs">
            <Field label={t('ordersArea.detail.customer')} value={data.customer?.name ?? ''} />
            <Field
              label={t('ordersArea.detail.status')}
              value={
                <Group gap={6}>
                  <Badge variant="light">{t(`status.${order.status}`)}</Badge>
                  {order.invoiced && <Badge color="teal">{t('ordersArea.detail.invoiced')}</Badge>}
                </Group>
              }
            />
            <Field label={t('ordersArea.detail.priority')} value={t(`priority.${order.priority}`)} />
            <Field label={t('ordersArea.detail.orderedAt')} value={formatDateTime(order.orderedAt)} />
            <Field
              label={t('ordersArea.detail.requestedDate')}
              value={order.requestedDate ? formatDate(order.requestedDate) : '—'}
            />
            <Field
              label={t('ordersArea.detail.due')}
              value={order.dueAt ? formatDateTime(order.dueAt) : '—'}
            />
          </SimpleGrid>
          <Select
            label={t('ordersArea.detail.assignee')}
            placeholder={t('orders.unassigned')}
            data={props.activeStaff.map((s) => ({ value: s.id, label: s.name }))}
            value={order.assigneeId}
            onChange={(value) => assignOrders(session, [order.id], value)}
            clearable
            allowDeselect={false}
            searchable
            w={260}
            data-testid="detail-assignee"
          />
          {order.notes && <Field label={t('ordersArea.detail.notes')} value={order.notes} />}
          <Divider label={t('ordersArea.detail.lines')} labelPosition="left" />
          <Table data-testid="order-lines">
            <TableHead
              columns={[
                t('ordersArea.detail.product'),
                { label: t('ordersArea.detail.quantity'), align: 'right' },
                ...(shipping
                  ? [
                      { label: t('ordersArea.detail.shipped'), align: 'right' as const },
                      { label: t('ordersArea.detail.outstanding'), align: 'right' as const },
                    ]
                  : []),
                { label: t('ordersArea.detail.unitPrice'), align: 'right' },
                { label: t('ordersArea.detail.discount'), align: 'right' },
                { label: t('ordersArea.detail.tax'), align: 'right' },
                { label: t('ordersArea.detail.lineTotal'), align: 'right' },
              ]}
            />
            <Table.Tbody>
              {order.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; a product may repeat
                <Table.Tr key={i}>
                  <Table.Td>{data.products.get(line.productId)?.name ?? line.productId}</Table.Td>
                  <Table.Td ta="right">{formatNumber(line.quantity)}</Table.Td>
                  {shipping && (
                    <>
                      <Table.Td ta="right">{formatNumber(line.shipped)}</Table.Td>
                      <Table.Td ta="right" fw={600} data-testid="line-outstanding">
                        {formatNumber(outstanding(line, order.status))}
                      </Table.Td>
                    </>
                  )}
                  <Table.Td ta="right">{shownUnitPrice(line, money)}</Table.Td>
                  <Table.Td ta="right">{line.discount ? money(line.discount) : '—'}</Table.Td>
                  <Table.Td ta="right">{line.taxRate / 100}%</Table.Td>
                  <Table.Td ta="right">{money(lineAmounts(line).net)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={2} align="flex-end">
            <Text size="sm">
              {t('ordersArea.detail.subtotal')}: {money(order.subtotal)}
            </Text>
            <Text size="sm">
              {t('ordersArea.detail.totalTax')}: {money(order.tax)}
            </Text>
            <Text fw={700} data-testid="order-total">
              {t('ordersArea.detail.total')}: {money(order.total)}
            </Text>
          </Stack>
          <Group gap="xs">
            {!['completed', 'cancelled'].includes(order.status) && (
              <Button variant="default" size="xs" onClick={() => props.onEdit(order.id)}>
                {t('ordersArea.detail.edit')}
              </Button>
            )}
            <PrintOrderButton orderId={order.id} size="xs" />
          </Group>
          <Divider label={t('ordersArea.detail.actions')} labelPosition="left" />
          <ActionButtons order={order} events={data.events} products={data.products} />
          <Divider label={t('ordersArea.detail.timeline')} labelPosition="left" />
          <OrderTimeline events={data.events} staff={props.staff} products={data.products} />
        </Stack>
      )}
    </Drawer>
  );
}

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </div>
  );
}
