import { Button, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';

/** The bottom of every record form: delete on the left; the keys, cancel and save on the right. */
export function FormActions(props: {
  onDelete?: () => void;
  /** What the delete button says, when it is not plain "Delete" (e.g. "Remove from the team"). */
  deleteLabel?: string;
  onCancel?: () => void;
  /** What the save button says, when it is not plain "Save" (e.g. "Submit"). */
  saveLabel?: string;
  saveTestId?: string;
  /** Buttons before the save button (e.g. "Save draft"). */
  extra?: ReactNode;
  submitting: boolean;
  error: string | null;
  /** The keys hint: the default "Enter saves · Esc closes", another text, or none (false). */
  keysHint?: boolean | string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormError message={props.error} />
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
              {typeof props.keysHint === 'string' ? props.keysHint : t('formActions.keys')}
            </Text>
          )}
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('formActions.cancel')}
            </Button>
          )}
          {props.extra}
          <Button type="submit" loading={props.submitting} data-testid={props.saveTestId ?? 'form-save'}>
            {props.saveLabel ?? t('formActions.save')}
          </Button>
        </Group>
      </Group>
    </>
  );
}
