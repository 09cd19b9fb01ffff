import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/schema/order';
import { formatDateTime } from '../../i18n/format';

/** "This looks like a duplicate": the same customer and lines were entered within 24 hours. */
export function DuplicateModal(props: { order: Order | null; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.order !== null}
      onClose={props.onCancel}
      title={t('ordersArea.entry.duplicateTitle')}
    >
      {props.order && (
        <Stack>
          <Text size="sm">
            {t('ordersArea.entry.duplicateBody', {
              number: props.order.number,
              when: formatDateTime(props.order.orderedAt),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onCancel}>
              {t('ordersArea.detail.cancel')}
            </Button>
            <Button color="orange" onClick={props.onConfirm}>
              {t('ordersArea.entry.saveAnyway')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
