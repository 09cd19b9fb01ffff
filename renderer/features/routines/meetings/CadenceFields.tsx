import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cadences } from '../../../../shared/schema/meeting';
import { DateField } from '../../../ui/DateField';
import type { RecordFormHandle } from '../../../ui/record-form';

/**
 * When a schedule's meetings fall, as a schedule and the one-on-ones for everyone both ask it: the
 * cadence and time, the first date and an optional end. Test ids are `<testId>-cadence`, `-time`,
 * `-first` and `-until`.
 */
export function CadenceFields(props: {
  /** A form whose values hold cadence, firstDate, time and until. */
  record: Pick<RecordFormHandle<unknown>, 'field'>;
  testId: string;
  /** The first date takes the focus when the form opens. */
  focusFirstDate?: boolean;
}) {
  const { t } = useTranslation();
  const { field } = props.record;
  const p = 'routinesArea.meetings';
  return (
    <>
      <SimpleGrid cols={2}>
        <Select
          label={t(`${p}.schedules.cadence`)}
          withAsterisk
          allowDeselect={false}
          data={cadences.map((c) => ({ value: c, label: t(`${p}.cadence.${c}`) }))}
          data-testid={`${props.testId}-cadence`}
          {...field('cadence')}
        />
        <TextInput
          type="time"
          label={t(`${p}.fields.time`)}
          data-testid={`${props.testId}-time`}
          {...field('time')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <DateField
          label={t(`${p}.schedules.firstDate`)}
          withAsterisk
          data-autofocus={props.focusFirstDate || undefined}
          data-testid={`${props.testId}-first`}
          {...field('firstDate')}
        />
        <DateField
          label={t(`${p}.schedules.until`)}
          data-testid={`${props.testId}-until`}
          {...field('until')}
        />
      </SimpleGrid>
    </>
  );
}
