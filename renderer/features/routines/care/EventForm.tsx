import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { eventKinds, type TeamEvent, teamEventFields } from '../../../../shared/schema/care';
import { useSession } from '../../../app/session-context';
import { saveTeamEvent } from '../../../db/care-commands';
import { loadStaff } from '../../../db/team-queries';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import { eventFormValues, eventInputOf } from './event-form';

/** Plan or change a team event: its kind, title, day(s), time, place, who takes part and a note. */
export function EventForm(props: {
  record?: TeamEvent;
  day: string;
  onClose: () => void;
  onDelete?: (record: TeamEvent) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const staff = useLiveQuery(() => loadStaff(session.db), [session.db]);
  const { record } = props;
  const event = useRecordForm(teamEventFields, {
    initial: eventFormValues(record, props.day),
    fromValues: eventInputOf,
    write: (input) => saveTeamEvent(session, input, record),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.events.form.saved', { title: saved.title }));
      props.onClose();
    },
  });
  const { field } = event;
  // Someone who left stays shown on an event they took part in.
  const people = (staff ?? []).filter((s) => s.status !== 'left' || record?.participants.includes(s.id));
  return (
    <FormModal
      record={event}
      testId="event-form"
      saveTestId="event-save"
      onClose={props.onClose}
      onDelete={record && props.onDelete ? () => props.onDelete?.(record) : undefined}
      title={t(record ? 'routinesArea.events.form.editTitle' : 'routinesArea.events.form.newTitle')}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('routinesArea.events.form.kind')}
          withAsterisk
          allowDeselect={false}
          data={eventKinds.map((k) => ({ value: k, label: t(`routinesArea.events.kind.${k}`) }))}
          {...field('kind')}
          data-testid="event-kind"
        />
        <TextInput
          label={t('routinesArea.events.form.title')}
          withAsterisk
          data-autofocus
          {...field('title')}
          data-testid="event-title"
        />
        <DateField
          label={t('routinesArea.events.form.date')}
          withAsterisk
          {...hintBelow}
          {...field('date')}
          data-testid="event-date"
        />
        <DateField
          label={t('routinesArea.events.form.endDate')}
          description={t('routinesArea.events.form.endDateHint')}
          {...hintBelow}
          {...field('endDate')}
          data-testid="event-end-date"
        />
        <TextInput
          label={t('routinesArea.events.form.time')}
          description={t('routinesArea.events.form.timeHint')}
          placeholder="18:30"
          {...hintBelow}
          {...field('time')}
          data-testid="event-time"
        />
        <TextInput
          label={t('routinesArea.events.form.place')}
          {...field('place')}
          data-testid="event-place"
        />
      </SimpleGrid>
      <MultiSelect
        label={t('routinesArea.events.form.participants')}
        description={t('routinesArea.events.form.participantsHint')}
        searchable
        data={people.map((s) => ({ value: s.id, label: s.name }))}
        {...hintBelow}
        {...field('participants')}
        data-testid="event-participants"
      />
      <NotesInput label={t('routinesArea.events.form.note')} {...field('note')} data-testid="event-note" />
    </FormModal>
  );
}
