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
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { skillChangeReasons } from '../../../../shared/schema/skill-change';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { setSkill } from '../../../db/team-commands';
import { formatDateTime } from '../../../i18n/format';
import { refusalField, refusalText } from '../../../ui/form-errors';
import type { TeamData } from '../use-team';

type Reason = (typeof skillChangeReasons)[number];

/** A person's skills (0–4) and every change of them, with when and why; each change is saved at once. */
export function SkillsSection({ team, person: initial }: { team: TeamData; person: Staff }) {
  const { t } = useTranslation();
  const session = useSession();
  const person = team.staff.find((s) => s.id === initial.id) ?? initial;
  const [skill, setSkillName] = useState('');
  const [level, setLevel] = useState<number | string>(2);
  const [reason, setReason] = useState<Reason>('manual');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ skill?: string; level?: string }>({});
  const history = useLiveQuery(
    () => session.db.skillChanges.where('staffId').equals(person.id).reverse().sortBy('at'),
    [session.db, person.id],
  );
  const known = [
    ...new Set([...team.duties.map((d) => d.requiredSkill), ...person.skills.map((s) => s.skill)]),
  ]
    .filter(Boolean)
    .sort();

  const save = async (name: string, to: number | null) => {
    const problems: typeof errors = {};
    if (!name.trim()) problems.skill = t('formErrors.required');
    if (to !== null && !(Number.isInteger(to) && to >= 0 && to <= 4))
      problems.level = t('teamArea.skills.levelRange');
    setErrors(problems);
    if (problems.skill || problems.level) return;
    try {
      await setSkill(session, { staffId: person.id, skill: name, to, reason, note });
      setSkillName('');
      setNote('');
    } catch (error) {
      const field = refusalField(error)?.field;
      // A note too long goes on the note's own words; anything else under the skill.
      setErrors({
        skill: `${field === 'note' ? `${t('teamArea.skills.note')}: ` : ''}${refusalText(t, error)}`,
      });
    }
  };

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
                  onClick={() => {
                    setSkillName(s.skill);
                    setLevel(s.level);
                  }}
                >
                  <IconPencil size={12} />
                </ActionIcon>
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  color="red"
                  aria-label={t('teamArea.skills.remove', { skill: s.skill })}
                  onClick={() => void save(s.skill, null)}
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
      <Group align="flex-start" gap="xs" grow>
        <Autocomplete
          label={t('teamArea.skills.skill')}
          data={known}
          value={skill}
          onChange={setSkillName}
          error={errors.skill}
        />
        <NumberInput
          label={t('teamArea.skills.level')}
          min={0}
          max={4}
          // Out-of-range levels get a message rather than being changed silently.
          clampBehavior="none"
          allowDecimal={false}
          value={level}
          onChange={setLevel}
          error={errors.level}
        />
        <Select
          label={t('teamArea.skills.reason')}
          allowDeselect={false}
          data={skillChangeReasons.map((r) => ({ value: r, label: t(`teamArea.skills.reasons.${r}`) }))}
          value={reason}
          onChange={(v) => v && setReason(v as Reason)}
        />
        <TextInput
          label={t('teamArea.skills.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      </Group>
      <Group justify="flex-end">
        <Button
          variant="light"
          onClick={() => void save(skill, typeof level === 'number' ? level : Number.NaN)}
        >
          {t('teamArea.skills.set')}
        </Button>
      </Group>
      {history && history.length > 0 && (
        <Table fz="xs" data-testid="skill-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('teamArea.skills.when')}</Table.Th>
              <Table.Th>{t('teamArea.skills.skill')}</Table.Th>
              <Table.Th>{t('teamArea.skills.change')}</Table.Th>
              <Table.Th>{t('teamArea.skills.reason')}</Table.Th>
              <Table.Th>{t('teamArea.skills.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
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
