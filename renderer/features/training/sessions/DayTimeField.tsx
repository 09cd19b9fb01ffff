import { SimpleGrid, TextInput } from '@mantine/core';
import type { FocusEvent, ReactNode } from 'react';
import { DateField } from '../../../ui/DateField';
import type { DayTime } from './session-form';

/**
 * A moment typed as a day (YYYY-MM-DD, with a calendar) and a time (HH:mm). Its refusal shows under the
 * day, and the time is marked as well; `data-path` goes on the day, where a refused moment takes the focus.
 */
export function DayTimeField(props: {
  dayLabel: string;
  timeLabel: string;
  value: DayTime;
  onChange: (value: DayTime) => void;
  error?: ReactNode;
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  'data-path'?: string;
  withAsterisk?: boolean;
  testId: string;
}) {
  const { value, onChange } = props;
  return (
    <SimpleGrid cols={2}>
      <DateField
        label={props.dayLabel}
        withAsterisk={props.withAsterisk}
        value={value.day}
        onChange={(day) => onChange({ ...value, day })}
        onFocus={props.onFocus}
        onBlur={props.onBlur}
        error={props.error}
        data-path={props['data-path']}
        data-testid={`${props.testId}-day`}
      />
      <TextInput
        type="time"
        label={props.timeLabel}
        withAsterisk={props.withAsterisk}
        value={value.time}
        onChange={(event) => onChange({ ...value, time: event.currentTarget.value })}
        onFocus={props.onFocus}
        onBlur={props.onBlur}
        error={props.error ? true : undefined}
        data-testid={`${props.testId}-time`}
      />
    </SimpleGrid>
  );
}
