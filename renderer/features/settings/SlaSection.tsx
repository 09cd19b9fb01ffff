import { Button, Chip, Group, Input, NumberInput, Select, Table, TagsInput, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { slaStages } from '../../../shared/rules/sla';
import { type OfficeSettings, officeSettingsSchema } from '../../../shared/schema/office-settings';
import { useSession } from '../../app/session-context';
import { loadOfficeSettings, saveOfficeSettings } from '../../db/office-settings';
import { currencyOptions } from '../../ui/currency-options';
import { notifySaved } from '../../ui/notify';
import { FormError, RecordForm, useRecordForm } from '../../ui/record-form';
import { Section } from '../../ui/Section';
import { TableHead } from '../../ui/TableHead';
import { slaFormValues, slaSettingsOf } from './sla-form';

/** The office's working calendar and the SLA time limits per stage and priority. */
export function SlaSection() {
  const { t } = useTranslation();
  const { db } = useSession();
  const stored = useLiveQuery(() => loadOfficeSettings(db), [db]);
  return (
    <Section title={t('settingsArea.workTime')} hint={t('settingsArea.workTimeHint')}>
      {stored && <SlaForm stored={stored} />}
    </Section>
  );
}

function SlaForm({ stored }: { stored: OfficeSettings }) {
  const { t, i18n } = useTranslation();
  const { db } = useSession();
  const sla = useRecordForm(officeSettingsSchema, {
    initial: slaFormValues(stored),
    fromValues: slaSettingsOf,
    write: (settings) => saveOfficeSettings(db, settings),
    onSaved: () => notifySaved(t('settingsArea.saved')),
  });
  const { field } = sla;
  // Weekday names from the platform's locale data: 2026-11-01 was a Sunday.
  const weekdays = Array.from({ length: 7 }, (_, day) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short' }).format(new Date(2026, 10, 1 + day)),
  );
  const days = field('calendar.workingDays');
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);

  return (
    <RecordForm record={sla}>
      <Select
        label={t('settingsArea.currency')}
        description={t('settingsArea.currencyHint')}
        data={currencies}
        searchable
        allowDeselect={false}
        maw={360}
        mb="sm"
        {...field('currency')}
      />
      <Input.Wrapper label={t('settingsArea.workingDays')} error={days.error} mb="sm">
        <Chip.Group multiple value={days.value} onChange={days.onChange}>
          <Group gap={6} mt={4}>
            {weekdays.map((label, day) => (
              <Chip key={label} value={String(day)} size="xs">
                {label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
      <Group grow align="flex-start" mb="sm">
        <TextInput type="time" label={t('settingsArea.dayStart')} {...field('calendar.dayStart')} />
        <TextInput type="time" label={t('settingsArea.dayEnd')} {...field('calendar.dayEnd')} />
        <TextInput type="time" label={t('settingsArea.lunchStart')} {...field('calendar.lunch.start')} />
        <TextInput type="time" label={t('settingsArea.lunchEnd')} {...field('calendar.lunch.end')} />
      </Group>
      <TagsInput label={t('settingsArea.holidays')} mb="sm" {...field('calendar.holidays')} />
      <TagsInput label={t('settingsArea.extraWorkingDays')} mb="sm" {...field('calendar.extraWorkingDays')} />
      <Table mb="sm" captionSide="top">
        <Table.Caption>{t('settingsArea.targets')}</Table.Caption>
        <TableHead columns={[t('settingsArea.stage'), t('settingsArea.normal'), t('settingsArea.urgent')]} />
        <Table.Tbody>
          {slaStages.map((stage) => (
            <Table.Tr key={stage}>
              <Table.Td>{t(`settingsArea.stages.${stage}`)}</Table.Td>
              {(['normal', 'urgent'] as const).map((priority) => (
                <Table.Td key={priority}>
                  <NumberInput
                    aria-label={`${t(`settingsArea.stages.${stage}`)} ${t(`settingsArea.${priority}`)}`}
                    min={0.25}
                    step={0.5}
                    decimalScale={2}
                    clampBehavior="none"
                    w={130}
                    {...field(`slaTargets.${stage}.${priority}`)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <FormError message={sla.error} />
      <Button type="submit" w="fit-content" mt="sm" loading={sla.busy}>
        {t('settingsArea.save')}
      </Button>
    </RecordForm>
  );
}
