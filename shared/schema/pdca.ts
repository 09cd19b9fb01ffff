import { z } from 'zod';
import { derivedMetrics } from '../insights/metrics';
import { envelopeSchema, idSchema, isoDate, nameText, optionalText } from './envelope';
import { endBeforeStart } from './refinements';
import { processKinds } from './sop';

// PDCA improvement cycles (area "routines"). Plan: the problem, a target on one of the metric engine's
// figures (or a goal), the measures. Do: action items with owners (the actionItems table, source "pdca").
// Check: the metric over a period before and a period after, computed from the rollups, never typed.
// Act: standardise — the SOP version or duty that now holds the change.

export const pdcaPhases = ['plan', 'do', 'check', 'act', 'closed'] as const;
export type PdcaPhase = (typeof pdcaPhases)[number];

const pdcaShape = {
  title: nameText(120),
  process: z.enum(processKinds),
  phase: z.enum(pdcaPhases).default('plan'),
  problem: optionalText(2000),
  /** The figure the cycle means to move; null: it is measured through its goal. */
  metric: z.enum(derivedMetrics).nullable().default(null),
  goalId: idSchema.nullable().default(null),
  /** The figure to reach, in the metric's unit; null: "better than before". */
  target: z.number().finite().min(0).max(1e9).nullable().default(null),
  measures: optionalText(4000),
  /** Check: the period before the change and the period after it, inclusive. */
  beforeFrom: isoDate,
  beforeTo: isoDate,
  afterFrom: isoDate.nullable().default(null),
  afterTo: isoDate.nullable().default(null),
  checkNote: optionalText(2000),
  /** Act: what was standardised. */
  sopId: idSchema.nullable().default(null),
  sopVersion: z.number().int().min(1).nullable().default(null),
  dutyId: idSchema.nullable().default(null),
  actNote: optionalText(2000),
};
type PdcaShape = z.infer<z.ZodObject<typeof pdcaShape>>;
function pdcaRules(p: PdcaShape, ctx: z.RefinementCtx) {
  if (p.beforeTo < p.beforeFrom) ctx.addIssue(endBeforeStart('beforeTo'));
  if (p.afterFrom !== null && p.afterTo !== null && p.afterTo < p.afterFrom)
    ctx.addIssue(endBeforeStart('afterTo'));
  // The period after starts once the period before is over (it is not an end before its start).
  if (p.afterFrom !== null && p.afterFrom <= p.beforeTo)
    ctx.addIssue({
      code: 'custom',
      path: ['afterFrom'],
      message: 'must start after the period before',
      params: { code: 'pdca.afterOverlapsBefore' },
    });
  // A cycle improves something measurable: a metric of the engine, or a goal.
  if (p.metric === null && p.goalId === null)
    ctx.addIssue({
      code: 'custom',
      path: ['metric'],
      message: 'a metric or a goal',
      params: { code: 'pdca.noMeasure' },
    });
}
export const pdcaCycleFields = z.object(pdcaShape).superRefine(pdcaRules);
export const pdcaCycleSchema = envelopeSchema.extend(pdcaShape).superRefine(pdcaRules);
export type PdcaCycle = z.infer<typeof pdcaCycleSchema>;
export type PdcaCycleInput = z.input<typeof pdcaCycleFields>;
