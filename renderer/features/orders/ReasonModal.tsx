import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../shared/rules/workflow';

/** Asks why before a step that needs a reason (return, hold, cancel); the reason goes to the timeline. */
export function ReasonModal(props: {
  action: WorkflowAction | null;
  error?: string | null;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    props.onCancel();
  };
  return (
    <Modal
      opened={props.action !== null}
      onClose={close}
      title={
        props.action
          ? t('ordersArea.detail.reasonTitle', { action: t(`ordersArea.actions.${props.action}`) })
          : ''
      }
    >
      <Stack>
        <Textarea
          label={t('ordersArea.detail.reasonLabel')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={props.error ?? (reason.trim() ? null : t('ordersArea.detail.reasonRequired'))}
          autoFocus
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('ordersArea.detail.cancel')}
          </Button>
          <Button
            disabled={!reason.trim()}
            onClick={() => {
              props.onConfirm(reason.trim());
              setReason('');
            }}
          >
            {t('ordersArea.detail.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
