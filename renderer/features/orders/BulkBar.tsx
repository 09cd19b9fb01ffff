import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../shared/refusal';
import { requiresReason, type WorkflowAction, workflowActions } from '../../../shared/rules/workflow';
import type { Staff } from '../../../shared/schema/staff';
import { useSession } from '../../app/session-context';
import { applyOrderAction, assignOrders } from '../../db/order-commands';
import { loadOrders } from '../../db/order-view';
import { notifySaved, notifyWarning } from '../../ui/notify';
import { ExportOrdersMenu } from './export';
import { ReasonModal } from './ReasonModal';

const NOBODY = '__nobody__';

// A partial shipment says what went out of each line of one order: it is taken on the order itself.
const bulkActions = workflowActions.filter((action) => action !== 'shipPartially');

/** What to do with the selected orders at once: assign them, take one workflow step on each, export them. */
export function BulkBar(props: {
  selected: readonly string[];
  staff: readonly Staff[];
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [pending, setPending] = useState<WorkflowAction | null>(null);

  const assign = async (value: string | null) => {
    if (!value) return;
    await assignOrders(session, props.selected, value === NOBODY ? null : value);
    // Done with these: as after a workflow step, the selection goes (they may have left the view).
    props.onClear();
    notifySaved(t('ordersArea.bulk.done', { count: props.selected.length }));
  };

  const step = async (action: WorkflowAction, note: string) => {
    let done = 0;
    let skipped = 0;
    for (const id of props.selected) {
      try {
        await applyOrderAction(session, id, action, note);
        done++;
      } catch (e) {
        // A step this order cannot take (e.g. not in a status that allows it) skips it.
        if (!(e instanceof Refusal)) throw e;
        skipped++;
      }
    }
    setPending(null);
    props.onClear();
    if (skipped) notifyWarning(t('ordersArea.bulk.skipped', { done, skipped }));
    else notifySaved(t('ordersArea.bulk.done', { count: done }));
  };

  return (
    <Paper withBorder p="xs" radius="md" data-testid="bulk-bar">
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('ordersArea.bulk.selected', { count: props.selected.length })}
        </Text>
        <Select
          placeholder={t('ordersArea.bulk.assign')}
          aria-label={t('ordersArea.bulk.assign')}
          data={[
            { value: NOBODY, label: t('ordersArea.bulk.unassign') },
            ...props.staff.map((s) => ({ value: s.id, label: s.name })),
          ]}
          value={null}
          onChange={assign}
          searchable
          size="xs"
          w={200}
        />
        <Select
          placeholder={t('ordersArea.bulk.action')}
          aria-label={t('ordersArea.bulk.action')}
          data={bulkActions.map((a) => ({ value: a, label: t(`ordersArea.actions.${a}`) }))}
          value={null}
          onChange={(value) => {
            const action = value as WorkflowAction | null;
            if (!action) return;
            if (requiresReason(action)) setPending(action);
            else void step(action, '');
          }}
          size="xs"
          w={200}
        />
        <ExportOrdersMenu size="xs" loadOrders={() => loadOrders(session.db, props.selected)} />
        <Button size="xs" variant="subtle" onClick={props.onClear}>
          {t('ordersArea.bulk.clear')}
        </Button>
      </Group>
      <ReasonModal
        action={pending}
        onCancel={() => setPending(null)}
        onConfirm={(reason) => pending && step(pending, reason)}
      />
    </Paper>
  );
}
