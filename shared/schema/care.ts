import { z } from 'zod';
import { envelopeSchema, idSchema, isoDate, moneySchema, nameText, optionalText } from './envelope';
import { timeOfDay } from './meeting';
import { endBeforeStart } from './refinements';

// Staff care and team events (area "routines"). Events are shared with the office; care records (notes,
// welfare items, flexible or remote work) and the reason of a sick leave are confidential: they travel
// only when the confidential areas are ticked, like reviews.

export const eventKinds = [
  'health_check',
  'team_building',
  'team_dinner',
  'competition',
  'festival',
  'birthday',
  'training_day',
] as const;
export type EventKind = (typeof eventKinds)[number];

const eventShape = {
  kind: z.enum(eventKinds),
  title: nameText(120),
  date: isoDate,
  /** Last day of an event over several days; null: one day. */
  endDate: isoDate.nullable().default(null),
  time: timeOfDay,
  place: optionalText(200),
  participants: z.array(idSchema).max(200).default([]),
  note: optionalText(2000),
};
type EventShape = z.infer<z.ZodObject<typeof eventShape>>;
function eventRules(e: EventShape, ctx: z.RefinementCtx) {
  if (e.endDate !== null && e.endDate < e.date) ctx.addIssue(endBeforeStart('endDate'));
}
export const teamEventFields = z.object(eventShape).superRefine(eventRules);
export const teamEventSchema = envelopeSchema.extend(eventShape).superRefine(eventRules);
export type TeamEvent = z.infer<typeof teamEventSchema>;
export type TeamEventInput = z.input<typeof teamEventFields>;

export const careKinds = [
  'note',
  'meal_allowance',
  'transport_allowance',
  'festival_gift',
  'welfare_other',
  'flexible_hours',
  'remote_work',
] as const;
export type CareKind = (typeof careKinds)[number];
/** Care kinds that are welfare items: they carry an amount. */
export const welfareKinds: readonly CareKind[] = [
  'meal_allowance',
  'transport_allowance',
  'festival_gift',
  'welfare_other',
];
/** Care kinds that are arrangements over a period (from `date` to `until`). */
export const arrangementKinds: readonly CareKind[] = ['flexible_hours', 'remote_work'];
export const isWelfare = (kind: CareKind) => welfareKinds.includes(kind);
export const isArrangement = (kind: CareKind) => arrangementKinds.includes(kind);

const careShape = {
  staffId: idSchema,
  kind: z.enum(careKinds),
  date: isoDate,
  until: isoDate.nullable().default(null),
  /** A welfare item's value, in minor units of the office currency; null: none. */
  amount: moneySchema.nullable().default(null),
  text: optionalText(2000),
};
type CareShape = z.infer<z.ZodObject<typeof careShape>>;
function careRules(c: CareShape, ctx: z.RefinementCtx) {
  if (c.until !== null && c.until < c.date) ctx.addIssue(endBeforeStart('until'));
  if (c.amount !== null && c.amount < 0)
    ctx.addIssue({
      code: 'custom',
      path: ['amount'],
      message: 'negative',
      params: { code: 'amount.negative' },
    });
}
export const careRecordFields = z.object(careShape).superRefine(careRules);
export const careRecordSchema = envelopeSchema.extend(careShape).superRefine(careRules);
export type CareRecord = z.infer<typeof careRecordSchema>;
export type CareRecordInput = z.input<typeof careRecordFields>;

/** Why an absence is confidential (health data): the shared absence says only "away". */
export const absenceReasons = ['sick'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];

const absenceDetailShape = {
  /** The absence (team area) it explains: the same id on every machine. */
  absenceId: idSchema,
  reason: z.enum(absenceReasons),
  note: optionalText(300),
};
export const absenceDetailFields = z.object(absenceDetailShape);
export const absenceDetailSchema = envelopeSchema.extend(absenceDetailShape);
export type AbsenceDetail = z.infer<typeof absenceDetailSchema>;
export type AbsenceDetailInput = z.input<typeof absenceDetailFields>;
