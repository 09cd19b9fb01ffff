import { MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Meeting, meetingKinds } from '../../../../shared/schema/meeting';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { meetingSaveFields, saveMeeting } from '../../../db/meeting-commands';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, NotesInput, useRecordForm } from '../../../ui/record-form';
import { useToday } from '../../../ui/use-today';
import { ActionFields } from './ActionFields';
import { type MeetingFormValues, meetingInputOf } from './meeting-form';
import { OneOnOnePanel } from './OneOnOnePanel';
import { peopleOptions } from './use-meetings-data';

/**
 * Record or plan a meeting: its type, title, day and time, who attends, the agenda, notes and decisions,
 * and the action items it produced (each with an owner). A one-on-one is with one person and follows the
 * template — wellbeing, progress on goals, obstacles, development — with the person's goals, training and
 * last review beside the notes. The meeting and its items are saved together or not at all.
 */
export function MeetingForm(props: {
  initial: MeetingFormValues;
  record?: Meeting;
  staff: readonly Staff[];
  nameOf: (id: string) => string;
  onClose: () => void;
  onDelete?: (record: Meeting) => void;
  /** A dialog over the form (the delete's question): Escape closes that, not the form. */
  childOpen?: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const today = useToday();
  const { record } = props;
  const form = useRecordForm(meetingSaveFields, {
    initial: props.initial,
    fromValues: meetingInputOf,
    write: (input) => saveMeeting(session, input, record ? { id: record.id, rev: record.rev } : undefined),
    onSaved: (saved) => {
      notifySaved(
        t(record ? 'routinesArea.meetings.form.updated' : 'routinesArea.meetings.form.created', {
          title: saved.title,
        }),
      );
      props.onClose();
    },
  });
  const { field } = form;
  const values = form.form.getValues();
  const { meeting } = values;
  const oneOnOne = meeting.kind === 'one_on_one';
  const p = 'routinesArea.meetings';
  const kinds = meetingKinds.map((k) => ({ value: k, label: t(`${p}.kind.${k}`) }));
  const attendees = peopleOptions(props.staff, meeting.attendees);
  const subjects = peopleOptions(props.staff, [meeting.subjectId]);

  const subjectProps = field('meeting.subjectId');
  const chooseSubject = (id: string | null) => {
    form.form.setFieldValue('meeting.subjectId', id);
    // A one-on-one with nobody named yet takes the person's name as its title.
    if (id && form.form.getValues().meeting.title.trim() === '')
      form.form.setFieldValue('meeting.title', t(`${p}.oneOnOneWith`, { name: props.nameOf(id) }));
  };

  const notes = (
    <NotesInput label={t(`${p}.fields.notes`)} data-testid="meeting-notes" {...field('meeting.notes')} />
  );
  return (
    <FormModal
      record={form}
      testId="meeting-form"
      size={oneOnOne ? 'xl' : 'lg'}
      onClose={props.onClose}
      onDelete={record && props.onDelete ? () => props.onDelete?.(record) : undefined}
      childOpen={props.childOpen}
      keysHint={false}
      title={t(record ? `${p}.form.editTitle` : `${p}.form.newTitle`)}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t(`${p}.fields.kind`)}
          withAsterisk
          allowDeselect={false}
          data={kinds}
          data-testid="meeting-kind"
          {...field('meeting.kind')}
        />
        <TextInput
          label={t(`${p}.fields.title`)}
          withAsterisk
          data-autofocus
          data-testid="meeting-title"
          {...field('meeting.title')}
        />
      </SimpleGrid>
      <SimpleGrid cols={oneOnOne ? 3 : 2}>
        <DateField
          label={t(`${p}.fields.date`)}
          withAsterisk
          data-testid="meeting-date"
          {...field('meeting.date')}
        />
        <TextInput
          type="time"
          label={t(`${p}.fields.time`)}
          data-testid="meeting-time"
          {...field('meeting.time')}
        />
        {oneOnOne && (
          <Select
            label={t(`${p}.fields.subject`)}
            withAsterisk
            searchable
            data={subjects}
            placeholder={t(`${p}.fields.subjectPlaceholder`)}
            data-testid="meeting-subject"
            {...subjectProps}
            onChange={chooseSubject}
          />
        )}
      </SimpleGrid>
      <MultiSelect
        label={t(`${p}.fields.attendees`)}
        placeholder={t(`${p}.fields.attendeesPlaceholder`)}
        data={attendees}
        searchable
        clearable
        hidePickedOptions
        data-testid="meeting-attendees"
        {...field('meeting.attendees')}
      />
      <NotesInput label={t(`${p}.fields.agenda`)} data-testid="meeting-agenda" {...field('meeting.agenda')} />
      {oneOnOne ? (
        <SimpleGrid cols={2} data-testid="one-on-one-template">
          <Stack gap="xs">
            <NotesInput label={t(`${p}.template.wellbeing`)} {...field('meeting.oneOnOne.wellbeing')} />
            <NotesInput label={t(`${p}.template.goals`)} {...field('meeting.oneOnOne.goals')} />
            <NotesInput label={t(`${p}.template.obstacles`)} {...field('meeting.oneOnOne.obstacles')} />
            <NotesInput label={t(`${p}.template.development`)} {...field('meeting.oneOnOne.development')} />
            {notes}
          </Stack>
          {meeting.subjectId ? <OneOnOnePanel personId={meeting.subjectId} today={today} /> : <div />}
        </SimpleGrid>
      ) : (
        notes
      )}
      <NotesInput
        label={t(`${p}.fields.decisions`)}
        data-testid="meeting-decisions"
        {...field('meeting.decisions')}
      />
      <ActionFields record={form} staff={props.staff} />
    </FormModal>
  );
}
