import { Badge, Box, Checkbox, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkCalendar } from '../../../shared/rules/working-time';
import type { Customer } from '../../../shared/schema/customer';
import type { Order } from '../../../shared/schema/order';
import type { Staff } from '../../../shared/schema/staff';
import { formatAmount, formatDateTime } from '../../i18n/format';
import classes from './QueueList.module.css';
import { slaColor, slaLabel } from './sla-label';

const ROW_HEIGHT = 44;

/** The queue as a virtualised list: only the rows in view are in the DOM, whatever the count. */
export function QueueList(props: {
  rows: readonly Order[];
  hasMore: boolean;
  onLoadMore: () => void;
  customers: ReadonlyMap<string, Customer>;
  staff: ReadonlyMap<string, Staff>;
  calendar: WorkCalendar | undefined;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onOpen: (order: Order) => void;
}) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const { rows, hasMore, onLoadMore } = props;
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  useEffect(() => {
    if (last && last.index >= rows.length - 1 && hasMore) onLoadMore();
  }, [last, rows.length, hasMore, onLoadMore]);
  const now = new Date();
  const allSelected = rows.length > 0 && rows.every((r) => props.selected.has(r.id));

  return (
    <Box className={classes.table} data-testid="queue-list">
      <div className={`${classes.row} ${classes.head}`}>
        <Checkbox
          aria-label={t('ordersArea.columns.select')}
          checked={allSelected}
          indeterminate={!allSelected && props.selected.size > 0}
          onChange={props.onToggleAll}
        />
        <span>{t('ordersArea.columns.number')}</span>
        <span>{t('ordersArea.columns.customer')}</span>
        <span>{t('ordersArea.columns.status')}</span>
        <span>{t('ordersArea.columns.priority')}</span>
        <span className={classes.right}>{t('ordersArea.columns.total')}</span>
        <span>{t('ordersArea.columns.orderedAt')}</span>
        <span>{t('ordersArea.columns.due')}</span>
        <span>{t('ordersArea.columns.assignee')}</span>
      </div>
      <div ref={parent} className={classes.scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const order = rows[item.index];
            const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT };
            if (!order) {
              return (
                <div key="more" className={classes.row} style={style}>
                  <Text size="sm" c="dimmed">
                    {t('ordersArea.loadingMore')}
                  </Text>
                </div>
              );
            }
            const sla = slaLabel(t, order, now, props.calendar);
            const assignee = order.assigneeId ? props.staff.get(order.assigneeId)?.name : null;
            return (
              // biome-ignore lint/a11y/useSemanticElements: a virtualised grid row, not a table row
              <div
                key={order.id}
                role="row"
                tabIndex={0}
                className={`${classes.row} ${classes.body}`}
                style={style}
                data-order={order.number}
                onClick={() => props.onOpen(order)}
                onKeyDown={(e) => e.key === 'Enter' && props.onOpen(order)}
              >
                <Checkbox
                  aria-label={`${t('ordersArea.columns.select')} ${order.number}`}
                  checked={props.selected.has(order.id)}
                  onClick={(e) => e.stopPropagation()}
                  onChange={() => props.onToggle(order.id)}
                />
                <Text size="sm" ff="monospace">
                  {order.number}
                </Text>
                <Text size="sm" truncate>
                  {props.customers.get(order.customerId)?.name ?? ''}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Badge variant="light" size="sm">
                    {t(`status.${order.status}`)}
                  </Badge>
                </Group>
                {order.priority === 'urgent' ? (
                  <Badge color="red" size="sm" w="fit-content">
                    {t('priority.urgent')}
                  </Badge>
                ) : (
                  <Text size="sm">{t('priority.normal')}</Text>
                )}
                <Text size="sm" className={classes.right}>
                  {formatAmount(order.total, order.currency)}
                </Text>
                <Text size="sm">{formatDateTime(order.orderedAt)}</Text>
                {sla.state ? (
                  <Badge variant="dot" color={slaColor[sla.state]} size="sm" w="fit-content">
                    {sla.text}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {sla.text}
                  </Text>
                )}
                <Text size="sm" c={assignee ? undefined : 'dimmed'} truncate>
                  {assignee ?? t('orders.unassigned')}
                </Text>
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
