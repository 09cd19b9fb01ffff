import { isDerivedMetric, metricDefinitions } from '../../../shared/insights/metrics';
import { addDays } from '../../../shared/rules/local-date';
import type {
  Goal,
  GoalInput,
  goalDirections,
  goalScopes,
  goalStatuses,
  goalTerms,
} from '../../../shared/schema/goal';

// The goal form's values as its fields hold them (numbers as typed text), where a new goal starts, and
// the values as the goal schema reads them. The schema is the judge of SMART (shared/schema/goal.ts).

export interface GoalFormValues extends Record<string, unknown> {
  title: string;
  description: string;
  metric: string | null;
  manualUnit: string;
  scope: (typeof goalScopes)[number];
  ownerId: string | null;
  /** Computed for a metric from the orders (read-only then); typed for one measured by hand. */
  baseline: string;
  target: string;
  direction: (typeof goalDirections)[number];
  parentId: string | null;
  dutyId: string | null;
  term: (typeof goalTerms)[number];
  start: string;
  due: string;
  status: (typeof goalStatuses)[number];
}

/** Whole months on from a date (the 31st of a month → the last day of a shorter one), minus a day. */
function monthsAfter(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(d, last));
  return addDays(end.toISOString().slice(0, 10), -1);
}

/** A term's usual span from `start`: a week of daily targets, a week, a month, a quarter, a year. */
export function termDue(term: GoalFormValues['term'], start: string): string {
  switch (term) {
    case 'daily':
    case 'weekly':
      return addDays(start, 6);
    case 'monthly':
      return monthsAfter(start, 1);
    case 'quarterly':
      return monthsAfter(start, 3);
    case 'annual':
      return monthsAfter(start, 12);
  }
}

export function goalFormValues(today: string, goal?: Goal, parent?: Goal): GoalFormValues {
  if (goal)
    return {
      title: goal.title,
      description: goal.description,
      metric: goal.metric,
      manualUnit: goal.manualUnit,
      scope: goal.scope,
      ownerId: goal.ownerId,
      baseline: goal.baseline === null ? '' : String(goal.baseline),
      target: String(goal.target),
      direction: goal.direction,
      parentId: goal.parentId,
      dutyId: goal.dutyId,
      term: goal.term,
      start: goal.start,
      due: goal.due,
      status: goal.status,
    };
  const start = parent && parent.start > today ? parent.start : today;
  return {
    title: '',
    description: '',
    metric: null,
    manualUnit: '',
    scope: parent ? 'person' : 'team',
    ownerId: null,
    baseline: '',
    target: '',
    direction: 'decrease',
    parentId: parent?.id ?? null,
    dutyId: null,
    term: 'quarterly',
    start,
    due: parent ? parent.due : termDue('quarterly', start),
    status: 'active',
  };
}

/** A number as a person types it ("24", "24.5", "24,5"); empty is none, anything else not a number. */
export function typedNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The direction a metric usually takes: processing times go down, rates of work done go up. */
export const usualDirection = (metric: string): GoalFormValues['direction'] =>
  isDerivedMetric(metric) && metricDefinitions[metric].better === 'lower' ? 'decrease' : 'increase';

export function goalInputOf(values: GoalFormValues): GoalInput {
  const target = typedNumber(values.target);
  const baseline = typedNumber(values.baseline);
  return {
    ...values,
    metric: (values.metric ?? '') as GoalInput['metric'],
    ownerId: values.ownerId,
    // Not typed yet reads as missing (the schema says "enter a target"), not as zero.
    target: target ?? Number.NaN,
    baseline: baseline !== null && Number.isFinite(baseline) ? baseline : null,
  };
}
