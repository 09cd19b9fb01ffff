import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { notifySaved, notifyUndo } from '../../ui/notify';

// Deleting a customer or product is soft (a tombstone that travels to other machines): it asks first,
// then offers Undo in the notification; "Show deleted" lists what can be restored later.

export type CatalogTable = 'customers' | 'products';

export interface Deletable {
  id: string;
  name: string;
  code: string;
}

export function useSoftDelete() {
  const { t } = useTranslation();
  const { repos } = useSession();
  const [asking, setAsking] = useState<{ table: CatalogTable; record: Deletable } | null>(null);

  const restore = async (table: CatalogTable, record: Deletable) => {
    await repos[table].restore(record.id);
    notifySaved(t('customersArea.trash.restored', { name: record.name }));
  };

  const remove = async (table: CatalogTable, record: Deletable) => {
    setAsking(null);
    await repos[table].remove(record.id);
    notifyUndo({
      key: record.id,
      message: t('customersArea.trash.deleted', { name: record.name }),
      undoLabel: t('customersArea.trash.undo'),
      undo: () => void restore(table, record),
    });
  };

  const modal = (
    <Modal
      opened={asking !== null}
      onClose={() => setAsking(null)}
      title={t(
        asking?.table === 'products'
          ? 'customersArea.trash.confirmProductTitle'
          : 'customersArea.trash.confirmCustomerTitle',
      )}
      centered
    >
      {asking && (
        <Stack>
          <Text size="sm">
            {t('customersArea.trash.confirmBody', { name: asking.record.name, code: asking.record.code })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)} data-autofocus>
              {t('customersArea.trash.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => void remove(asking.table, asking.record)}
              data-testid="confirm-delete"
            >
              {t('customersArea.trash.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );

  return {
    /** Ask for confirmation, then delete and offer Undo. */
    askDelete: (table: CatalogTable, record: Deletable) => setAsking({ table, record }),
    restore: (table: CatalogTable, record: Deletable) => restore(table, record),
    modal,
  };
}
