import { advanceMilestones } from '../../shared/rules/milestones';
import { addBaseOrderDeltas, addOrderDeltas } from '../../shared/rules/order-aggregates';
import { queueKeys } from '../../shared/rules/queue-keys';
import { type Absence, absenceFields } from '../../shared/schema/absence';
import {
  type AbsenceDetail,
  absenceDetailFields,
  type CareRecord,
  careRecordFields,
  type TeamEvent,
  teamEventFields,
} from '../../shared/schema/care';
import {
  type CoreValue,
  coreValueFields,
  type Recognition,
  recognitionFields,
} from '../../shared/schema/culture';
import { type Customer, customerFields } from '../../shared/schema/customer';
import { type Duty, dutyFields } from '../../shared/schema/duty';
import { type Goal, type GoalCheckIn, goalCheckInFields, goalFields } from '../../shared/schema/goal';
import {
  type ActionItem,
  actionItemFields,
  type Meeting,
  type MeetingSchedule,
  meetingFields,
  meetingScheduleFields,
} from '../../shared/schema/meeting';
import { type Order, orderFields } from '../../shared/schema/order';
import { type OrderEvent, orderEventFields } from '../../shared/schema/order-event';
import { type PdcaCycle, pdcaCycleFields } from '../../shared/schema/pdca';
import { type Product, productFields } from '../../shared/schema/product';
import {
  type FeedbackRequest,
  type FeedbackResponse,
  feedbackRequestFields,
  feedbackResponseFields,
  type Review,
  type ReviewCycle,
  type ReviewTemplate,
  type Reward,
  reviewCycleFields,
  reviewFields,
  reviewTemplateFields,
  rewardFields,
} from '../../shared/schema/review';
import { type Incident, incidentFields, type Risk, riskFields } from '../../shared/schema/risk';
import { type SkillChange, skillChangeFields } from '../../shared/schema/skill-change';
import {
  type Sop,
  type SopAck,
  type SopVersion,
  sopAckFields,
  sopFields,
  sopVersionFields,
} from '../../shared/schema/sop';
import { type Staff, staffFields } from '../../shared/schema/staff';
import {
  type CareerPlan,
  type Course,
  careerPlanFields,
  courseFields,
  type TrainingItem,
  type TrainingSession,
  type TrainingTemplate,
  trainingItemFields,
  trainingSessionFields,
  trainingTemplateFields,
} from '../../shared/schema/training';
import { createRepository, type RepoContext } from './repository';

export interface RepositoryOptions {
  /** False leaves the insight rollups out of order writes: only the bench, weighing what they cost. */
  rollups?: boolean;
}

/** One repository per synced table; the UI and importers write only through these. */
export function createRepositories(ctx: RepoContext, options: RepositoryOptions = {}) {
  return {
    staff: createRepository<typeof staffFields, Staff>(ctx, 'staff', staffFields),
    duties: createRepository<typeof dutyFields, Duty>(ctx, 'duties', dutyFields),
    absences: createRepository<typeof absenceFields, Absence>(ctx, 'absences', absenceFields),
    skillChanges: createRepository<typeof skillChangeFields, SkillChange>(
      ctx,
      'skillChanges',
      skillChangeFields,
    ),
    customers: createRepository<typeof customerFields, Customer>(ctx, 'customers', customerFields),
    products: createRepository<typeof productFields, Product>(ctx, 'products', productFields),
    orders: createRepository<typeof orderFields, Order>(ctx, 'orders', orderFields, {
      aggregate: options.rollups === false ? addBaseOrderDeltas : addOrderDeltas,
      derive: (order) => ({ ...order, ...queueKeys(order) }),
      evolve: (before, order, at) => ({ ...order, milestones: advanceMilestones(before, order, at) }),
    }),
    orderEvents: createRepository<typeof orderEventFields, OrderEvent>(ctx, 'orderEvents', orderEventFields),
    goals: createRepository<typeof goalFields, Goal>(ctx, 'goals', goalFields),
    goalCheckIns: createRepository<typeof goalCheckInFields, GoalCheckIn>(
      ctx,
      'goalCheckIns',
      goalCheckInFields,
    ),
    courses: createRepository<typeof courseFields, Course>(ctx, 'courses', courseFields),
    trainingTemplates: createRepository<typeof trainingTemplateFields, TrainingTemplate>(
      ctx,
      'trainingTemplates',
      trainingTemplateFields,
    ),
    trainingItems: createRepository<typeof trainingItemFields, TrainingItem>(
      ctx,
      'trainingItems',
      trainingItemFields,
    ),
    trainingSessions: createRepository<typeof trainingSessionFields, TrainingSession>(
      ctx,
      'trainingSessions',
      trainingSessionFields,
    ),
    careerPlans: createRepository<typeof careerPlanFields, CareerPlan>(ctx, 'careerPlans', careerPlanFields),
    reviewTemplates: createRepository<typeof reviewTemplateFields, ReviewTemplate>(
      ctx,
      'reviewTemplates',
      reviewTemplateFields,
    ),
    reviewCycles: createRepository<typeof reviewCycleFields, ReviewCycle>(
      ctx,
      'reviewCycles',
      reviewCycleFields,
    ),
    reviews: createRepository<typeof reviewFields, Review>(ctx, 'reviews', reviewFields),
    feedbackRequests: createRepository<typeof feedbackRequestFields, FeedbackRequest>(
      ctx,
      'feedbackRequests',
      feedbackRequestFields,
    ),
    feedbackResponses: createRepository<typeof feedbackResponseFields, FeedbackResponse>(
      ctx,
      'feedbackResponses',
      feedbackResponseFields,
    ),
    rewards: createRepository<typeof rewardFields, Reward>(ctx, 'rewards', rewardFields),
    meetings: createRepository<typeof meetingFields, Meeting>(ctx, 'meetings', meetingFields),
    meetingSchedules: createRepository<typeof meetingScheduleFields, MeetingSchedule>(
      ctx,
      'meetingSchedules',
      meetingScheduleFields,
    ),
    actionItems: createRepository<typeof actionItemFields, ActionItem>(ctx, 'actionItems', actionItemFields),
    risks: createRepository<typeof riskFields, Risk>(ctx, 'risks', riskFields),
    incidents: createRepository<typeof incidentFields, Incident>(ctx, 'incidents', incidentFields),
    pdcaCycles: createRepository<typeof pdcaCycleFields, PdcaCycle>(ctx, 'pdcaCycles', pdcaCycleFields),
    sops: createRepository<typeof sopFields, Sop>(ctx, 'sops', sopFields),
    sopVersions: createRepository<typeof sopVersionFields, SopVersion>(ctx, 'sopVersions', sopVersionFields),
    sopAcks: createRepository<typeof sopAckFields, SopAck>(ctx, 'sopAcks', sopAckFields),
    teamEvents: createRepository<typeof teamEventFields, TeamEvent>(ctx, 'teamEvents', teamEventFields),
    coreValues: createRepository<typeof coreValueFields, CoreValue>(ctx, 'coreValues', coreValueFields),
    recognitions: createRepository<typeof recognitionFields, Recognition>(
      ctx,
      'recognitions',
      recognitionFields,
    ),
    careRecords: createRepository<typeof careRecordFields, CareRecord>(ctx, 'careRecords', careRecordFields),
    absenceDetails: createRepository<typeof absenceDetailFields, AbsenceDetail>(
      ctx,
      'absenceDetails',
      absenceDetailFields,
    ),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
