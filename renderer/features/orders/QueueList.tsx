import { Badge, Box, Checkbox, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkCalendar } from '../../../shared/rules/working-time';
import type { Customer } from '../../../shared/schema/customer';
import type { Order } from '../../../shared/schema/order';
import type { Staff } from '../../../shared/schema/staff';
import { formatAmount, formatDateTime, formatDateTimeShort } from '../../i18n/format';
import classes from './QueueList.module.css';
import { RoleCell, RoleRow, RoleRowGroup } from './queue-table-roles';
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

  const header = (key: string, className = '') => (
    <RoleCell header className={`${classes.cell} ${className}`}>
      {t(`ordersArea.columns.${key}`)}
    </RoleCell>
  );

  // A table to assistive technology (table › row › cell), laid out as a CSS grid so the virtualised rows
  // can be positioned; the columns narrow, then hide by priority, as the window narrows (QueueList.module.css).
  return (
    <Box
      className={classes.table}
      role="table"
      aria-label={t('ordersArea.queueLabel')}
      aria-rowcount={rows.length + 1}
      data-testid="queue-list"
    >
      <RoleRow aria-rowindex={1} className={`${classes.row} ${classes.head}`}>
        <RoleCell header className={classes.cell}>
          <Checkbox
            aria-label={t('ordersArea.columns.select')}
            checked={allSelected}
            indeterminate={!allSelected && props.selected.size > 0}
            onChange={props.onToggleAll}
          />
        </RoleCell>
        {header('number')}
        {header('customer')}
        {header('status')}
        {header('priority', classes.priority)}
        {header('total', classes.right)}
        {header('orderedAt', classes.ordered)}
        {header('due')}
        {header('assignee')}
      </RoleRow>
      <RoleRowGroup ref={parent} className={classes.scroller}>
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const order = rows[item.index];
            const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT };
            if (!order) {
              return (
                <RoleRow key="more" className={classes.row} style={style}>
                  <RoleCell className={classes.wide}>
                    <Text size="sm" c="dimmed">
                      {t('ordersArea.loadingMore')}
                    </Text>
                  </RoleCell>
                </RoleRow>
              );
            }
            const sla = slaLabel(t, order, now, props.calendar);
            const assignee = order.assigneeId ? props.staff.get(order.assigneeId)?.name : null;
            return (
              <RoleRow
                key={order.id}
                aria-rowindex={item.index + 2}
                tabIndex={0}
                className={`${classes.row} ${classes.body}`}
                style={style}
                data-order={order.number}
                onClick={() => props.onOpen(order)}
                onKeyDown={(e) => e.key === 'Enter' && props.onOpen(order)}
              >
                <RoleCell className={classes.cell}>
                  <Checkbox
                    aria-label={`${t('ordersArea.columns.select')} ${order.number}`}
                    checked={props.selected.has(order.id)}
                    onClick={(e) => e.stopPropagation()}
                    onChange={() => props.onToggle(order.id)}
                  />
                </RoleCell>
                <RoleCell className={classes.cell}>
                  <Text size="sm" ff="monospace" truncate>
                    {order.number}
                  </Text>
                </RoleCell>
                <RoleCell className={classes.cell}>
                  <Text size="sm" truncate>
                    {props.customers.get(order.customerId)?.name ?? ''}
                  </Text>
                </RoleCell>
                <RoleCell className={classes.cell}>
                  <Badge variant="light" size="sm" maw="100%">
                    {t(`status.${order.status}`)}
                  </Badge>
                </RoleCell>
                <RoleCell className={`${classes.cell} ${classes.priority}`}>
                  {order.priority === 'urgent' ? (
                    <Badge color="red" size="sm" maw="100%">
                      {t('priority.urgent')}
                    </Badge>
                  ) : (
                    <Text size="sm" truncate>
                      {t('priority.normal')}
                    </Text>
                  )}
                </RoleCell>
                <RoleCell className={`${classes.cell} ${classes.right}`}>
                  <Text size="sm" truncate>
                    {formatAmount(order.total, order.currency)}
                  </Text>
                </RoleCell>
                <RoleCell className={`${classes.cell} ${classes.ordered}`}>
                  <Text size="sm" truncate title={formatDateTime(order.orderedAt)}>
                    {formatDateTimeShort(order.orderedAt)}
                  </Text>
                </RoleCell>
                <RoleCell className={classes.cell}>
                  {sla.state ? (
                    <Badge variant="dot" color={slaColor[sla.state]} size="sm" maw="100%">
                      {sla.text}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {sla.text}
                    </Text>
                  )}
                </RoleCell>
                <RoleCell className={classes.cell}>
                  <Text size="sm" c={assignee ? undefined : 'dimmed'} truncate>
                    {assignee ?? t('orders.unassigned')}
                  </Text>
                </RoleCell>
              </RoleRow>
            );
          })}
        </div>
      </RoleRowGroup>
    </Box>
  );
}
