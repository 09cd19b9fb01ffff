import type { z } from 'zod';
import { absenceSchema } from './absence';
import { absenceDetailSchema, careRecordSchema, teamEventSchema } from './care';
import { coreValueSchema, recognitionSchema } from './culture';
import { customerSchema } from './customer';
import { dutySchema } from './duty';
import { envelopeSchema } from './envelope';
import { goalCheckInSchema, goalSchema } from './goal';
import { actionItemSchema, meetingScheduleSchema, meetingSchema } from './meeting';
import { orderQueueKeysSchema, orderSchema } from './order';
import { orderEventSchema } from './order-event';
import { pdcaCycleSchema } from './pdca';
import { productSchema } from './product';
import {
  feedbackRequestSchema,
  feedbackResponseSchema,
  reviewCycleSchema,
  reviewSchema,
  reviewTemplateSchema,
  rewardSchema,
} from './review';
import { incidentSchema, riskSchema } from './risk';
import { skillChangeSchema } from './skill-change';
import { sopAckSchema, sopSchema, sopVersionSchema } from './sop';
import { staffSchema } from './staff';
import {
  careerPlanSchema,
  courseSchema,
  trainingItemSchema,
  trainingSessionSchema,
  trainingTemplateSchema,
} from './training';

/** Every synced table and the zod schema that is the single source of truth for its records. */
export const tableSchemas = {
  staff: staffSchema,
  duties: dutySchema,
  absences: absenceSchema,
  skillChanges: skillChangeSchema,
  customers: customerSchema,
  products: productSchema,
  orders: orderSchema,
  orderEvents: orderEventSchema,
  goals: goalSchema,
  goalCheckIns: goalCheckInSchema,
  courses: courseSchema,
  trainingTemplates: trainingTemplateSchema,
  trainingItems: trainingItemSchema,
  trainingSessions: trainingSessionSchema,
  careerPlans: careerPlanSchema,
  reviewTemplates: reviewTemplateSchema,
  reviewCycles: reviewCycleSchema,
  reviews: reviewSchema,
  feedbackRequests: feedbackRequestSchema,
  feedbackResponses: feedbackResponseSchema,
  rewards: rewardSchema,
  meetings: meetingSchema,
  meetingSchedules: meetingScheduleSchema,
  actionItems: actionItemSchema,
  risks: riskSchema,
  incidents: incidentSchema,
  pdcaCycles: pdcaCycleSchema,
  sops: sopSchema,
  sopVersions: sopVersionSchema,
  sopAcks: sopAckSchema,
  teamEvents: teamEventSchema,
  coreValues: coreValueSchema,
  recognitions: recognitionSchema,
  careRecords: careRecordSchema,
  absenceDetails: absenceDetailSchema,
} as const satisfies Record<string, z.ZodType>;

export type TableName = keyof typeof tableSchemas;
export type RecordOf<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
export const tableNames = Object.keys(tableSchemas) as TableName[];

/**
 * Tables that hold confidential areas (performance reviews, feedback, rewards; care records and the reason
 * of a sick leave): exported only when ticked.
 */
export const confidentialTables: readonly TableName[] = [
  'reviewTemplates',
  'reviewCycles',
  'reviews',
  'feedbackRequests',
  'feedbackResponses',
  'rewards',
  'careRecords',
  'absenceDetails',
];

/** The tables a package carries when the confidential areas are left unticked (the default). */
export const everydayTables: readonly TableName[] = tableNames.filter((t) => !confidentialTables.includes(t));

/** The envelope's fields: the machinery of merging, not anything a person entered. */
const envelopeFields: ReadonlySet<string> = new Set(Object.keys(envelopeSchema.shape));
/** Keys derived from other fields on every write (the order queue's indexes). */
const derivedFields: ReadonlySet<string> = new Set(Object.keys(orderQueueKeysSchema.shape));

/** The fields of a table's records that a person entered or would recognise: no envelope, nothing derived. */
export const recordFieldNames = (table: TableName): string[] =>
  Object.keys(tableSchemas[table].shape).filter(
    (field) => !envelopeFields.has(field) && !derivedFields.has(field),
  );
