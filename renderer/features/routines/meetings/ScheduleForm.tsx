import { MultiSelect, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type MeetingSchedule, meetingKinds, meetingScheduleFields } from '../../../../shared/schema/meeting';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { saveSchedule } from '../../../db/meeting-commands';
import { notifySaved } from '../../../ui/notify';
import { FormModal, useRecordForm } from '../../../ui/record-form';
import { CadenceFields } from './CadenceFields';
import { scheduleFormValues, scheduleInputOf } from './meeting-form';
import { peopleOptions } from './use-meetings-data';

/**
 * A recurring meeting: weekly, every two weeks or monthly from its first date (monthly on that day of the
 * month, the month's last day when it is shorter), until an optional end that may not be before the start.
 */
export function ScheduleForm(props: {
  record?: MeetingSchedule;
  today: string;
  staff: readonly Staff[];
  onClose: () => void;
  onDelete?: (record: MeetingSchedule) => void;
  /** A dialog over the form (the delete's question): Escape closes that, not the form. */
  childOpen?: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { record } = props;
  const form = useRecordForm(meetingScheduleFields, {
    initial: scheduleFormValues(record, props.today),
    fromValues: scheduleInputOf,
    write: (input) => saveSchedule(session, input, record ? { id: record.id, rev: record.rev } : undefined),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.meetings.schedules.saved', { title: saved.title }));
      props.onClose();
    },
  });
  const { field } = form;
  const values = form.form.getValues();
  const p = 'routinesArea.meetings';
  return (
    <FormModal
      record={form}
      testId="schedule-form"
      onClose={props.onClose}
      onDelete={record && props.onDelete ? () => props.onDelete?.(record) : undefined}
      childOpen={props.childOpen}
      title={t(record ? `${p}.schedules.editTitle` : `${p}.schedules.newTitle`)}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t(`${p}.fields.kind`)}
          withAsterisk
          allowDeselect={false}
          data={meetingKinds.map((k) => ({ value: k, label: t(`${p}.kind.${k}`) }))}
          data-testid="schedule-kind"
          {...field('kind')}
        />
        <TextInput
          label={t(`${p}.fields.title`)}
          withAsterisk
          data-autofocus
          data-testid="schedule-title"
          {...field('title')}
        />
      </SimpleGrid>
      <CadenceFields record={form} testId="schedule" />
      {values.kind === 'one_on_one' && (
        <Select
          label={t(`${p}.fields.subject`)}
          withAsterisk
          searchable
          data={peopleOptions(props.staff, [values.subjectId])}
          placeholder={t(`${p}.fields.subjectPlaceholder`)}
          data-testid="schedule-subject"
          {...field('subjectId')}
        />
      )}
      <MultiSelect
        label={t(`${p}.fields.attendees`)}
        placeholder={t(`${p}.fields.attendeesPlaceholder`)}
        data={peopleOptions(props.staff, values.attendees)}
        searchable
        clearable
        hidePickedOptions
        data-testid="schedule-attendees"
        {...field('attendees')}
      />
      <Switch
        label={t(`${p}.schedules.active`)}
        data-testid="schedule-active"
        {...field('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
