import {
  Autocomplete,
  Fieldset,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerSegments } from '../../../../shared/schema/customer';
import { type Duty, dutyComplexities } from '../../../../shared/schema/duty';
import { RecordValidationError } from '../../../../shared/validation';
import { useSession } from '../../../app/session-context';
import { FormActions } from '../../../ui/FormActions';
import { refusalText } from '../../../ui/form-errors';
import { translateProblems } from '../../customers/form-submit';
import type { TeamData } from '../use-team';
import {
  checkDutyValues,
  type DutyFormValues,
  dutyLimits,
  dutyValuesFrom,
  emptyDutyValues,
  formFieldOf,
} from './duty-values';

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
  const [error, setError] = useState<string | null>(null);
  const form = useForm<DutyFormValues>({
    initialValues: record ? dutyValuesFrom(record) : emptyDutyValues(),
    validate: (values) => translateProblems(t, checkDutyValues(values).problems),
  });

  // People who can hold it; someone who has left but still holds it stays listed, so the form shows them.
  const holders = record ? [record.primaryId, ...record.backupIds] : [];
  const people = [
    ...team.members.map((m) => ({ value: m.id, label: m.name })),
    ...holders
      .filter((id): id is string => !!id && !team.members.some((m) => m.id === id))
      .map((id) => ({ value: id, label: team.nameOf(id) ?? t('teamDuties.formerMember') })),
  ];
  const primaryId = form.getValues().primaryId;

  const submit = form.onSubmit(async (values) => {
    const { input } = checkDutyValues(values);
    if (!input) return;
    setError(null);
    try {
      const saved = record ? await repos.duties.update(record.id, input) : await repos.duties.create(input);
      notifications.show({
        color: 'green',
        message: t(record ? 'teamDuties.form.saved' : 'teamDuties.form.created', { name: saved.name }),
      });
      props.onClose();
    } catch (failure) {
      // The repository's refusal goes on the field it names; anything else above the buttons.
      if (failure instanceof RecordValidationError) {
        const message = t('teamDuties.errors.rejected', { reason: refusalText(t, failure) });
        const field = formFieldOf(failure.field);
        if (field) form.setFieldError(field, message);
        else setError(message);
      } else
        setError(
          t('teamDuties.errors.saveFailed', { message: String((failure as Error)?.message ?? failure) }),
        );
    }
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      title={record ? t('teamDuties.form.editDuty', { name: record.name }) : t('teamDuties.form.newDuty')}
    >
      <form onSubmit={submit} onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])} noValidate>
        <Stack gap="sm" data-testid="duty-form">
          <TextInput
            label={t('teamDuties.form.name')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={2}>
            <Select
              label={t('teamDuties.form.complexity')}
              allowDeselect={false}
              data={dutyComplexities.map((c) => ({ value: c, label: t(`complexity.${c}`) }))}
              {...form.getInputProps('complexity')}
            />
            <NumberInput
              label={t('teamDuties.form.hours')}
              description={t('teamDuties.form.hoursHint', dutyLimits.hours)}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              min={dutyLimits.hours.min}
              max={dutyLimits.hours.max}
              // Out-of-range hours are shown as typed and refused on the field, not silently clamped.
              clampBehavior="none"
              decimalScale={1}
              allowNegative={false}
              {...form.getInputProps('hoursPerWeek')}
            />
          </SimpleGrid>
          <Textarea
            label={t('teamDuties.form.description')}
            autosize
            minRows={2}
            maxRows={5}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={2}>
            <Autocomplete
              label={t('teamDuties.form.skill')}
              description={t('teamDuties.form.skillHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={knownSkills(team)}
              {...form.getInputProps('requiredSkill')}
            />
            <NumberInput
              label={t('teamDuties.form.level')}
              description={t('teamDuties.form.levelHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              min={dutyLimits.level.min}
              max={dutyLimits.level.max}
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('requiredLevel')}
            />
          </SimpleGrid>
          <Fieldset legend={t('teamDuties.form.owners')} variant="filled">
            <SimpleGrid cols={2}>
              <Select
                label={t('teamDuties.form.primary')}
                placeholder={t('teamDuties.form.primaryPlaceholder')}
                data={people}
                clearable
                searchable
                {...form.getInputProps('primaryId')}
              />
              <MultiSelect
                label={t('teamDuties.form.backups')}
                placeholder={t('teamDuties.form.backupsPlaceholder')}
                data={people.filter((p) => p.value !== primaryId)}
                searchable
                clearable
                {...form.getInputProps('backupIds')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('teamDuties.form.covers')} variant="filled">
            <Stack gap="sm">
              <SimpleGrid cols={2}>
                <MultiSelect
                  label={t('teamDuties.form.segments')}
                  description={t('teamDuties.form.segmentsHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data={customerSegments.map((s) => ({ value: s, label: t(`segment.${s}`) }))}
                  clearable
                  {...form.getInputProps('segments')}
                />
                <TagsInput
                  label={t('teamDuties.form.regions')}
                  description={t('teamDuties.form.regionsHint')}
                  placeholder={t('teamDuties.form.regionsPlaceholder')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  clearable
                  {...form.getInputProps('regions')}
                />
              </SimpleGrid>
              <Switch
                label={t('teamDuties.form.routesOrders')}
                description={t('teamDuties.form.routesOrdersHint')}
                {...form.getInputProps('routesOrders', { type: 'checkbox' })}
              />
            </Stack>
          </Fieldset>
          <FormActions
            onDelete={record ? () => props.onDelete(record) : undefined}
            onCancel={props.onClose}
            submitting={form.submitting}
            error={error}
          />
        </Stack>
      </form>
    </Modal>
  );
}
