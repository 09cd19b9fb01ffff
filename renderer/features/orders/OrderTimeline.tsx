import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderEvent } from '../../../shared/schema/order-event';
import type { Product } from '../../../shared/schema/product';
import type { Staff } from '../../../shared/schema/staff';
import { formatDateTime, formatNumber } from '../../i18n/format';

/**
 * Who did what to the order and when, oldest first; edits after submission list each changed line, and
 * each shipment what went out of each line.
 */
export function OrderTimeline(props: {
  events: readonly OrderEvent[];
  staff: ReadonlyMap<string, Staff>;
  products: ReadonlyMap<string, Product>;
}) {
  const { t } = useTranslation();
  const events = [...props.events].sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : a.rev < b.rev ? -1 : 1,
  );
  const title = (e: OrderEvent) => {
    const actor = e.actor;
    switch (e.kind) {
      case 'created':
        return t('ordersArea.events.created', { actor });
      case 'transition':
        return t('ordersArea.events.transition', {
          actor,
          from: e.from ? t(`status.${e.from}`) : '',
          to: e.to ? t(`status.${e.to}`) : '',
        });
      case 'assign':
        return e.note
          ? t('ordersArea.events.assign', { actor, name: props.staff.get(e.note)?.name ?? e.note })
          : t('ordersArea.events.unassign', { actor });
      case 'invoice':
        return t('ordersArea.events.invoice', { actor });
      case 'edit':
        return t('ordersArea.events.edit', { actor });
      case 'shipment':
        return t(e.from === e.to ? 'ordersArea.events.shipment' : 'ordersArea.events.shipmentTo', {
          actor,
          to: e.to ? t(`status.${e.to}`) : '',
        });
    }
  };
  const lineText = (change: OrderEvent['lineChanges'][number]) => {
    const product = props.products.get(change.productId)?.name ?? change.productId;
    const shipped = change.fields.find((f) => f.field === 'shipped');
    if (shipped)
      return t('ordersArea.events.lineShipped', {
        product,
        count: formatNumber(shipped.after - shipped.before),
        total: formatNumber(shipped.after),
      });
    if (change.kind === 'added') return t('ordersArea.events.lineAdded', { product });
    if (change.kind === 'removed') return t('ordersArea.events.lineRemoved', { product });
    const changes = change.fields
      .map((f) => `${t(`ordersArea.detail.${f.field}`)} ${f.before} → ${f.after}`)
      .join(', ');
    return t('ordersArea.events.lineChanged', { product, changes });
  };
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="order-timeline">
      {events.map((e) => (
        <Timeline.Item key={e.id} title={title(e)}>
          <Text size="xs" c="dimmed">
            {formatDateTime(e.at)}
          </Text>
          {e.kind !== 'assign' && e.note && <Text size="sm">{e.note}</Text>}
          {e.lineChanges.map((change, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: changes of one event have no id of their own
            <Text size="sm" key={i}>
              {lineText(change)}
            </Text>
          ))}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
