import { z } from 'zod';
import { envelopeSchema, idSchema, isoDate, optionalText } from './envelope';

// "away": a leave whose reason is confidential (a sick leave: its reason and note are an absence detail,
// schema/care.ts). "sick" is still read, from packages of machines not yet upgraded.
export const absenceKinds = ['leave', 'sick', 'training', 'business_trip', 'away'] as const;

/** A person away for whole days, `from` to `to` inclusive, in the office's calendar. */
const absenceShape = {
  staffId: idSchema,
  kind: z.enum(absenceKinds),
  from: isoDate,
  to: isoDate,
  note: optionalText(300),
};
const endNotBeforeStart = (a: { from: string; to: string }) => a.to >= a.from;
const endMessage = {
  path: ['to'],
  message: 'must not be before the start',
  params: { code: 'date.endBeforeStart' },
};

export const absenceFields = z.object(absenceShape).refine(endNotBeforeStart, endMessage);
export const absenceSchema = envelopeSchema.extend(absenceShape).refine(endNotBeforeStart, endMessage);
export type Absence = z.infer<typeof absenceSchema>;
export type AbsenceInput = z.input<typeof absenceFields>;
