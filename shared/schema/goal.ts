import { z } from 'zod';
import { goalMetricKeys } from '../insights/metrics';
import { smartChecklist } from '../rules/goals/smart';
import type { SmartProblem } from '../rules/goals/types';
import { envelopeSchema, idSchema, isoDate, nameText, optionalText } from './envelope';

export const goalTerms = ['daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const;
export const goalDirections = ['increase', 'decrease'] as const;
/** Whose figures measure it: the whole team's, or the owner's own. */
export const goalScopes = ['team', 'person'] as const;
export const goalStatuses = ['active', 'closed'] as const;

/** The field each SMART problem is said on (rules/goals/smart.ts), with its refusal code. */
const problemField: Record<SmartProblem, string> = {
  titleTooShort: 'title',
  descriptionMissing: 'description',
  metricMissing: 'metric',
  unitMissing: 'manualUnit',
  targetMissing: 'target',
  targetEqualsBaseline: 'target',
  directionContradicts: 'direction',
  ownerMissing: 'ownerId',
  notLinked: 'parentId',
  datesMissing: 'start',
  dueBeforeStart: 'due',
};

const goalShape = {
  title: nameText(120),
  description: optionalText(2000),
  metric: z.enum(goalMetricKeys),
  /** The unit a manual metric is counted in (e.g. "minutes", "points of 5"). */
  manualUnit: optionalText(40),
  scope: z.enum(goalScopes),
  /** Who answers for it (and, for a personal goal, whose figures measure it). */
  ownerId: idSchema.nullable(),
  /** The metric over the period before the start, computed when the goal was set; null: no history. */
  baseline: z.number().finite().min(-1e12).max(1e12).nullable(),
  target: z.number().finite().min(-1e12).max(1e12),
  direction: z.enum(goalDirections),
  /** The team goal it serves (the goal tree), or null. */
  parentId: idSchema.nullable().default(null),
  /** The duty it serves, or null. */
  dutyId: idSchema.nullable().default(null),
  term: z.enum(goalTerms),
  start: isoDate,
  due: isoDate,
  status: z.enum(goalStatuses).default('active'),
};

type GoalShape = z.infer<z.ZodObject<typeof goalShape>>;

/** Every letter of SMART is a rule of the record: a goal that is not SMART is not saved. */
function smart(goal: GoalShape, ctx: z.RefinementCtx) {
  for (const letter of smartChecklist(goal))
    for (const problem of letter.problems)
      ctx.addIssue({
        code: 'custom',
        path: [problemField[problem]],
        message: `not SMART: ${problem}`,
        params: { code: `goal.${problem}` },
      });
}

export const goalFields = z.object(goalShape).superRefine(smart);
export const goalSchema = envelopeSchema.extend(goalShape).superRefine(smart);
export type Goal = z.infer<typeof goalSchema>;
export type GoalInput = z.input<typeof goalFields>;

/** A check-in: the figure of a manual metric on a day (or just a comment on how it goes). */
const checkInShape = {
  goalId: idSchema,
  at: isoDate,
  value: z.number().finite().min(-1e12).max(1e12).nullable(),
  comment: optionalText(1000),
};
const saysSomething = (c: { value: number | null; comment: string }) => c.value !== null || c.comment !== '';
const emptyMessage = {
  path: ['value'],
  message: 'a value or a comment',
  params: { code: 'goal.checkInEmpty' },
};

export const goalCheckInFields = z.object(checkInShape).refine(saysSomething, emptyMessage);
export const goalCheckInSchema = envelopeSchema.extend(checkInShape).refine(saysSomething, emptyMessage);
export type GoalCheckIn = z.infer<typeof goalCheckInSchema>;
export type GoalCheckInInput = z.input<typeof goalCheckInFields>;
