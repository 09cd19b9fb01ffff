import { z } from 'zod';
import { derivedMetrics } from '../insights/metrics';
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
import { endBeforeStart, samePerson } from './refinements';

// Performance reviews and rewards (area "reviews"), confidential by default: none of these tables leaves
// the machine in a package unless the confidential areas are ticked.
//
// A template says what a review weighs (sections whose weights sum to 100) and how the final score is
// formed; a cycle runs one template over a period for its participants; each participant has one review.
// Self-assessment and 360 feedback are feedback requests: each travels to its reviewer as a file
// (shared/package with scope kind feedback-request) and comes back as a response file encrypted with the
// request's secret, or is typed in on this machine from a paper form.

export const reviewSectionKinds = ['kpi', 'competencies', 'self', 'feedback', 'manager'] as const;
export type ReviewSectionKind = (typeof reviewSectionKinds)[number];
export const cycleStatuses = ['not_started', 'in_progress', 'calibrating', 'closed'] as const;
export type CycleStatus = (typeof cycleStatuses)[number];
/** Who answers a request: the person about themself, or a colleague (360 feedback, anonymous). */
export const feedbackRelations = ['self', 'peer'] as const;
export type FeedbackRelation = (typeof feedbackRelations)[number];
export const rewardKinds = [
  'cash_bonus',
  'performance_bonus',
  'promotion',
  'training',
  'recognition',
] as const;
export type RewardKind = (typeof rewardKinds)[number];
/** A KPI is one of the metric engine's figures, or the person's goal attainment in the period (percent). */
export const GOAL_ATTAINMENT = 'goalAttainment';
export const kpiMetrics = [...derivedMetrics, GOAL_ATTAINMENT] as const;
export type KpiMetric = (typeof kpiMetrics)[number];

/** A 1–5 rating. */
export const ratingSchema = z.number().int().min(1).max(5);
/** A score, 0–100 (a KPI may earn more than 100 when beaten; the section caps it, rules/reviews). */
export const scoreSchema = z.number().finite().min(0).max(200);
const weightSchema = z.number().int().min(0).max(100);

const sumOf = (weights: readonly number[]) => weights.reduce((a, b) => a + b, 0);

const kpiShape = z.object({
  metric: z.enum(kpiMetrics),
  /** What the period should reach, in the metric's unit (goal attainment: percent). */
  target: z.number().finite().min(0).max(1e9),
  /** Its share of the KPI section (the KPIs' weights sum to 100). */
  weight: weightSchema,
});
export type KpiTarget = z.infer<typeof kpiShape>;

const competencyShape = z.object({
  name: text(80),
  /** What each level 1–5 looks like, so every rater reads the same scale. */
  rubric: z.array(optionalText(300)).length(5),
});
export type Competency = z.infer<typeof competencyShape>;

const bandShape = z.object({ label: text(40), min: z.number().finite().min(0).max(200) });
export type RatingBand = z.infer<typeof bandShape>;

const templateShape = {
  name: nameText(120),
  description: optionalText(1000),
  sections: z
    .array(z.object({ kind: z.enum(reviewSectionKinds), weight: weightSchema }))
    .min(1)
    .max(5),
  kpis: z.array(kpiShape).max(12).default([]),
  competencies: z.array(competencyShape).max(12).default([]),
  /** Open questions every self-assessment and peer answers in words. */
  questions: z.array(text(300)).max(10).default([]),
  /**
   * The final score from the section scores (names kpi, competencies, self, feedback, manager; + - * /,
   * parentheses, min, max); empty: the weighted average of the sections that have a score.
   */
  formula: optionalText(300),
  /** Rating bands, highest first: a final score at or above `min` earns the label. */
  bands: z.array(bandShape).min(1).max(8),
};
type TemplateShape = z.infer<z.ZodObject<typeof templateShape>>;
function templateRules(t: TemplateShape, ctx: z.RefinementCtx) {
  const kinds = t.sections.map((s) => s.kind);
  if (new Set(kinds).size !== kinds.length)
    ctx.addIssue({
      code: 'custom',
      path: ['sections'],
      message: 'names a section twice',
      params: { code: 'review.sectionTwice' },
    });
  const sectionSum = sumOf(t.sections.map((s) => s.weight));
  if (sectionSum !== 100)
    ctx.addIssue({
      code: 'custom',
      path: ['sections'],
      message: 'weights must sum to 100',
      params: { code: 'review.weightsNot100', sum: sectionSum },
    });
  if (kinds.includes('kpi') && t.kpis.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['kpis'],
      message: 'the KPI section needs a KPI',
      params: { code: 'review.noKpis' },
    });
  const kpiSum = sumOf(t.kpis.map((k) => k.weight));
  if (t.kpis.length > 0 && kpiSum !== 100)
    ctx.addIssue({
      code: 'custom',
      path: ['kpis'],
      message: 'KPI weights must sum to 100',
      params: { code: 'review.weightsNot100', sum: kpiSum },
    });
  const rated = kinds.some((k) => k === 'competencies' || k === 'self' || k === 'feedback');
  if (rated && t.competencies.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['competencies'],
      message: 'needs a competency to rate',
      params: { code: 'review.noCompetencies' },
    });
  const mins = t.bands.map((b) => b.min);
  if (mins.some((min, i) => i > 0 && min >= (mins[i - 1] as number)))
    ctx.addIssue({
      code: 'custom',
      path: ['bands'],
      message: 'bands go from highest to lowest',
      params: { code: 'review.bandsOrder' },
    });
}
export const reviewTemplateFields = z.object(templateShape).superRefine(templateRules);
export const reviewTemplateSchema = envelopeSchema.extend(templateShape).superRefine(templateRules);
export type ReviewTemplate = z.infer<typeof reviewTemplateSchema>;
export type ReviewTemplateInput = z.input<typeof reviewTemplateFields>;

const cycleShape = {
  name: nameText(120),
  /** The period reviewed (its KPIs are this period's figures), inclusive. */
  from: isoDate,
  to: isoDate,
  templateId: idSchema,
  participants: z.array(idSchema).min(1).max(200),
  status: z.enum(cycleStatuses),
  /** Bands as calibrated for this cycle; null: the template's. */
  bands: z.array(bandShape).min(1).max(8).nullable().default(null),
  /** Day by which feedback requests must be answered. */
  feedbackDue: isoDate.nullable().default(null),
  closedAt: isoDateTime.nullable().default(null),
};
type CycleShape = z.infer<z.ZodObject<typeof cycleShape>>;
function cycleRules(c: CycleShape, ctx: z.RefinementCtx) {
  if (c.to < c.from) ctx.addIssue(endBeforeStart('to'));
  if (new Set(c.participants).size !== c.participants.length) ctx.addIssue(samePerson('participants'));
}
export const reviewCycleFields = z.object(cycleShape).superRefine(cycleRules);
export const reviewCycleSchema = envelopeSchema.extend(cycleShape).superRefine(cycleRules);
export type ReviewCycle = z.infer<typeof reviewCycleSchema>;
export type ReviewCycleInput = z.input<typeof reviewCycleFields>;

const ratedShape = z.object({ criterion: text(80), rating: ratingSchema });
export type CriterionRating = z.infer<typeof ratedShape>;

/** A KPI score the manager changed: the score the data gave stays beside it, with the reason. */
const adjustmentShape = z.object({
  metric: z.enum(kpiMetrics),
  score: scoreSchema,
  original: scoreSchema.nullable(),
  reason: text(500),
});
export type KpiAdjustment = z.infer<typeof adjustmentShape>;

/** A KPI as the cycle closed it: frozen, so later order edits do not rewrite a closed review. */
const kpiResultShape = z.object({
  metric: z.enum(kpiMetrics),
  actual: z.number().finite().nullable(),
  target: z.number().finite(),
  score: scoreSchema.nullable(),
});
export type KpiResult = z.infer<typeof kpiResultShape>;

const reviewShape = {
  cycleId: idSchema,
  staffId: idSchema,
  /** The manager's rating of each competency. */
  competencyRatings: z.array(ratedShape).max(12).default([]),
  /** The manager's overall rating, 1–5. */
  managerRating: ratingSchema.nullable().default(null),
  managerComment: optionalText(4000),
  kpiAdjustments: z.array(adjustmentShape).max(12).default([]),
  /** Set when the cycle closes. */
  kpiResults: z.array(kpiResultShape).max(12).nullable().default(null),
  finalScore: z.number().finite().min(0).max(200).nullable().default(null),
  band: optionalText(40),
};
export const reviewFields = z.object(reviewShape);
export const reviewSchema = envelopeSchema.extend(reviewShape);
export type Review = z.infer<typeof reviewSchema>;
export type ReviewInput = z.input<typeof reviewFields>;

/** A secret only the request file and this office hold: 32 random bytes, base64url. */
export const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be 32 bytes, base64url');

/** The questions a request asks: copied from the template when it is made, so the answer matches them. */
export const feedbackQuestionsSchema = z.object({
  competencies: z.array(competencyShape).max(12),
  questions: z.array(text(300)).max(10),
});
export type FeedbackQuestions = z.infer<typeof feedbackQuestionsSchema>;

const requestShape = {
  reviewId: idSchema,
  cycleId: idSchema,
  /** Whom the feedback is about, as the file shows it (the only thing of the office's a request holds). */
  subjectName: nameText(120),
  /** Who answers: a staff member (null for someone outside the team) and the name on the request. */
  reviewerId: idSchema.nullable(),
  reviewerName: nameText(120),
  relation: z.enum(feedbackRelations),
  questions: feedbackQuestionsSchema,
  secret: secretSchema,
  /** Answers after this day are refused. */
  expiresOn: isoDate,
};
export const feedbackRequestFields = z.object(requestShape);
export const feedbackRequestSchema = envelopeSchema.extend(requestShape);
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

const responseShape = {
  requestId: idSchema,
  ratings: z.array(ratedShape).max(12),
  /** Answers to the open questions, in their order ('' when left blank). */
  answers: z.array(z.string().max(4000)).max(10),
  /** HMAC-SHA256 of the answer under the request's secret (rules/reviews/response-proof.ts), hex. */
  proof: z.string().regex(/^[0-9a-f]{64}$/),
  /** How it arrived: a response file, or typed in here from paper. */
  via: z.enum(['file', 'typed']),
  answeredAt: isoDateTime,
};
export const feedbackResponseFields = z.object(responseShape);
export const feedbackResponseSchema = envelopeSchema.extend(responseShape);
export type FeedbackResponse = z.infer<typeof feedbackResponseSchema>;

const rewardShape = {
  staffId: idSchema,
  kind: z.enum(rewardKinds),
  /** Minor units of the office currency; 0 for a reward that costs nothing (recognition). */
  amount: moneySchema.min(0, 'must not be negative'),
  date: isoDate,
  /** The review it rewards, if any. */
  reviewId: idSchema.nullable().default(null),
  note: optionalText(1000),
};
export const rewardFields = z.object(rewardShape);
export const rewardSchema = envelopeSchema.extend(rewardShape);
export type Reward = z.infer<typeof rewardSchema>;
export type RewardInput = z.input<typeof rewardFields>;
