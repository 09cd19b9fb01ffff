import {
  ActionIcon,
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/rules/local-date';
import { type CareerPlan, careerPlanFields } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import type { CareerView } from '../../../db/training-needs-queries';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, NotesInput, useRecordForm } from '../../../ui/record-form';
import { careerFormValues, careerInputOf, emptyMilestoneRow, emptySkillRow } from './career-form';

/** Days from today a milestone added in the form is due, until the manager sets its day. */
const MILESTONE_DAYS = 90;

/** Skills the office already names (people's, courses'), to pick from; any other can be typed. */
const knownSkills = (view: CareerView) =>
  [
    ...new Set([
      ...view.staff.flatMap((s) => s.skills.map((k) => k.skill)),
      ...view.courses.flatMap((c) => c.skills.map((k) => k.skill)),
    ]),
  ].sort((a, b) => a.localeCompare(b));

/**
 * Create or edit a career plan: the person, the role they aim at, the skills it needs (rows added and
 * removed), the milestones on the way and notes. Enter saves, Esc closes; every refusal lands on its field.
 */
export function CareerForm(props: {
  plan: CareerPlan | null;
  view: CareerView;
  today: string;
  onClose: () => void;
  onSaved: (plan: CareerPlan) => void;
  onDelete: (plan: CareerPlan) => void;
}) {
  const { t } = useTranslation();
  const { repos } = useSession();
  const { plan, view } = props;
  const nameOf = (id: string) => view.staff.find((s) => s.id === id)?.name ?? '';
  const record = useRecordForm(careerPlanFields, {
    initial: careerFormValues(plan),
    fromValues: careerInputOf,
    write: (input) => repos.careerPlans.save(input, plan ?? undefined),
    onSaved: (saved) => {
      notifySaved(
        t(plan ? 'trainingArea.career.form.updated' : 'trainingArea.career.form.created', {
          name: nameOf(saved.staffId),
        }),
      );
      props.onSaved(saved);
    },
  });
  const { field, form } = record;
  const values = form.getValues();

  // A row just added takes the focus, so its name is typed at once.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  useEffect(() => {
    if (!focusKey) return;
    inputs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);
  const keep = (key: string) => (node: HTMLInputElement | null) => {
    if (node) inputs.current.set(key, node);
    else inputs.current.delete(key);
  };

  const people = view.staff.filter((s) => s.status !== 'left' || s.id === plan?.staffId);
  const skillsError = record.errorOf('requiredSkills');
  const milestonesError = record.errorOf('milestones');

  return (
    <FormModal
      record={record}
      testId="career-form"
      size="xl"
      onClose={props.onClose}
      onDelete={plan ? () => props.onDelete(plan) : undefined}
      deleteLabel={t('trainingArea.career.form.delete')}
      title={
        plan
          ? t('trainingArea.career.form.editTitle', { name: nameOf(plan.staffId) })
          : t('trainingArea.career.form.newTitle')
      }
    >
      <Group grow align="flex-start">
        <Select
          label={t('trainingArea.career.form.person')}
          withAsterisk
          searchable
          allowDeselect={false}
          placeholder={t('trainingArea.career.form.personPlaceholder')}
          nothingFoundMessage={t('trainingArea.career.form.nobodyFound')}
          data={people.map((s) => ({ value: s.id, label: s.name }))}
          data-autofocus
          {...field('staffId')}
        />
        <TextInput
          label={t('trainingArea.career.form.targetRole')}
          placeholder={t('trainingArea.career.form.targetRolePlaceholder')}
          withAsterisk
          {...field('targetRole')}
        />
      </Group>

      <Fieldset legend={t('trainingArea.career.form.skills')} variant="filled" data-testid="career-skills">
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('trainingArea.career.form.skillsHint')}
          </Text>
          {values.requiredSkills.map((row, i) => {
            const number = i + 1;
            return (
              <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
                <Autocomplete
                  aria-label={t('trainingArea.career.form.skillN', { number })}
                  placeholder={t('trainingArea.career.form.skill')}
                  data={knownSkills(view)}
                  flex={1}
                  ref={keep(row.key)}
                  {...field(`requiredSkills.${i}.skill`)}
                />
                <NumberInput
                  aria-label={t('trainingArea.career.form.levelN', { number })}
                  min={1}
                  max={4}
                  // Out-of-range levels get a message rather than being changed silently.
                  clampBehavior="none"
                  allowDecimal={false}
                  w={110}
                  {...field(`requiredSkills.${i}.level`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('trainingArea.career.form.removeSkill', { number })}
                  onClick={() => form.removeListItem('requiredSkills', i)}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            );
          })}
          {skillsError && (
            <Text size="sm" c="red" role="alert" data-testid="career-skills-error">
              {skillsError}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => {
                const row = emptySkillRow();
                form.insertListItem('requiredSkills', row);
                setFocusKey(row.key);
              }}
            >
              {t('trainingArea.career.form.addSkill')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <Fieldset
        legend={t('trainingArea.career.form.milestones')}
        variant="filled"
        data-testid="career-milestones-form"
      >
        <Stack gap="xs">
          {values.milestones.map((row, i) => {
            const number = i + 1;
            return (
              <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  aria-label={t('trainingArea.career.form.milestoneN', { number })}
                  placeholder={t('trainingArea.career.form.milestoneTitle')}
                  flex={1}
                  ref={keep(row.key)}
                  {...field(`milestones.${i}.title`)}
                />
                <DateField
                  aria-label={t('trainingArea.career.form.dueN', { number })}
                  w={150}
                  {...field(`milestones.${i}.due`)}
                />
                <Checkbox
                  label={t('trainingArea.career.form.done')}
                  aria-label={t('trainingArea.career.form.doneN', { number })}
                  mt={8}
                  {...field(`milestones.${i}.done`, { type: 'checkbox' })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('trainingArea.career.form.removeMilestone', { number })}
                  onClick={() => form.removeListItem('milestones', i)}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            );
          })}
          {milestonesError && (
            <Text size="sm" c="red" role="alert">
              {milestonesError}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => {
                const row = emptyMilestoneRow(addDays(props.today, MILESTONE_DAYS));
                form.insertListItem('milestones', row);
                setFocusKey(row.key);
              }}
            >
              {t('trainingArea.career.form.addMilestone')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <NotesInput label={t('trainingArea.career.form.notes')} {...field('notes')} />
    </FormModal>
  );
}
