import dayjs from 'dayjs';
import type { TrainingSession } from '../../../../shared/schema/training';
import { parseDay } from '../../../ui/DateField';

// The session form: the start and the end each typed as a day (YYYY-MM-DD) and a time (HH:mm) on this
// computer's clock, saved as one UTC moment. The session schema checks the rest (a course chosen, the end
// after the start, only invited people in the attendance), so each refusal lands on its field.

/** A moment as the form holds it: a day and a time, either perhaps mistyped. */
export interface DayTime {
  day: string;
  time: string;
}

export interface SessionFormValues extends Record<string, unknown> {
  courseId: string | null;
  start: DayTime;
  end: DayTime;
  place: string;
  link: string;
  trainer: string;
  invited: string[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The UTC ISO moment of a local day and time; what was typed, as typed, when it is not one. */
export function momentOf({ day, time }: DayTime): string {
  const iso = parseDay(day);
  if (iso && TIME.test(time)) return dayjs(`${iso}T${time}`).toISOString();
  // Not a moment: the schema refuses it ("enter a date") on its field.
  return `${day} ${time}`.trim();
}

/** A stored moment as the local day and time it shows as. */
export function dayTimeOf(iso: string): DayTime {
  const d = dayjs(iso);
  return { day: d.format('YYYY-MM-DD'), time: d.format('HH:mm') };
}

export function sessionFormValues(record: TrainingSession | undefined, day: string): SessionFormValues {
  if (record)
    return {
      courseId: record.courseId,
      start: dayTimeOf(record.start),
      end: dayTimeOf(record.end),
      place: record.place,
      link: record.link,
      trainer: record.trainer,
      invited: [...record.invited],
    };
  return {
    courseId: null,
    start: { day, time: '09:00' },
    end: { day, time: '11:00' },
    place: '',
    link: '',
    trainer: '',
    invited: [],
  };
}

/**
 * The values as the schema reads them. A session being edited keeps its attendance: someone taken off
 * the invited list after their attendance was recorded is refused (on the invited field), not dropped.
 */
export const sessionInputOf = (record: TrainingSession | undefined) => (values: SessionFormValues) => ({
  courseId: values.courseId ?? '',
  start: momentOf(values.start),
  end: momentOf(values.end),
  place: values.place,
  link: values.link,
  trainer: values.trainer,
  invited: values.invited,
  attendance: record?.attendance ?? [],
});
