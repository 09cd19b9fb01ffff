import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

// After a soft delete: say what was deleted and offer Undo for ten seconds (DESIGN: destructive actions
// are confirmed and undoable). `undo` gets nothing to hide: the notification is gone once it is pressed.

export function showUndo(options: { key: string; message: string; undoLabel: string; undo: () => void }) {
  const id = `deleted-${options.key}-${Date.now()}`;
  notifications.show({
    id,
    color: 'orange',
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="undo-delete">
        <Text size="sm">{options.message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            options.undo();
          }}
        >
          {options.undoLabel}
        </Button>
      </Group>
    ),
  });
}
