import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Closing a complaint: the customer's satisfaction, 1–5, asked before the step is taken. */
export function CloseComplaint(props: {
  title: string;
  error: string | null;
  onClose: () => void;
  onConfirm: (satisfaction: number | null) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  return (
    <Modal
      opened
      onClose={props.onClose}
      centered
      title={t('routinesArea.incidents.closeTitle')}
      closeButtonProps={{ 'aria-label': t('routinesArea.incidents.cancel') }}
    >
      <Stack data-testid="close-complaint">
        <Text size="sm" fw={600}>
          {props.title}
        </Text>
        <Radio.Group
          label={t('routinesArea.incidents.satisfaction')}
          description={t('routinesArea.incidents.closeBody')}
          value={value}
          onChange={setValue}
          error={props.error}
        >
          <Group mt="xs">
            {['1', '2', '3', '4', '5'].map((n) => (
              <Radio key={n} value={n} label={n} data-testid={`satisfaction-${n}`} />
            ))}
          </Group>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('routinesArea.incidents.cancel')}
          </Button>
          <Button
            onClick={() => props.onConfirm(value ? Number(value) : null)}
            data-testid="close-complaint-confirm"
          >
            {t('routinesArea.incidents.closeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
