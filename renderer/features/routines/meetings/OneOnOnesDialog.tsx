import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cadences } from '../../../../shared/schema/meeting';
import { useSession } from '../../../app/session-context';
import { addOneOnOneSchedules, oneOnOnePlanFields } from '../../../db/meeting-commands';
import { DateField } from '../../../ui/DateField';
import { notifySaved, notifyWarning } from '../../../ui/notify';
import { FormModal, useRecordForm } from '../../../ui/record-form';

interface PlanValues extends Record<string, unknown> {
  cadence: (typeof cadences)[number];
  firstDate: string;
  time: string;
  until: string;
}

/**
 * One step to a one-on-one with everyone: a schedule per active person who has none yet, all on the same
 * cadence (monthly by default), first date and time.
 */
export function OneOnOnesDialog(props: { firstDate: string; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const p = 'routinesArea.meetings';
  const initial: PlanValues = { cadence: 'monthly', firstDate: props.firstDate, time: '15:00', until: '' };
  const form = useRecordForm(oneOnOnePlanFields, {
    initial,
    fromValues: (v: PlanValues) => ({
      ...v,
      time: v.time === '' ? null : v.time,
      until: v.until === '' ? null : v.until,
    }),
    write: (plan) =>
      addOneOnOneSchedules(session, { ...plan, titleOf: (name) => t(`${p}.oneOnOneWith`, { name }) }),
    onSaved: (made) => {
      if (made.length === 0) notifyWarning(t(`${p}.everyone.none`));
      else notifySaved(t(`${p}.everyone.made`, { count: made.length }));
      props.onClose();
    },
  });
  const { field } = form;
  return (
    <FormModal
      record={form}
      testId="one-on-ones-form"
      size="md"
      onClose={props.onClose}
      saveLabel={t(`${p}.everyone.save`)}
      title={t(`${p}.everyone.title`)}
    >
      <Text size="sm" c="dimmed">
        {t(`${p}.everyone.hint`)}
      </Text>
      <SimpleGrid cols={2}>
        <Select
          label={t(`${p}.schedules.cadence`)}
          withAsterisk
          allowDeselect={false}
          data={cadences.map((c) => ({ value: c, label: t(`${p}.cadence.${c}`) }))}
          data-testid="everyone-cadence"
          {...field('cadence')}
        />
        <TextInput type="time" label={t(`${p}.fields.time`)} data-testid="everyone-time" {...field('time')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <DateField
          label={t(`${p}.schedules.firstDate`)}
          withAsterisk
          data-autofocus
          data-testid="everyone-first"
          {...field('firstDate')}
        />
        <DateField label={t(`${p}.schedules.until`)} data-testid="everyone-until" {...field('until')} />
      </SimpleGrid>
    </FormModal>
  );
}
