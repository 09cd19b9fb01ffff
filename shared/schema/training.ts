import { z } from 'zod';
import {
  envelopeSchema,
  idSchema,
  isoDate,
  isoDateTime,
  moneySchema,
  nameText,
  optionalText,
  text,
} from './envelope';
import { skillLevel } from './skill-change';

// Training and development (area "training"): the course catalogue, each person's training items (their
// plan), plan templates, sessions with attendance, and career plans. Completing an item raises the
// person's skills to the course's levels (rules/training/completion.ts), kept in the skill history.

export const courseKinds = ['internal', 'external', 'online', 'onsite'] as const;
export const trainingItemStatuses = ['planned', 'enrolled', 'in_progress', 'completed', 'missed'] as const;
export type TrainingItemStatus = (typeof trainingItemStatuses)[number];

/** A skill a course develops, and the level (1–4) a person has once they complete it. */
const skillTarget = z.object({ skill: text(80), level: skillLevel.min(1) });
const skillList = z
  .array(skillTarget)
  .max(20)
  .default([])
  .refine((list) => new Set(list.map((s) => s.skill)).size === list.length, {
    message: 'names a skill twice',
    params: { code: 'skill.twice' },
  });

const courseShape = {
  title: nameText(120),
  kind: z.enum(courseKinds),
  /** Who gives it: a trainer's or a provider's name. */
  provider: optionalText(120),
  hours: z.number().finite().min(0, 'must not be negative').max(1000),
  /** What one person's place costs, in minor units of the office currency. */
  cost: moneySchema.min(0, 'must not be negative'),
  skills: skillList,
  /** Links or notes: where the material is. */
  materials: optionalText(2000),
  /** Months a certificate it gives stays valid; null: it gives none. 0 is refused (use null). */
  certificateMonths: z.number().int().min(1).max(600).nullable().default(null),
  active: z.boolean().default(true),
};
export const courseFields = z.object(courseShape);
export const courseSchema = envelopeSchema.extend(courseShape);
export type Course = z.infer<typeof courseSchema>;
export type CourseInput = z.input<typeof courseFields>;

const itemShape = {
  staffId: idSchema,
  courseId: idSchema,
  due: isoDate,
  status: z.enum(trainingItemStatuses),
  /** The day it was completed; set exactly when completed. */
  completedOn: isoDate.nullable().default(null),
  /** 0–100, when the course has a test. */
  score: z.number().finite().min(0).max(100).nullable().default(null),
  passed: z.boolean().nullable().default(null),
  /** When the certificate this completion gave stops being valid; null: none given. */
  certificateExpires: isoDate.nullable().default(null),
  note: optionalText(1000),
};
const completedHasDay = (item: { status: string; completedOn: string | null }) =>
  (item.status === 'completed') === (item.completedOn !== null);
const completedMessage = {
  path: ['completedOn'],
  message: 'a completed item has its completion day, and only a completed one',
  params: { code: 'training.completedOn' },
};
export const trainingItemFields = z.object(itemShape).refine(completedHasDay, completedMessage);
export const trainingItemSchema = envelopeSchema.extend(itemShape).refine(completedHasDay, completedMessage);
export type TrainingItem = z.infer<typeof trainingItemSchema>;
export type TrainingItemInput = z.input<typeof trainingItemFields>;

/** A plan template: courses, each due some days after the plan is given (an onboarding plan). */
const templateShape = {
  name: nameText(120),
  description: optionalText(1000),
  steps: z
    .array(z.object({ courseId: idSchema, afterDays: z.number().int().min(0).max(3650) }))
    .min(1)
    .max(50),
};
export const trainingTemplateFields = z.object(templateShape);
export const trainingTemplateSchema = envelopeSchema.extend(templateShape);
export type TrainingTemplate = z.infer<typeof trainingTemplateSchema>;
export type TrainingTemplateInput = z.input<typeof trainingTemplateFields>;

/** One person's place at a session: came or not, and what they thought of it. */
const attendanceShape = z.object({
  staffId: idSchema,
  present: z.boolean(),
  /** 1–5, given by the participant. */
  rating: z.number().int().min(1).max(5).nullable().default(null),
  comment: optionalText(1000),
});

const sessionShape = {
  courseId: idSchema,
  start: isoDateTime,
  end: isoDateTime,
  place: optionalText(200),
  link: optionalText(500),
  trainer: optionalText(120),
  invited: z.array(idSchema).max(200).default([]),
  attendance: z.array(attendanceShape).max(200).default([]),
};
type SessionShape = z.infer<z.ZodObject<typeof sessionShape>>;
function sessionRules(s: SessionShape, ctx: z.RefinementCtx) {
  if (Date.parse(s.end) <= Date.parse(s.start))
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: 'must be after the start',
      params: { code: 'date.endBeforeStart' },
    });
  const invited = new Set(s.invited);
  const seen = new Set<string>();
  s.attendance.forEach((a, i) => {
    if (!invited.has(a.staffId) || seen.has(a.staffId))
      ctx.addIssue({
        code: 'custom',
        path: ['attendance', i, 'staffId'],
        message: seen.has(a.staffId) ? 'recorded twice' : 'was not invited',
        params: { code: seen.has(a.staffId) ? 'training.attendanceTwice' : 'training.notInvited' },
      });
    seen.add(a.staffId);
  });
}
export const trainingSessionFields = z.object(sessionShape).superRefine(sessionRules);
export const trainingSessionSchema = envelopeSchema.extend(sessionShape).superRefine(sessionRules);
export type TrainingSession = z.infer<typeof trainingSessionSchema>;
export type TrainingSessionInput = z.input<typeof trainingSessionFields>;

const careerShape = {
  staffId: idSchema,
  targetRole: nameText(120),
  /** The skills the target role needs, and at what level. */
  requiredSkills: skillList,
  milestones: z
    .array(z.object({ title: text(200), due: isoDate, done: z.boolean().default(false) }))
    .max(30)
    .default([]),
  notes: optionalText(2000),
};
export const careerPlanFields = z.object(careerShape);
export const careerPlanSchema = envelopeSchema.extend(careerShape);
export type CareerPlan = z.infer<typeof careerPlanSchema>;
export type CareerPlanInput = z.input<typeof careerPlanFields>;
