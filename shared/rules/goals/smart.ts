import { dayNumber, goalDays } from './pacing';
import {
  type GoalHistory,
  type GoalRuleInput,
  type GoalTerm,
  MANUAL_METRIC,
  type SmartCheck,
  type SmartLetter,
  type SmartProblem,
  type SmartWarning,
} from './types';

// Is a goal SMART (Specific, Measurable, Achievable, Relevant, Time-bound)? Each letter lists problems
// (which keep the goal from being SMART) and warnings (advice only). Codes are stable keys the UI translates.

/** Shortest title, in characters (code points, so 5 Chinese characters count as 5). */
export const MIN_TITLE_LENGTH = 5;

/**
 * A target more than 50% past the best value history shows is flagged as perhaps not achievable. 50% is
 * a judgement call: a stretch goal of +20–30% on the best month is normal, one of +50% rarely is without
 * a change in how the work is done, and below that the warning would fire on every ambitious goal.
 */
export const BEYOND_HISTORY_MARGIN = 0.5;

/**
 * Calendar days (start and due both counted) a goal of each term may span; outside them the term was
 * probably picked by mistake. Generous on purpose: a warning, not a problem, and months and quarters vary
 * (a "monthly" goal over February is 28 days, a quarter 90–92, a year 365–366, with slack for fiscal
 * calendars that do not follow the months).
 */
export const TERM_DAYS: Record<GoalTerm, { min: number; max: number }> = {
  daily: { min: 1, max: 7 },
  weekly: { min: 1, max: 31 },
  monthly: { min: 28, max: 62 },
  quarterly: { min: 28, max: 130 },
  annual: { min: 28, max: 400 },
};

const noHistory: GoalHistory = { best: null, worst: null };

const isNumber = (value: number | null): value is number => value !== null && Number.isFinite(value);
const isBlank = (value: string | null) => value === null || value.trim() === '';

function check(letter: SmartLetter, problems: SmartProblem[], warnings: SmartWarning[] = []): SmartCheck {
  return { letter, ok: problems.length === 0, problems, warnings };
}

function specific(goal: GoalRuleInput): SmartCheck {
  const problems: SmartProblem[] = [];
  if ([...goal.title.trim()].length < MIN_TITLE_LENGTH) problems.push('titleTooShort');
  if (isBlank(goal.description)) problems.push('descriptionMissing');
  return check('S', problems);
}

function measurable(goal: GoalRuleInput): SmartCheck {
  const problems: SmartProblem[] = [];
  const warnings: SmartWarning[] = [];
  const { metric, baseline, target } = goal;
  if (isBlank(metric)) problems.push('metricMissing');
  else if (metric === MANUAL_METRIC && isBlank(goal.manualUnit)) problems.push('unitMissing');
  if (!isNumber(target)) problems.push('targetMissing');
  else if (isNumber(baseline)) {
    if (target === baseline) problems.push('targetEqualsBaseline');
    else if (goal.direction === 'increase' ? target < baseline : target > baseline)
      problems.push('directionContradicts');
  }
  // A metric derived from the data ought to have history; a manual one never has, so no warning there.
  if (!isBlank(metric) && metric !== MANUAL_METRIC && !isNumber(baseline)) warnings.push('noBaseline');
  return check('M', problems, warnings);
}

function achievable(goal: GoalRuleInput, history: GoalHistory): SmartCheck {
  const problems: SmartProblem[] = [];
  const warnings: SmartWarning[] = [];
  if (isBlank(goal.ownerId)) problems.push('ownerMissing');
  const { target } = goal;
  const { best } = history;
  if (isNumber(target) && isNumber(best)) {
    // |best| so that a negative best (a margin, a balance) still gives a margin in the goal's direction.
    const margin = BEYOND_HISTORY_MARGIN * Math.abs(best);
    const beyond = goal.direction === 'increase' ? target > best + margin : target < best - margin;
    if (beyond) warnings.push('beyondHistory');
  }
  return check('A', problems, warnings);
}

function relevant(goal: GoalRuleInput): SmartCheck {
  return check('R', isBlank(goal.parentId) && isBlank(goal.dutyId) ? ['notLinked'] : []);
}

function timeBound(goal: GoalRuleInput): SmartCheck {
  const start = dayNumber(goal.start);
  const due = dayNumber(goal.due);
  if (start === null || due === null) return check('T', ['datesMissing']);
  if (due <= start) return check('T', ['dueBeforeStart']);
  const days = goalDays(goal.start, goal.due) ?? 0;
  const bounds = TERM_DAYS[goal.term];
  return check('T', [], days < bounds.min || days > bounds.max ? ['termMismatch'] : []);
}

/** The five checks, always in S, M, A, R, T order. `history` feeds only the "beyond history" warning. */
export function smartChecklist(goal: GoalRuleInput, history: GoalHistory = noHistory): SmartCheck[] {
  return [specific(goal), measurable(goal), achievable(goal, history), relevant(goal), timeBound(goal)];
}

/** SMART when no letter has a problem; warnings do not count. */
export function isSmart(checklist: readonly SmartCheck[]): boolean {
  return checklist.every((entry) => entry.ok);
}
