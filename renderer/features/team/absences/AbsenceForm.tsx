import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Absence, absenceFields, absenceKinds } from '../../../../shared/schema/absence';
import { useSession } from '../../../app/session-context';
import { saveAbsenceShown } from '../../../db/absence-details';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, NotesInput, useRecordForm } from '../../../ui/record-form';
import type { TeamData } from '../use-team';
import { type AbsenceDraft, absenceFormValues, absenceInputOf } from './absence-form';

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
  const record = props.draft.record;
  const absence = useRecordForm(absenceFields, {
    initial: absenceFormValues(props.draft),
    fromValues: absenceInputOf,
    write: (input) => saveAbsenceShown(session, input, record),
    onSaved: (saved) => {
      notifySaved(
        t(record ? 'teamAbsences.form.updated' : 'teamAbsences.form.created', {
          name: props.team.nameOf(saved.staffId) ?? '',
        }),
      );
      props.onClose();
    },
  });
  const { field } = absence;
  // "Away" is what another machine's sick leave shows as here: offered only on such an absence, as it is.
  const kinds = absenceKinds.filter((kind) => kind !== 'away' || record?.kind === 'away');
  const sick = absence.form.getValues().kind === 'sick';

  // Someone who has since left still shows on their own absence, so editing it does not lose them.
  const people = props.team.staff.filter((s) => s.status !== 'left' || s.id === record?.staffId);
  return (
    <FormModal
      record={absence}
      testId="absence-form"
      size="md"
      onClose={props.onClose}
      onDelete={record ? () => props.onDelete(record) : undefined}
      keysHint={false}
      title={t(record ? 'teamAbsences.form.editTitle' : 'teamAbsences.form.newTitle')}
    >
      <Select
        label={t('teamAbsences.fields.person')}
        withAsterisk
        searchable
        allowDeselect={false}
        placeholder={t('teamAbsences.fields.personPlaceholder')}
        nothingFoundMessage={t('teamAbsences.fields.nobodyFound')}
        data={people.map((s) => ({ value: s.id, label: s.name }))}
        data-autofocus={props.draft.staffId ? undefined : true}
        {...field('staffId')}
      />
      <Select
        label={t('teamAbsences.fields.kind')}
        withAsterisk
        allowDeselect={false}
        data={kinds.map((kind) => ({ value: kind, label: t(`teamAbsences.kind.${kind}`) }))}
        description={sick ? t('teamAbsences.fields.sickHint') : undefined}
        {...field('kind')}
      />
      <SimpleGrid cols={2}>
        <DateField
          withAsterisk
          label={t('teamAbsences.fields.from')}
          data-autofocus={props.draft.staffId ? true : undefined}
          {...field('from')}
        />
        <DateField withAsterisk label={t('teamAbsences.fields.to')} {...field('to')} />
      </SimpleGrid>
      <NotesInput label={t('teamAbsences.fields.note')} {...field('note')} />
    </FormModal>
  );
}
