import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type TrainingSession, trainingSessionFields } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { parseDay } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, useRecordForm } from '../../../ui/record-form';
import { DayTimeField } from './DayTimeField';
import { type DayTime, sessionFormValues, sessionInputOf } from './session-form';
import type { SessionsData } from './use-sessions-data';

/**
 * Plan or change a session: the course, when (a day and a time for the start and for the end), where
 * (a room, an online link or both), who gives it and who is invited. Every refusal lands on its field and
 * nothing is saved until all are fixed.
 */
export function SessionForm(props: {
  data: SessionsData;
  record?: TrainingSession;
  /** The day a new session starts on. */
  day: string;
  onClose: () => void;
  onDelete: (record: TrainingSession) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { data, record } = props;
  const editing = record ? { id: record.id, rev: record.rev } : undefined;
  const form = useRecordForm(trainingSessionFields, {
    initial: sessionFormValues(record, props.day),
    fromValues: sessionInputOf(record),
    write: (input) => session.repos.trainingSessions.save(input, editing),
    onSaved: (saved) => {
      const course = data.courseTitle(saved.courseId) ?? '';
      notifySaved(
        t(record ? 'trainingArea.sessions.form.updated' : 'trainingArea.sessions.form.created', { course }),
      );
      props.onClose();
    },
  });
  const { field } = form;
  const values = form.form.getValues();

  // The end's day follows the start's while it is the start's day: a session is mostly within one day.
  const startDay = useRef(parseDay(values.start.day));
  const changeStart = (next: DayTime) => {
    const day = parseDay(next.day);
    const current = form.form.getValues();
    form.form.setFieldValue('start', next);
    if (day && day !== startDay.current) {
      if (current.end.day === '' || current.end.day === startDay.current)
        form.form.setFieldValue('end', { ...current.end, day });
      startDay.current = day;
    }
  };

  // A course no longer offered, or a person who has since left, still shows on the session that has them.
  const courses = data.courses
    .filter((c) => c.active || c.id === record?.courseId)
    .map((c) => ({ value: c.id, label: c.title }));
  const people = data.staff
    .filter((s) => s.status === 'active' || record?.invited.includes(s.id))
    .map((s) => ({ value: s.id, label: s.name }));
  const startProps = field('start');
  const endProps = field('end');
  const invitedError = field('invited').error ?? form.errorOf('attendance');

  return (
    <FormModal
      record={form}
      testId="session-form"
      size="lg"
      onClose={props.onClose}
      onDelete={record ? () => props.onDelete(record) : undefined}
      keysHint={false}
      title={t(record ? 'trainingArea.sessions.form.editTitle' : 'trainingArea.sessions.form.newTitle')}
    >
      <Select
        label={t('trainingArea.sessions.fields.course')}
        withAsterisk
        searchable
        allowDeselect={false}
        placeholder={t('trainingArea.sessions.fields.coursePlaceholder')}
        nothingFoundMessage={t('trainingArea.sessions.fields.noCourse')}
        data={courses}
        data-autofocus
        {...field('courseId')}
      />
      <DayTimeField
        testId="session-start"
        withAsterisk
        dayLabel={t('trainingArea.sessions.fields.startDay')}
        timeLabel={t('trainingArea.sessions.fields.startTime')}
        {...startProps}
        value={values.start}
        onChange={changeStart}
      />
      <DayTimeField
        testId="session-end"
        withAsterisk
        dayLabel={t('trainingArea.sessions.fields.endDay')}
        timeLabel={t('trainingArea.sessions.fields.endTime')}
        {...endProps}
        value={values.end}
      />
      <SimpleGrid cols={2}>
        <TextInput label={t('trainingArea.sessions.fields.place')} {...field('place')} />
        <TextInput label={t('trainingArea.sessions.fields.link')} placeholder="https://" {...field('link')} />
      </SimpleGrid>
      <TextInput label={t('trainingArea.sessions.fields.trainer')} {...field('trainer')} />
      <MultiSelect
        label={t('trainingArea.sessions.fields.invited')}
        placeholder={t('trainingArea.sessions.fields.invitedPlaceholder')}
        nothingFoundMessage={t('trainingArea.sessions.fields.nobodyFound')}
        data={people}
        searchable
        clearable
        hidePickedOptions
        {...field('invited')}
        onChange={(invited) => {
          form.form.setFieldValue('invited', invited);
          // The attendance refusal shows here: changing who is invited answers it.
          form.form.clearFieldError('attendance');
        }}
        error={invitedError}
      />
    </FormModal>
  );
}
