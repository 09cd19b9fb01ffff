import type { EventKind, TeamEvent } from '../../../../shared/schema/care';

// The team event form: the last day and the time may stay empty (one day; no set time), which the event
// schema reads as null; the schema checks the rest (the last day not before the first, HH:MM).

export interface EventFormValues extends Record<string, unknown> {
  kind: EventKind;
  title: string;
  date: string;
  endDate: string;
  time: string;
  place: string;
  participants: string[];
  note: string;
}

export const eventFormValues = (record: TeamEvent | undefined, day: string): EventFormValues =>
  record
    ? {
        kind: record.kind,
        title: record.title,
        date: record.date,
        endDate: record.endDate ?? '',
        time: record.time ?? '',
        place: record.place,
        participants: [...record.participants],
        note: record.note,
      }
    : {
        kind: 'team_dinner',
        title: '',
        date: day,
        endDate: '',
        time: '',
        place: '',
        participants: [],
        note: '',
      };

export const eventInputOf = (values: EventFormValues) => ({
  ...values,
  endDate: values.endDate.trim() === '' ? null : values.endDate,
  time: values.time.trim() === '' ? null : values.time.trim(),
});

/** Does the event take place on `day` (its first day through its last)? */
export const onDay = (event: Pick<TeamEvent, 'date' | 'endDate'>, day: string) =>
  event.date <= day && (event.endDate ?? event.date) >= day;
