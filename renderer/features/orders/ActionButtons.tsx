import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../shared/refusal';
import {
  allowedActions,
  heldFromOf,
  requiresReason,
  type WorkflowAction,
} from '../../../shared/rules/workflow';
import type { Order } from '../../../shared/schema/order';
import type { OrderEvent } from '../../../shared/schema/order-event';
import type { Product } from '../../../shared/schema/product';
import { useSession } from '../../app/session-context';
import { applyOrderAction } from '../../db/order-commands';
import { notifyFailed } from '../../ui/notify';
import { refusalMessage } from '../../ui/refusal-text';
import { ReasonModal } from './ReasonModal';
import { ShipmentModal } from './ShipmentModal';

const danger: ReadonlySet<WorkflowAction> = new Set(['cancel', 'return', 'hold']);

/**
 * Only the steps the workflow allows from here; those that need a reason ask for it first, and a partial
 * shipment asks what went out (shown over the order as it was when asked).
 */
export function ActionButtons(props: {
  order: Order;
  events: readonly OrderEvent[];
  products: ReadonlyMap<string, Product>;
}) {
  const { order, events } = props;
  const { t } = useTranslation();
  const session = useSession();
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const [shipping, setShipping] = useState<Order | null>(null);
  const [error, setError] = useState<string | null>(null);
  const actions = allowedActions(order, { heldFrom: heldFromOf(events) });

  const run = async (action: WorkflowAction, note = '') => {
    try {
      await applyOrderAction(session, order.id, action, note);
      setAsking(null);
      setError(null);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      const message = refusalMessage(t, e);
      if (asking) setError(message);
      else notifyFailed(message);
    }
  };

  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ordersArea.detail.noActions')}
      </Text>
    );
  }
  return (
    <>
      <Group gap="xs" data-testid="order-actions">
        {actions.map((action) => (
          <Button
            key={action}
            size="xs"
            variant={danger.has(action) ? 'light' : 'filled'}
            color={danger.has(action) ? 'red' : undefined}
            onClick={() =>
              action === 'shipPartially'
                ? setShipping(order)
                : requiresReason(action, order.status)
                  ? setAsking(action)
                  : run(action)
            }
          >
            {t(`ordersArea.actions.${action}`)}
          </Button>
        ))}
      </Group>
      <ReasonModal
        action={asking}
        error={error}
        onCancel={() => {
          setAsking(null);
          setError(null);
        }}
        onConfirm={(reason) => asking && run(asking, reason)}
      />
      {shipping && (
        <ShipmentModal order={shipping} products={props.products} onClose={() => setShipping(null)} />
      )}
    </>
  );
}
