import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { actionStatuses } from '../../../../shared/schema/meeting';
import type { Staff } from '../../../../shared/schema/staff';
import { DateField } from '../../../ui/DateField';
import type { RecordFormHandle } from '../../../ui/record-form';
import { emptyActionRow, type MeetingFormValues } from './meeting-form';
import { peopleOptions } from './use-meetings-data';

/**
 * The action items a meeting produces, edited with it: what, who owns it (required: an item nobody owns
 * is an item nobody does), by when, and its status. They are saved with the meeting, all or nothing.
 */
export function ActionFields(props: {
  record: RecordFormHandle<MeetingFormValues>;
  staff: readonly Staff[];
}) {
  const { t } = useTranslation();
  const { form } = props.record;
  const values = form.getValues();
  const owners = peopleOptions(
    props.staff,
    values.actions.map((a) => a.ownerId),
  );
  const statuses = actionStatuses.map((s) => ({ value: s, label: t(`routinesArea.meetings.status.${s}`) }));
  return (
    <Fieldset legend={t('routinesArea.meetings.form.actions')} variant="filled" data-testid="meeting-actions">
      <Stack gap="xs">
        {values.actions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('routinesArea.meetings.form.noActions')}
          </Text>
        )}
        {values.actions.map((row, i) => {
          const number = i + 1;
          return (
            <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="action-row">
              <TextInput
                aria-label={t('routinesArea.meetings.form.actionN', { number })}
                placeholder={t('routinesArea.meetings.form.actionPlaceholder')}
                flex={1}
                data-testid={`action-title-${i}`}
                {...props.record.field(`actions.${i}.title`)}
              />
              <Select
                aria-label={t('routinesArea.meetings.form.ownerN', { number })}
                placeholder={t('routinesArea.meetings.form.owner')}
                data={owners}
                searchable
                w={170}
                data-testid={`action-owner-${i}`}
                {...props.record.field(`actions.${i}.ownerId`)}
              />
              <DateField
                aria-label={t('routinesArea.meetings.form.dueN', { number })}
                w={140}
                data-testid={`action-due-${i}`}
                {...props.record.field(`actions.${i}.due`)}
              />
              <Select
                aria-label={t('routinesArea.meetings.form.statusN', { number })}
                data={statuses}
                allowDeselect={false}
                w={130}
                data-testid={`action-status-${i}`}
                {...props.record.field(`actions.${i}.status`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('routinesArea.meetings.form.removeAction', { number })}
                onClick={() => form.removeListItem('actions', i)}
                data-testid={`action-remove-${i}`}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('actions', emptyActionRow(values.meeting.date))}
            data-testid="meeting-add-action"
          >
            {t('routinesArea.meetings.form.addAction')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
