import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Absence, absenceKinds } from '../../../../shared/schema/absence';
import { EARLIEST_DATE, LATEST_DATE } from '../../../../shared/schema/envelope';
import { useSession } from '../../../app/session-context';
import { saveAbsence } from '../../../db/team-commands';
import { FormActions } from '../../../ui/FormActions';
import type { TeamData } from '../use-team';
import {
  type AbsenceDraft,
  type AbsenceValues,
  absenceInputOf,
  absenceValuesFrom,
  checkAbsenceValues,
  saveRefusal,
} from './absence-values';
import { useDayFormats } from './calendar-dates';

/**
 * Add or change an absence. The days are plain date inputs (YYYY-MM-DD) so they can be typed, pasted or
 * filled by a test; every refusal lands on its field and nothing is saved until all are fixed.
 */
export function AbsenceForm(props: {
  team: TeamData;
  draft: AbsenceDraft;
  onClose: () => void;
  onDelete: (absence: Absence) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const formats = useDayFormats();
  const record = props.draft.record;
  const [error, setError] = useState<string | null>(null);
  // A second Enter while the first save is on its way must not save twice.
  const busy = useRef(false);
  const form = useForm<AbsenceValues>({
    initialValues: absenceValuesFrom(props.draft),
    validate: (values) => checkAbsenceValues(t, values),
  });

  const submit = form.onSubmit(async (values) => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    try {
      await saveAbsence(session, absenceInputOf(values), record?.id);
      notifications.show({
        color: 'green',
        message: t(record ? 'teamAbsences.form.updated' : 'teamAbsences.form.created', {
          name: props.team.nameOf(values.staffId) ?? '',
        }),
      });
      props.onClose();
    } catch (failure) {
      const { field, message } = saveRefusal(t, failure, formats.date);
      if (field) form.setFieldError(field, message);
      else setError(message);
    } finally {
      busy.current = false;
    }
  });

  // Someone who has since left still shows on their own absence, so editing it does not lose them.
  const people = props.team.staff.filter((s) => s.status !== 'left' || s.id === record?.staffId);
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(record ? 'teamAbsences.form.editTitle' : 'teamAbsences.form.newTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" data-testid="absence-form">
          <Select
            label={t('teamAbsences.fields.person')}
            withAsterisk
            searchable
            allowDeselect={false}
            placeholder={t('teamAbsences.fields.personPlaceholder')}
            nothingFoundMessage={t('teamAbsences.fields.nobodyFound')}
            data={people.map((s) => ({ value: s.id, label: s.name }))}
            data-autofocus={props.draft.staffId ? undefined : true}
            {...form.getInputProps('staffId')}
          />
          <Select
            label={t('teamAbsences.fields.kind')}
            withAsterisk
            allowDeselect={false}
            data={absenceKinds.map((kind) => ({ value: kind, label: t(`teamAbsences.kind.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <SimpleGrid cols={2}>
            <TextInput
              type="date"
              min={EARLIEST_DATE}
              max={LATEST_DATE}
              label={t('teamAbsences.fields.from')}
              withAsterisk
              data-autofocus={props.draft.staffId ? true : undefined}
              {...form.getInputProps('from')}
            />
            <TextInput
              type="date"
              min={EARLIEST_DATE}
              max={LATEST_DATE}
              label={t('teamAbsences.fields.to')}
              withAsterisk
              {...form.getInputProps('to')}
            />
          </SimpleGrid>
          <Textarea
            label={t('teamAbsences.fields.note')}
            autosize
            minRows={2}
            maxRows={5}
            {...form.getInputProps('note')}
          />
          <FormActions
            onDelete={record ? () => props.onDelete(record) : undefined}
            onCancel={props.onClose}
            submitting={form.submitting}
            error={error}
            keysHint={false}
          />
        </Stack>
      </form>
    </Modal>
  );
}
