import { Button, Chip, Group, NumberInput, Table, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SlaTargets, slaStages } from '../../../shared/rules/sla';
import { RecordValidationError } from '../../../shared/validation';
import { useSession } from '../../app/session-context';
import { loadOfficeSettings, type OfficeSettings, saveOfficeSettings } from '../../db/office-settings';
import { Section } from './Section';

/** The office's working calendar and the SLA time limits per stage and priority. */
export function SlaSection() {
  const { t, i18n } = useTranslation();
  const { db } = useSession();
  const stored = useLiveQuery(() => loadOfficeSettings(db), [db]);
  const [draft, setDraft] = useState<OfficeSettings | null>(null);
  useEffect(() => {
    if (stored && !draft) setDraft(stored);
  }, [stored, draft]);
  if (!draft) return null;
  const cal = draft.calendar;
  // Weekday names from the platform's locale data: 2026-11-01 was a Sunday.
  const weekdays = Array.from({ length: 7 }, (_, day) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short' }).format(new Date(2026, 10, 1 + day)),
  );
  const setCal = (patch: Partial<OfficeSettings['calendar']>) =>
    setDraft({ ...draft, calendar: { ...cal, ...patch } });
  const setTarget = (stage: keyof SlaTargets, priority: 'normal' | 'urgent', hours: number) =>
    setDraft({
      ...draft,
      slaTargets: {
        ...draft.slaTargets,
        [stage]: { ...draft.slaTargets[stage], [priority]: Math.round(hours * 60) },
      },
    });

  const save = async () => {
    try {
      setDraft(await saveOfficeSettings(db, draft));
      notifications.show({ color: 'green', message: t('settingsArea.saved') });
    } catch (error) {
      if (!(error instanceof RecordValidationError)) throw error;
      notifications.show({
        color: 'red',
        message: t('settingsArea.invalid', { field: error.field, reason: error.reason }),
      });
    }
  };

  return (
    <Section title={t('settingsArea.workTime')} hint={t('settingsArea.workTimeHint')}>
      <Text size="sm" fw={500}>
        {t('settingsArea.workingDays')}
      </Text>
      <Chip.Group
        multiple
        value={cal.workingDays.map(String)}
        onChange={(values) => setCal({ workingDays: values.map(Number).sort() })}
      >
        <Group gap={6}>
          {weekdays.map((label, day) => (
            <Chip key={label} value={String(day)} size="xs">
              {label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Group grow>
        <TextInput
          type="time"
          label={t('settingsArea.dayStart')}
          value={cal.dayStart}
          onChange={(e) => setCal({ dayStart: e.currentTarget.value })}
        />
        <TextInput
          type="time"
          label={t('settingsArea.dayEnd')}
          value={cal.dayEnd}
          onChange={(e) => setCal({ dayEnd: e.currentTarget.value })}
        />
        <TextInput
          type="time"
          label={t('settingsArea.lunchStart')}
          value={cal.lunch?.start ?? ''}
          onChange={(e) =>
            setCal({ lunch: { start: e.currentTarget.value, end: cal.lunch?.end ?? e.currentTarget.value } })
          }
        />
        <TextInput
          type="time"
          label={t('settingsArea.lunchEnd')}
          value={cal.lunch?.end ?? ''}
          onChange={(e) =>
            setCal({
              lunch: { start: cal.lunch?.start ?? e.currentTarget.value, end: e.currentTarget.value },
            })
          }
        />
      </Group>
      <TagsInput
        label={t('settingsArea.holidays')}
        value={cal.holidays}
        onChange={(holidays) => setCal({ holidays })}
      />
      <TagsInput
        label={t('settingsArea.extraWorkingDays')}
        value={cal.extraWorkingDays}
        onChange={(extraWorkingDays) => setCal({ extraWorkingDays })}
      />
      <Text size="sm" fw={500}>
        {t('settingsArea.targets')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settingsArea.stage')}</Table.Th>
            <Table.Th>{t('settingsArea.normal')}</Table.Th>
            <Table.Th>{t('settingsArea.urgent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {slaStages.map((stage) => (
            <Table.Tr key={stage}>
              <Table.Td>{t(`settingsArea.stages.${stage}`)}</Table.Td>
              {(['normal', 'urgent'] as const).map((priority) => (
                <Table.Td key={priority}>
                  <NumberInput
                    aria-label={`${t(`settingsArea.stages.${stage}`)} ${t(`settingsArea.${priority}`)}`}
                    value={draft.slaTargets[stage][priority] / 60}
                    onChange={(v) => setTarget(stage, priority, Number(v) || 0)}
                    min={0.25}
                    step={0.5}
                    decimalScale={2}
                    w={110}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button w="fit-content" onClick={save}>
        {t('settingsArea.save')}
      </Button>
    </Section>
  );
}
