import { ActionIcon, Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';

/**
 * A list row's edit and delete buttons, named for the record they act on; their test ids are
 * `edit-<kind>` and `delete-<kind>`.
 */
export function RowActions(props: {
  kind: string;
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        aria-label={props.editLabel}
        onClick={props.onEdit}
        data-testid={`edit-${props.kind}`}
      >
        <IconPencil size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={props.deleteLabel}
        onClick={props.onDelete}
        data-testid={`delete-${props.kind}`}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
