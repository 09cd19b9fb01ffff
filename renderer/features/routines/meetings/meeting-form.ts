import { addDays } from '../../../../shared/rules/local-date';
import type {
  ActionItem,
  ActionStatus,
  Meeting,
  MeetingKind,
  MeetingSchedule,
  MeetingScheduleInput,
  OneOnOneNotes,
} from '../../../../shared/schema/meeting';
import type { MeetingSaveInput } from '../../../db/meeting-commands';

// The meeting and schedule forms' values as their fields hold them ('' for an empty time or end, null for
// a person not chosen), and what the schemas read from them. The schemas judge it all (an action item
// needs an owner, a one-on-one a person, a schedule's end not before its start), so a refusal lands on
// its field.

export interface ActionRow {
  /** React's key: a row keeps its inputs when one above it goes. */
  key: string;
  /** The stored item, or null for one added in the form. */
  id: string | null;
  title: string;
  ownerId: string | null;
  due: string;
  status: ActionStatus;
}

export interface MeetingValues {
  kind: MeetingKind;
  title: string;
  date: string;
  time: string;
  attendees: string[];
  subjectId: string | null;
  agenda: string;
  notes: string;
  decisions: string;
  oneOnOne: OneOnOneNotes;
  scheduleId: string | null;
}

export interface MeetingFormValues extends Record<string, unknown> {
  meeting: MeetingValues;
  actions: ActionRow[];
}

const emptyNotes = (): OneOnOneNotes => ({ wellbeing: '', goals: '', obstacles: '', development: '' });

/** A new action item, due a week after the meeting (the meeting's day if that is not a date yet). */
export const emptyActionRow = (meetingDate: string): ActionRow => ({
  key: crypto.randomUUID(),
  id: null,
  title: '',
  ownerId: null,
  due: /^\d{4}-\d{2}-\d{2}$/.test(meetingDate) ? addDays(meetingDate, 7) : meetingDate,
  status: 'open',
});

/** A meeting held on a schedule's occurrence: its kind, title, time, people and the schedule. */
export function heldFrom(schedule: MeetingSchedule, date: string): MeetingValues {
  return {
    ...meetingValues(undefined, date),
    kind: schedule.kind,
    title: schedule.title,
    time: schedule.time ?? '',
    attendees: [...schedule.attendees],
    subjectId: schedule.subjectId,
    scheduleId: schedule.id,
  };
}

export function meetingValues(record: Meeting | undefined, date: string): MeetingValues {
  if (!record)
    return {
      kind: 'team',
      title: '',
      date,
      time: '',
      attendees: [],
      subjectId: null,
      agenda: '',
      notes: '',
      decisions: '',
      oneOnOne: emptyNotes(),
      scheduleId: null,
    };
  return {
    kind: record.kind,
    title: record.title,
    date: record.date,
    time: record.time ?? '',
    attendees: [...record.attendees],
    subjectId: record.subjectId,
    agenda: record.agenda,
    notes: record.notes,
    decisions: record.decisions,
    oneOnOne: record.oneOnOne ? { ...record.oneOnOne } : emptyNotes(),
    scheduleId: record.scheduleId,
  };
}

export function meetingFormValues(meeting: MeetingValues, actions: readonly ActionItem[]): MeetingFormValues {
  return {
    meeting,
    actions: actions.map((a) => ({
      key: a.id,
      id: a.id,
      title: a.title,
      ownerId: a.ownerId,
      due: a.due,
      status: a.status,
    })),
  };
}

/** What the save reads: no time is null; the template's parts only on a one-on-one. */
export function meetingInputOf(values: MeetingFormValues): MeetingSaveInput {
  const { meeting } = values;
  const oneOnOne = meeting.kind === 'one_on_one';
  return {
    meeting: {
      ...meeting,
      time: meeting.time === '' ? null : meeting.time,
      subjectId: oneOnOne ? meeting.subjectId : null,
      oneOnOne: oneOnOne ? meeting.oneOnOne : null,
    },
    actions: values.actions.map((row) => ({
      id: row.id,
      title: row.title,
      // No owner chosen: null, which the schema refuses as required on the row's owner.
      ownerId: row.ownerId as string,
      due: row.due,
      status: row.status,
    })),
  };
}

export interface ScheduleFormValues extends Record<string, unknown> {
  kind: MeetingKind;
  title: string;
  cadence: MeetingSchedule['cadence'];
  firstDate: string;
  time: string;
  until: string;
  attendees: string[];
  subjectId: string | null;
  active: boolean;
}

export function scheduleFormValues(record: MeetingSchedule | undefined, today: string): ScheduleFormValues {
  if (!record)
    return {
      kind: 'team',
      title: '',
      cadence: 'weekly',
      firstDate: today,
      time: '09:30',
      until: '',
      attendees: [],
      subjectId: null,
      active: true,
    };
  return {
    kind: record.kind,
    title: record.title,
    cadence: record.cadence,
    firstDate: record.firstDate,
    time: record.time ?? '',
    until: record.until ?? '',
    attendees: [...record.attendees],
    subjectId: record.subjectId,
    active: record.active,
  };
}

export const scheduleInputOf = (values: ScheduleFormValues): MeetingScheduleInput => ({
  ...values,
  time: values.time === '' ? null : values.time,
  until: values.until === '' ? null : values.until,
  subjectId: values.kind === 'one_on_one' ? values.subjectId : null,
});
