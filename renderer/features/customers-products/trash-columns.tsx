import { ActionIcon, Button } from '@mantine/core';
import { IconRestore, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../i18n/format';
import { type CatalogColumn, CellText } from './CatalogTable';

type Record = { id: string; name: string; updatedAt: string };

/**
 * The last columns of a catalog list: in the trash, when each record was deleted and a Restore
 * button; otherwise a delete icon that asks first (the caller's onDelete).
 */
export function trashColumns<T extends Record>(
  t: TFunction,
  showDeleted: boolean,
  handlers: { onDelete: (record: T) => void; onRestore: (record: T) => void },
): CatalogColumn<T>[] {
  if (showDeleted) {
    return [
      {
        id: 'deletedAt',
        label: t('customersArea.columns.deletedAt'),
        width: '170px',
        render: (r) => <CellText dimmed>{formatDateTime(r.updatedAt)}</CellText>,
      },
      {
        id: 'actions',
        label: t('customersArea.columns.actions'),
        width: '96px',
        render: (r) => (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconRestore size={14} />}
            aria-label={t('customersArea.trash.restoreLabel', { name: r.name })}
            onClick={() => handlers.onRestore(r)}
          >
            {t('customersArea.trash.restore')}
          </Button>
        ),
      },
    ];
  }
  return [
    {
      id: 'actions',
      label: '',
      width: '36px',
      render: (r) => (
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('customersArea.trash.delete', { name: r.name })}
          onClick={(e) => {
            e.stopPropagation();
            handlers.onDelete(r);
          }}
        >
          <IconTrash size={16} />
        </ActionIcon>
      ),
    },
  ];
}
