import { Table, Text, TextInput } from '@mantine/core';
import { type FocusEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allOutstanding } from '../../../shared/rules/shipping';
import type { Order } from '../../../shared/schema/order';
import type { Product } from '../../../shared/schema/product';
import { shipmentForm } from '../../../shared/schema/shipment';
import { useSession } from '../../app/session-context';
import { shipOrder } from '../../db/order-commands';
import { formatNumber } from '../../i18n/format';
import { notifySaved } from '../../ui/notify';
import { FormModal, useRecordForm } from '../../ui/record-form';
import { TableHead } from '../../ui/TableHead';

/**
 * "Ship partially": which quantities of which lines went out. Each line starts at what it has outstanding;
 * a negative quantity or more than is left is said on its line, and nothing is saved until all are right.
 * It records over the version of the order it opened with: a shipment recorded meanwhile elsewhere refuses
 * it rather than counting the same goods twice.
 */
export function ShipmentModal(props: {
  order: Order;
  products: ReadonlyMap<string, Product>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { order } = props;
  const left = useMemo(() => allOutstanding(order), [order]);
  const shipment = useRecordForm(
    useMemo(() => shipmentForm(order), [order]),
    {
      initial: { quantities: left.map(String) },
      write: (input) => shipOrder(session, order.id, input, order.rev),
      onSaved: (saved) => {
        notifySaved(
          t(saved.status === 'shipped' ? 'ordersArea.ship.savedAll' : 'ordersArea.ship.saved', {
            number: saved.number,
          }),
        );
        props.onClose();
      },
    },
  );

  return (
    <FormModal
      record={shipment}
      title={t('ordersArea.ship.title', { number: order.number })}
      testId="shipment-form"
      size="xl"
      saveLabel={t('ordersArea.ship.save')}
      onClose={props.onClose}
    >
      <Text size="sm">{t('ordersArea.ship.intro')}</Text>
      <Table verticalSpacing={4}>
        <TableHead
          columns={[
            t('ordersArea.detail.product'),
            { label: t('ordersArea.detail.quantity'), align: 'right' },
            { label: t('ordersArea.detail.shipped'), align: 'right' },
            { label: t('ordersArea.detail.outstanding'), align: 'right' },
            t('ordersArea.ship.now'),
          ]}
        />
        <Table.Tbody>
          {order.lines.map((line, i) => {
            const name = props.products.get(line.productId)?.name ?? line.productId;
            // A line already shipped whole has no field: nothing is typed for it (it ships 0).
            const input = (left[i] ?? 0) > 0 ? shipment.field(`quantities.${i}`) : null;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; a product may repeat
              <Table.Tr key={i}>
                <Table.Td>{name}</Table.Td>
                <Table.Td ta="right">{formatNumber(line.quantity)}</Table.Td>
                <Table.Td ta="right">{formatNumber(line.shipped)}</Table.Td>
                <Table.Td ta="right">{formatNumber(left[i] ?? 0)}</Table.Td>
                <Table.Td w={200}>
                  {input ? (
                    <TextInput
                      size="xs"
                      inputMode="decimal"
                      aria-label={t('ordersArea.ship.nowOf', { product: name })}
                      data-autofocus={i === left.findIndex((n) => n > 0) ? true : undefined}
                      {...input}
                      // Selected on focus, as in order entry: what is typed replaces the prefilled quantity.
                      onFocus={(event: FocusEvent<HTMLInputElement>) => {
                        event.currentTarget.select();
                        input.onFocus?.(event);
                      }}
                    />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('ordersArea.ship.lineDone')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </FormModal>
  );
}
