import dayjs from 'dayjs';
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

const ISO_DAY = 'YYYY-MM-DD';

/** The month (YYYY-MM) `n` months from `month`. */
export const addMonths = (month: string, n: number) => dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM');

/** The last day of a month (YYYY-MM-DD). */
export const monthEnd = (month: string) => dayjs(`${month}-01`).endOf('month').format(ISO_DAY);

/** The weeks (Monday first) that show a month: seven days each, with the days of the months around it. */
export function weeksOfMonth(month: string): { day: string; inMonth: boolean }[][] {
  const first = dayjs(`${month}-01`);
  const lead = (first.day() + 6) % 7;
  const start = first.subtract(lead, 'day');
  const count = Math.ceil((lead + first.daysInMonth()) / 7) * 7;
  const days = Array.from({ length: count }, (_, i) => {
    const d = start.add(i, 'day');
    return { day: d.format(ISO_DAY), inMonth: d.month() === first.month() };
  });
  return Array.from({ length: count / 7 }, (_, w) => days.slice(w * 7, w * 7 + 7));
}

/** Does the event take place on `day` (its first day through its last)? */
export const onDay = (event: Pick<TeamEvent, 'date' | 'endDate'>, day: string) =>
  event.date <= day && (event.endDate ?? event.date) >= day;
