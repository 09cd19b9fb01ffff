import { Alert, Button, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The bottom of a customer or product form: delete on the left; the keys, cancel and save on the right. */
export function FormActions(props: {
  onDelete?: () => void;
  onCancel: () => void;
  submitting: boolean;
  error: string | null;
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
              {t('customersArea.form.delete')}
            </Button>
          )}
        </Group>
        <Group gap="sm">
          <Text size="xs" c="dimmed">
            {t('customersArea.form.keys')}
          </Text>
          <Button variant="default" onClick={props.onCancel}>
            {t('customersArea.form.cancel')}
          </Button>
          <Button type="submit" loading={props.submitting} data-testid="form-save">
            {t('customersArea.form.save')}
          </Button>
        </Group>
      </Group>
    </>
  );
}
