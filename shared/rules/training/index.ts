// The pure rules of training and development: completions, certificates, needs, career plans and the
// overview figures. No UI, database or translations.

export type { CareerGap } from './career';
export { careerGap, coursesReaching, readiness, suggestedCourses } from './career';
export type { CertificateState, CertificateStatus } from './certificates';
export { certificateState, certificateStates, RENEWAL_WINDOW_DAYS } from './certificates';
export type { SkillRaise } from './completion';
export { applySkillRaises, certificateExpiry, completionProblem, skillRaises } from './completion';
export type { NeedReason, NeedsInput, TrainingNeed } from './needs';
export { trainingNeeds } from './needs';
export type { CompletionRate } from './overview';
export { completionRates, yearTotals } from './overview';
export type { CourseLike, SkillLevel, TrainingItemLike, TrainingItemStatus } from './types';
export { OPEN_STATUSES } from './types';
