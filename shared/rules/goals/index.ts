// The pure rules of SMART goals: checklist, pacing and the goal tree. No UI, database or translations.
export {
  AT_RISK_BEHIND,
  dayNumber,
  expectedLine,
  goalDays,
  goalProgress,
  MAX_PROGRESS,
  MIN_PROGRESS,
  OFF_TRACK_BEHIND,
} from './pacing';
export { BEYOND_HISTORY_MARGIN, isSmart, MIN_TITLE_LENGTH, smartChecklist, TERM_DAYS } from './smart';
export { goalTree, rolledProgress, wouldCycle } from './tree';
export type {
  GoalDirection,
  GoalHistory,
  GoalNode,
  GoalPacingInput,
  GoalProgress,
  GoalRuleInput,
  GoalStatus,
  GoalTerm,
  GoalTreeInput,
  SmartCheck,
  SmartLetter,
  SmartProblem,
  SmartWarning,
} from './types';
export { MANUAL_METRIC } from './types';
