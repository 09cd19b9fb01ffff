import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

// Every notification the app shows, by what it tells: done, failed, worth a look, in progress, or
// undoable. One place decides their colours and how long they stay.

/** Something was saved or done. */
export const notifySaved = (message: ReactNode) => notifications.show({ color: 'green', message });

/** Something failed; `title` for a failure that stays until closed (`sticky`). */
export const notifyFailed = (
  message: ReactNode,
  options: { id?: string; title?: string; sticky?: boolean } = {},
) =>
  notifications.show({
    color: 'red',
    message,
    ...(options.id ? { id: options.id } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.sticky ? { autoClose: false } : {}),
  });

/** Done only in part, or nothing to do: worth a look, not an error. */
export const notifyWarning = (message: ReactNode) => notifications.show({ color: 'yellow', message });

/** Work that goes on until `done()` is called (e.g. a backup that closing waits for). */
export function notifyWaiting(id: string, message: ReactNode): () => void {
  notifications.show({ id, loading: true, autoClose: false, message });
  return () => notifications.hide(id);
}

/**
 * After a soft delete or another change that can be taken back (a duty matrix edit): say what was done
 * and offer Undo for ten seconds (destructive actions are confirmed and undoable). `undo` gets nothing to
 * hide: the notification is gone once it is pressed. Returns what hides it (e.g. when undone another way).
 */
export function notifyUndo(options: {
  key: string;
  message: string;
  undoLabel: string;
  undo: () => void;
}): () => void {
  const id = `undo-${options.key}-${Date.now()}`;
  notifications.show({
    id,
    color: 'orange',
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="undo-delete">
        <Text size="sm">{options.message}</Text>
        {/* A long message wraps; the button keeps its whole label. */}
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
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
  return () => notifications.hide(id);
}
