import {
  ActionIcon,
  Autocomplete,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPencil, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { skillChangeReasons } from '../../../../shared/schema/skill-change';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { setSkill } from '../../../db/team-commands';
import { formatDateTime } from '../../../i18n/format';
import { notifyFailed } from '../../../ui/notify';
import { RecordForm, useRecordForm } from '../../../ui/record-form';
import { useFailureText } from '../../../ui/refusal-text';
import { TableHead } from '../../../ui/TableHead';
import type { TeamData } from '../use-team';
import { emptySkillValues, type SkillFormValues, skillFormSchema } from './staff-form';
import { useSkillHistory } from './use-skill-history';

/** A person's skills (0–4) and every change of them, with when and why; each change is saved at once. */
export function SkillsSection({
  team,
  person: initial,
  onChanged,
}: {
  team: TeamData;
  person: Staff;
  /** The person as a skill change saved them (their new rev), for a form open over them. */
  onChanged?: (saved: Staff) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const failureText = useFailureText();
  const person = team.staff.find((s) => s.id === initial.id) ?? initial;
  const history = useSkillHistory(person.id);
  const skillForm = useRecordForm(skillFormSchema, {
    initial: emptySkillValues(),
    write: (change) => setSkill(session, { staffId: person.id, ...change }),
    onSaved: (saved) => {
      onChanged?.(saved);
      const { reason } = skillForm.form.getValues();
      skillForm.form.setValues({ ...emptySkillValues(), reason });
      skillForm.form.resetDirty();
    },
  });
  const { field } = skillForm;
  const known = [
    ...new Set([...team.duties.map((d) => d.requiredSkill), ...person.skills.map((s) => s.skill)]),
  ]
    .filter(Boolean)
    .sort();
  const removeSkill = (skill: string) =>
    setSkill(session, {
      staffId: person.id,
      skill,
      to: null,
      reason: skillForm.form.getValues().reason,
    })
      .then(onChanged)
      .catch((error: unknown) => notifyFailed(t('teamArea.saveFailed', { reason: failureText(error) })));
  const pick = (values: Partial<SkillFormValues>) => skillForm.form.setValues(values);

  return (
    <Stack gap="sm" data-testid="skills">
      <Group gap={6}>
        {person.skills.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('teamArea.skills.none')}
          </Text>
        )}
        {person.skills.map((s) => (
          <Badge
            key={s.skill}
            variant="light"
            size="lg"
            rightSection={
              <Group gap={0} wrap="nowrap">
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  aria-label={t('teamArea.skills.edit', { skill: s.skill })}
                  onClick={() => pick({ skill: s.skill, to: s.level })}
                >
                  <IconPencil size={12} />
                </ActionIcon>
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  color="red"
                  aria-label={t('teamArea.skills.remove', { skill: s.skill })}
                  onClick={() => void removeSkill(s.skill)}
                >
                  <IconX size={12} />
                </ActionIcon>
              </Group>
            }
          >
            {s.skill} · {s.level}
          </Badge>
        ))}
      </Group>
      <RecordForm record={skillForm} testId="skill-form">
        <Stack gap="sm">
          <Group align="flex-start" gap="xs" grow>
            <Autocomplete label={t('teamArea.skills.skill')} data={known} {...field('skill')} />
            <NumberInput
              label={t('teamArea.skills.level')}
              min={0}
              max={4}
              // Out-of-range levels get a message rather than being changed silently.
              clampBehavior="none"
              allowDecimal={false}
              {...field('to')}
            />
            <Select
              label={t('teamArea.skills.reason')}
              allowDeselect={false}
              data={skillChangeReasons.map((r) => ({ value: r, label: t(`teamArea.skills.reasons.${r}`) }))}
              {...field('reason')}
            />
            <TextInput label={t('teamArea.skills.note')} {...field('note')} />
          </Group>
          {skillForm.error && (
            <Text size="sm" c="red" data-testid="skill-error">
              {skillForm.error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={skillForm.busy}>
              {t('teamArea.skills.set')}
            </Button>
          </Group>
        </Stack>
      </RecordForm>
      {history && history.length > 0 && (
        <Table fz="xs" data-testid="skill-history">
          <TableHead
            columns={[
              t('teamArea.skills.when'),
              t('teamArea.skills.skill'),
              t('teamArea.skills.change'),
              t('teamArea.skills.reason'),
              t('teamArea.skills.note'),
            ]}
          />
          <Table.Tbody>
            {history.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{formatDateTime(h.at)}</Table.Td>
                <Table.Td>{h.skill}</Table.Td>
                <Table.Td>
                  {h.from ?? '–'} → {h.to ?? '–'}
                </Table.Td>
                <Table.Td>{t(`teamArea.skills.reasons.${h.reason}`)}</Table.Td>
                <Table.Td>{h.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
