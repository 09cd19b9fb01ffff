import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type CoreValue,
  coreValueFields,
  type Recognition,
  recognitionFields,
} from '../../../../shared/schema/culture';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { saveCoreValue, saveRecognition } from '../../../db/culture-commands';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import { MANAGER, recognitionFormValues, recognitionInputOf, valueFormValues } from './culture-form';

/** Add or change a core value: its name, a short description, and whether it is in use. */
export function ValueForm(props: { record?: CoreValue; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { record } = props;
  const value = useRecordForm(coreValueFields, {
    initial: valueFormValues(record),
    write: (input) => saveCoreValue(session, { ...input, order: record?.order ?? 0 }, record),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.culture.valueForm.saved', { name: saved.name }));
      props.onClose();
    },
  });
  const { field } = value;
  return (
    <FormModal
      record={value}
      testId="value-form"
      saveTestId="value-save"
      size="md"
      onClose={props.onClose}
      title={t(
        record ? 'routinesArea.culture.valueForm.editTitle' : 'routinesArea.culture.valueForm.newTitle',
      )}
    >
      <TextInput
        label={t('routinesArea.culture.valueForm.name')}
        withAsterisk
        data-autofocus
        {...field('name')}
        data-testid="value-name"
      />
      <NotesInput
        label={t('routinesArea.culture.valueForm.description')}
        {...field('description')}
        data-testid="value-description"
      />
      <Switch
        label={t('routinesArea.culture.valueForm.active')}
        {...field('active', { type: 'checkbox' })}
        data-testid="value-active"
      />
    </FormModal>
  );
}

/** Recognise a person for a value they showed: the day, what they did, and who gives it. */
export function RecognitionForm(props: {
  record?: Recognition;
  today: string;
  staff: Staff[];
  values: CoreValue[];
  onClose: () => void;
  onDelete?: (record: Recognition) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { record } = props;
  const names = new Map(props.staff.map((s) => [s.id, s.name]));
  const recognition = useRecordForm(recognitionFields, {
    initial: recognitionFormValues(record, props.today),
    fromValues: recognitionInputOf,
    write: (input) => saveRecognition(session, input, record),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.culture.form.saved', { name: names.get(saved.staffId) ?? '' }));
      props.onClose();
    },
  });
  const { field } = recognition;
  const people = props.staff.filter(
    (s) => s.status !== 'left' || s.id === record?.staffId || s.id === record?.givenById,
  );
  const values = props.values.filter((v) => v.active || v.id === record?.valueId);
  return (
    <FormModal
      record={recognition}
      testId="recognition-form"
      saveTestId="recognition-save"
      onClose={props.onClose}
      onDelete={record && props.onDelete ? () => props.onDelete?.(record) : undefined}
      title={t(record ? 'routinesArea.culture.form.editTitle' : 'routinesArea.culture.form.newTitle')}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('routinesArea.culture.form.person')}
          withAsterisk
          searchable
          allowDeselect={false}
          data={people.map((s) => ({ value: s.id, label: s.name }))}
          data-autofocus
          {...field('staffId')}
          data-testid="recognition-person"
        />
        <Select
          label={t('routinesArea.culture.form.value')}
          withAsterisk
          allowDeselect={false}
          data={values.map((v) => ({ value: v.id, label: v.name }))}
          {...field('valueId')}
          data-testid="recognition-value"
        />
        <DateField
          label={t('routinesArea.culture.form.date')}
          withAsterisk
          {...hintBelow}
          {...field('date')}
          data-testid="recognition-date"
        />
        <Select
          label={t('routinesArea.culture.form.givenBy')}
          withAsterisk
          allowDeselect={false}
          data={[
            { value: MANAGER, label: t('routinesArea.culture.manager') },
            ...people.map((s) => ({ value: s.id, label: s.name })),
          ]}
          {...field('givenById')}
          data-testid="recognition-given-by"
        />
      </SimpleGrid>
      <NotesInput
        label={t('routinesArea.culture.form.note')}
        {...field('note')}
        data-testid="recognition-note"
      />
    </FormModal>
  );
}
