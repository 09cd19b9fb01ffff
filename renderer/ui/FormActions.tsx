import { Alert, Button, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The bottom of every record form: delete on the left; the keys, cancel and save on the right. */
export function FormActions(props: {
  onDelete?: () => void;
  /** What the delete button says, when it is not plain "Delete" (e.g. "Remove from the team"). */
  deleteLabel?: string;
  onCancel: () => void;
  submitting: boolean;
  error: string | null;
  /** Whether the form saves on Enter, so the hint says so. */
  keysHint?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {props.error && (
        <Alert color="red" variant="light" data-testid="form-error">
          {props.error}
        </Alert>
      )}
      <Group justify="space-between" mt="xs">
        <Group>
          {props.onDelete && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={props.onDelete}
              data-testid="form-delete"
            >
              {props.deleteLabel ?? t('formActions.delete')}
            </Button>
          )}
        </Group>
        <Group gap="sm">
          {props.keysHint !== false && (
            <Text size="xs" c="dimmed">
              {t('formActions.keys')}
            </Text>
          )}
          <Button variant="default" onClick={props.onCancel}>
            {t('formActions.cancel')}
          </Button>
          <Button type="submit" loading={props.submitting} data-testid="form-save">
            {t('formActions.save')}
          </Button>
        </Group>
      </Group>
    </>
  );
}
