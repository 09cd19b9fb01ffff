// Inputs and outputs of the SMART-goal rules. The stored goal record (its zod schema) lives elsewhere;
// these rules take only the fields they judge, so a form's draft can be checked before it is a record.

export type GoalDirection = 'increase' | 'decrease';
export type GoalTerm = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual';

/** The metric key of a goal measured by hand (a number the owner types in) rather than from the data. */
export { MANUAL_METRIC } from '../../insights/metrics';

export interface GoalRuleInput {
  title: string;
  description: string;
  /** A metric key, or 'manual'; null while not chosen yet. */
  metric: string | null;
  /** Required (non-blank) when metric is 'manual'. */
  manualUnit: string;
  /** Computed from history; null when history has no data. */
  baseline: number | null;
  target: number | null;
  direction: GoalDirection;
  /** Staff id of the owner. */
  ownerId: string | null;
  /** A team goal this goal serves … */
  parentId: string | null;
  /** … or a duty it serves. */
  dutyId: string | null;
  term: GoalTerm;
  /** ISO dates (YYYY-MM-DD), '' while not set. */
  start: string;
  due: string;
}

/**
 * What history shows for the goal's metric, computed by the caller. `best` is the best value in the goal's
 * direction (the highest for 'increase', the lowest for 'decrease'); `worst` the opposite. null: no data.
 */
export interface GoalHistory {
  best: number | null;
  worst: number | null;
}

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

/** Stable keys the UI translates. A problem keeps the goal from being SMART. */
export type SmartProblem =
  | 'titleTooShort'
  | 'descriptionMissing'
  | 'metricMissing'
  | 'unitMissing'
  | 'targetMissing'
  | 'targetEqualsBaseline'
  | 'directionContradicts'
  | 'ownerMissing'
  | 'notLinked'
  | 'datesMissing'
  | 'dueBeforeStart';

/** Stable keys the UI translates. A warning is advice; it does not block saving. */
export type SmartWarning = 'noBaseline' | 'beyondHistory' | 'termMismatch';

export interface SmartCheck {
  letter: SmartLetter;
  /** No problems (warnings allowed). */
  ok: boolean;
  problems: SmartProblem[];
  warnings: SmartWarning[];
}

/** The fields pacing needs. */
export type GoalPacingInput = Pick<GoalRuleInput, 'baseline' | 'target' | 'direction' | 'start' | 'due'>;

export type GoalStatus = 'notStarted' | 'noData' | 'onTrack' | 'atRisk' | 'offTrack' | 'achieved' | 'missed';

export interface GoalProgress {
  status: GoalStatus;
  /**
   * Fraction of the way from baseline to target: 0 at the baseline, 1 at the target, above 1 past it,
   * negative when moving the wrong way (at least -1). null when it cannot be measured.
   */
  progress: number | null;
  /** Where a steady pace would be by the end of today, 0..1. */
  expected: number;
  /** expected − progress, in fractions of the path; negative when ahead. null when progress is. */
  behind: number | null;
}

/** A goal in the tree, with the goals that serve it. */
export interface GoalNode<T> {
  goal: T;
  children: GoalNode<T>[];
}

/** The fields the tree needs; `deleted` is the record envelope's soft-delete flag. */
export interface GoalTreeInput {
  id: string;
  parentId: string | null;
  deleted?: boolean;
}
