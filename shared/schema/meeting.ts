import { z } from 'zod';
import { envelopeSchema, idSchema, isoDate, nameText, optionalText, text } from './envelope';
import { endBeforeStart, requiredFor, samePerson } from './refinements';

// Meetings and one-on-ones (area "routines"): what was said and decided, and the action items that came
// out of it. A schedule repeats a meeting (a weekly team meeting, a monthly one-on-one per person); the
// next date it owes is computed (rules/routines), never stored. Action items live in their own table so
// "my actions" and "overdue actions" read an index, and so an item edited on one machine and its meeting
// edited on another merge without a conflict.

export const meetingKinds = ['team', 'one_on_one', 'department'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const cadences = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof cadences)[number];
export const actionStatuses = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
/** Where an action item came from: a meeting, an incident, a risk's plan or a PDCA cycle. */
export const actionSources = ['meeting', 'incident', 'risk', 'pdca'] as const;
export type ActionSource = (typeof actionSources)[number];

/** A time of day, 24-hour "HH:MM". */
export const timeOfDay = z
  .string()
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), {
    message: 'must be HH:MM',
    params: { code: 'field.time' },
  })
  .nullable()
  .default(null);

/** The one-on-one template's four parts, beside the free notes. */
const oneOnOneShape = z.object({
  wellbeing: optionalText(2000),
  goals: optionalText(2000),
  obstacles: optionalText(2000),
  development: optionalText(2000),
});
export type OneOnOneNotes = z.infer<typeof oneOnOneShape>;

const meetingShape = {
  kind: z.enum(meetingKinds),
  title: nameText(120),
  date: isoDate,
  time: timeOfDay,
  attendees: z.array(idSchema).max(200).default([]),
  /** One-on-one: the person it is with (also among the attendees). */
  subjectId: idSchema.nullable().default(null),
  agenda: optionalText(4000),
  notes: optionalText(8000),
  decisions: optionalText(4000),
  oneOnOne: oneOnOneShape.nullable().default(null),
  /** The schedule this meeting is an occurrence of. */
  scheduleId: idSchema.nullable().default(null),
};
type MeetingShape = z.infer<z.ZodObject<typeof meetingShape>>;
/** Of a meeting and a schedule alike: each attendee once, and a one-on-one with someone. */
function peopleRules(m: Pick<MeetingShape, 'kind' | 'attendees' | 'subjectId'>, ctx: z.RefinementCtx) {
  if (new Set(m.attendees).size !== m.attendees.length) ctx.addIssue(samePerson('attendees'));
  if (m.kind === 'one_on_one' && m.subjectId === null)
    ctx.addIssue(requiredFor('subjectId', 'a one-on-one is with someone'));
}
export const meetingFields = z.object(meetingShape).superRefine(peopleRules);
export const meetingSchema = envelopeSchema.extend(meetingShape).superRefine(peopleRules);
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingInput = z.input<typeof meetingFields>;

const scheduleShape = {
  kind: z.enum(meetingKinds),
  title: nameText(120),
  cadence: z.enum(cadences),
  /** The first occurrence; the next ones follow the cadence from it. */
  firstDate: isoDate,
  time: timeOfDay,
  /** No occurrence after this day; null: open-ended. */
  until: isoDate.nullable().default(null),
  attendees: z.array(idSchema).max(200).default([]),
  /** One-on-one: the person (one schedule per person). */
  subjectId: idSchema.nullable().default(null),
  active: z.boolean().default(true),
};
type ScheduleShape = z.infer<z.ZodObject<typeof scheduleShape>>;
function scheduleRules(s: ScheduleShape, ctx: z.RefinementCtx) {
  if (s.until !== null && s.until < s.firstDate) ctx.addIssue(endBeforeStart('until'));
  peopleRules(s, ctx);
}
export const meetingScheduleFields = z.object(scheduleShape).superRefine(scheduleRules);
export const meetingScheduleSchema = envelopeSchema.extend(scheduleShape).superRefine(scheduleRules);
export type MeetingSchedule = z.infer<typeof meetingScheduleSchema>;
export type MeetingScheduleInput = z.input<typeof meetingScheduleFields>;

const actionShape = {
  title: text(300),
  /** Every action item has an owner: an item nobody owns is an item nobody does. */
  ownerId: idSchema,
  due: isoDate,
  status: z.enum(actionStatuses).default('open'),
  doneOn: isoDate.nullable().default(null),
  source: z.enum(actionSources).nullable().default(null),
  /** The meeting, incident, risk or PDCA cycle it came from. */
  sourceId: idSchema.nullable().default(null),
  note: optionalText(1000),
};
export const actionItemFields = z.object(actionShape);
export const actionItemSchema = envelopeSchema.extend(actionShape);
export type ActionItem = z.infer<typeof actionItemSchema>;
export type ActionItemInput = z.input<typeof actionItemFields>;
