import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { HotkeyItem } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from './FormActions';
import { RecordForm } from './RecordForm';
import type { RecordFormHandle } from './use-record-form';

/**
 * A record form in a dialog: its title, its fields, then delete / cancel / save. Enter saves, Esc closes;
 * closing (Esc, ×, Cancel) with unsaved changes asks whether to discard them.
 */
export function FormModal<V>(props: {
  record: RecordFormHandle<V>;
  title: ReactNode;
  onClose: () => void;
  testId: string;
  size?: string;
  onDelete?: () => void;
  deleteLabel?: string;
  saveLabel?: string;
  saveTestId?: string;
  /** Buttons before the save button (e.g. "Save draft"). */
  extra?: ReactNode;
  keysHint?: boolean | string;
  /** False where Enter in a field means something else (see RecordForm). */
  enterSaves?: boolean;
  hotkeys?: HotkeyItem[];
  /** A dialog of its own is open above this one (e.g. "remove this person?"): Esc is its, not this one's. */
  childOpen?: boolean;
  /** Below the form, outside it (e.g. a person's skills, which save on their own). */
  below?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { record } = props;
  const [confirming, setConfirming] = useState(false);
  // The question opens once the key that asked to close has been handled everywhere: opened at once, it
  // would see the same Esc reach the window and close again.
  const close = () => (record.isDirty() ? setTimeout(() => setConfirming(true), 0) : props.onClose());
  return (
    <Modal
      opened
      onClose={close}
      closeOnEscape={!confirming && !props.childOpen}
      size={props.size ?? 'lg'}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('formActions.close') }}
    >
      <RecordForm record={record} enterSaves={props.enterSaves} hotkeys={props.hotkeys}>
        <Stack gap="sm" data-testid={props.testId}>
          {props.children}
          <FormActions
            onDelete={props.onDelete}
            deleteLabel={props.deleteLabel}
            onCancel={close}
            saveLabel={props.saveLabel}
            saveTestId={props.saveTestId}
            extra={props.extra}
            submitting={record.busy}
            error={record.error}
            keysHint={props.keysHint}
          />
        </Stack>
      </RecordForm>
      {props.below}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('recordForm.discardTitle')}
        size="sm"
        centered
        withCloseButton={false}
      >
        <Stack>
          <Text size="sm">{t('recordForm.discardBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('recordForm.keepEditing')}
            </Button>
            <Button color="red" onClick={props.onClose} data-testid="discard-changes">
              {t('recordForm.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Modal>
  );
}
