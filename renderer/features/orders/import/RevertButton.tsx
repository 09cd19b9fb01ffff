import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchSummary } from '../../../db/order-import';
import { formatDateTime, formatNumber } from '../../../i18n/format';

/** A revert button that asks first: what will be deleted, and that changed orders stop it. */
export function RevertButton(props: {
  batch: ImportBatchSummary;
  onConfirm: () => Promise<void>;
  label: string;
  size?: 'xs' | 'sm';
  testId?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        size={props.size ?? 'sm'}
        variant="light"
        color="red"
        leftSection={<IconArrowBackUp size={16} />}
        onClick={() => setOpen(true)}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('ordersImport.past.confirmTitle')}
        zIndex={400}
      >
        <Stack>
          <Text size="sm">
            {t('ordersImport.past.confirmBody', {
              orders: formatNumber(props.batch.counts.orders),
              file: props.batch.fileName,
              when: formatDateTime(props.batch.at),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('ordersImport.past.keep')}
            </Button>
            <Button color="red" loading={busy} onClick={confirm} data-testid="confirm-revert">
              {t('ordersImport.past.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
