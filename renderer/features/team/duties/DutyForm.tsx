import {
  Autocomplete,
  Fieldset,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { customerSegments } from '../../../../shared/schema/customer';
import { type Duty, dutyComplexities, dutyFields } from '../../../../shared/schema/duty';
import { useSession } from '../../../app/session-context';
import { notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import type { TeamData } from '../use-team';
import { dutyFormValues, dutyInputOf, dutyRanges } from './duty-form';

/** Skills the office already names (people's skills, other duties' requirements), to pick from. */
const knownSkills = (team: TeamData) =>
  [
    ...new Set([
      ...team.staff.flatMap((s) => s.skills.map((k) => k.skill)),
      ...team.duties.map((d) => d.requiredSkill).filter((skill) => skill !== ''),
    ]),
  ].sort((a, b) => a.localeCompare(b));

/** Create or edit a duty. Enter saves (Ctrl/Cmd+Enter inside the description), Esc closes. */
export function DutyForm(props: {
  record: Duty | null;
  team: TeamData;
  onClose: () => void;
  onDelete: (record: Duty) => void;
}) {
  const { t } = useTranslation();
  const { repos } = useSession();
  const { record, team } = props;
  const duty = useRecordForm(dutyFields, {
    initial: dutyFormValues(record),
    fromValues: dutyInputOf,
    write: (input) => repos.duties.save(input, record ?? undefined),
    onSaved: (saved) => {
      notifySaved(t(record ? 'teamDuties.form.saved' : 'teamDuties.form.created', { name: saved.name }));
      props.onClose();
    },
  });
  const { field } = duty;

  // People who can hold it; someone who has left but still holds it stays listed, so the form shows them.
  const holders = record ? [record.primaryId, ...record.backupIds] : [];
  const people = [
    ...team.members.map((m) => ({ value: m.id, label: m.name })),
    ...holders
      .filter((id): id is string => !!id && !team.members.some((m) => m.id === id))
      .map((id) => ({ value: id, label: team.nameOf(id) ?? t('teamDuties.formerMember') })),
  ];
  const primaryId = duty.form.getValues().primaryId;

  return (
    <FormModal
      record={duty}
      testId="duty-form"
      onClose={props.onClose}
      onDelete={record ? () => props.onDelete(record) : undefined}
      title={record ? t('teamDuties.form.editDuty', { name: record.name }) : t('teamDuties.form.newDuty')}
    >
      <TextInput label={t('teamDuties.form.name')} withAsterisk data-autofocus {...field('name')} />
      <SimpleGrid cols={2}>
        <Select
          label={t('teamDuties.form.complexity')}
          allowDeselect={false}
          data={dutyComplexities.map((c) => ({ value: c, label: t(`complexity.${c}`) }))}
          {...field('complexity')}
        />
        <NumberInput
          label={t('teamDuties.form.hours')}
          description={t('teamDuties.form.hoursHint', dutyRanges.hours)}
          {...hintBelow}
          min={dutyRanges.hours.min}
          max={dutyRanges.hours.max}
          // Out-of-range hours are shown as typed and refused on the field, not silently clamped.
          clampBehavior="none"
          decimalScale={1}
          allowNegative={false}
          {...field('hoursPerWeek')}
        />
      </SimpleGrid>
      <NotesInput label={t('teamDuties.form.description')} {...field('description')} />
      <SimpleGrid cols={2}>
        <Autocomplete
          label={t('teamDuties.form.skill')}
          description={t('teamDuties.form.skillHint')}
          {...hintBelow}
          data={knownSkills(team)}
          {...field('requiredSkill')}
        />
        <NumberInput
          label={t('teamDuties.form.level')}
          description={t('teamDuties.form.levelHint')}
          {...hintBelow}
          min={dutyRanges.level.min}
          max={dutyRanges.level.max}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          {...field('requiredLevel')}
        />
      </SimpleGrid>
      <Select
        label={t('teamDuties.form.certificate')}
        description={t('teamDuties.form.certificateHint')}
        {...hintBelow}
        placeholder={t('teamDuties.form.noCertificate')}
        data={team.courses
          .filter((c) => c.certificateMonths !== null || c.id === duty.form.getValues().requiredCourseId)
          .map((c) => ({ value: c.id, label: c.title }))}
        clearable
        searchable
        data-testid="duty-certificate"
        {...field('requiredCourseId')}
      />
      <Fieldset legend={t('teamDuties.form.owners')} variant="filled">
        <SimpleGrid cols={2}>
          <Select
            label={t('teamDuties.form.primary')}
            placeholder={t('teamDuties.form.primaryPlaceholder')}
            data={people}
            clearable
            allowDeselect={false}
            searchable
            {...field('primaryId')}
          />
          <MultiSelect
            label={t('teamDuties.form.backups')}
            placeholder={t('teamDuties.form.backupsPlaceholder')}
            data={people.filter((p) => p.value !== primaryId)}
            searchable
            clearable
            {...field('backupIds')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('teamDuties.form.covers')} variant="filled">
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <MultiSelect
              label={t('teamDuties.form.segments')}
              description={t('teamDuties.form.segmentsHint')}
              {...hintBelow}
              data={customerSegments.map((s) => ({ value: s, label: t(`segment.${s}`) }))}
              clearable
              {...field('covers.segments')}
            />
            <TagsInput
              label={t('teamDuties.form.regions')}
              description={t('teamDuties.form.regionsHint')}
              placeholder={t('teamDuties.form.regionsPlaceholder')}
              {...hintBelow}
              clearable
              {...field('covers.regions')}
            />
          </SimpleGrid>
          <Switch
            label={t('teamDuties.form.routesOrders')}
            description={t('teamDuties.form.routesOrdersHint')}
            {...field('routesOrders', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
    </FormModal>
  );
}
