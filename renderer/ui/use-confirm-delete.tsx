import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Destructive actions are confirmed and undoable: a delete asks first, naming what goes, then the caller
// deletes softly and offers Undo (notifyUndo). One dialog for every area that has no words of its own.

interface Asking {
  /** What is deleted, as the person knows it (a title, a name). */
  name: string;
  action: () => void;
}

/**
 * `ask(name, action)` opens the dialog; `modal` must be rendered by the caller; `open` says it is up (a
 * form beneath it must not close on the same Escape).
 */
export function useConfirmDelete(): {
  ask: (name: string, action: () => void) => void;
  modal: ReactNode;
  open: boolean;
} {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Asking | null>(null);
  const modal = (
    <Modal
      opened={asking !== null}
      onClose={() => setAsking(null)}
      title={t('confirmDelete.title', { name: asking?.name ?? '' })}
      size="sm"
      centered
    >
      <Stack>
        <Text size="sm">{t('confirmDelete.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAsking(null)} data-autofocus>
            {t('confirmDelete.cancel')}
          </Button>
          <Button
            color="red"
            data-testid="confirm-delete"
            onClick={() => {
              const action = asking?.action;
              setAsking(null);
              action?.();
            }}
          >
            {t('confirmDelete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { ask: (name, action) => setAsking({ name, action }), modal, open: asking !== null };
}
