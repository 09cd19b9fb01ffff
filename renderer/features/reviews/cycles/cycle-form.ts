import { addDays } from '../../../../shared/rules/local-date';
import type { ReviewCycleInput } from '../../../../shared/schema/review';

// The new-cycle form: a name, the period reviewed (a quarter by default), the template, who takes part
// and the day feedback is due. The cycle schema judges it (the end not before the start, nobody twice, at
// least one person), so a refusal lands on its field.

export interface CycleFormValues extends Record<string, unknown> {
  name: string;
  from: string;
  to: string;
  templateId: string | null;
  participants: string[];
  feedbackDue: string;
}

/** Days after the period's end that feedback is due by default. */
export const FEEDBACK_DAYS = 14;

/**
 * The quarter a review made today is about: the one under way, or — in a quarter's first month — the one
 * just ended, which is the one to review then.
 */
export function quarterToReview(today: string): { year: number; quarter: number; from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  let year = y;
  let quarter = Math.floor((m - 1) / 3) + 1;
  if ((m - 1) % 3 === 0) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  const first = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(first).padStart(2, '0')}-01`;
  const nextStart = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(first + 3).padStart(2, '0')}-01`;
  return { year, quarter, from, to: addDays(nextStart, -1) };
}

export function cycleFormValues(
  today: string,
  name: (quarter: { year: number; quarter: number }) => string,
  templateId: string | null,
): CycleFormValues {
  const period = quarterToReview(today);
  const due = addDays(period.to, FEEDBACK_DAYS);
  return {
    name: name(period),
    from: period.from,
    to: period.to,
    templateId,
    participants: [],
    // Not already past: a cycle set up late still gives its reviewers time.
    feedbackDue: due < today ? addDays(today, FEEDBACK_DAYS) : due,
  };
}

/** The values as the cycle schema reads them: a new cycle has not started; no due day is none. */
export const cycleInputOf = (values: CycleFormValues): ReviewCycleInput => ({
  name: values.name,
  from: values.from,
  to: values.to,
  templateId: values.templateId ?? '',
  participants: values.participants,
  status: 'not_started',
  feedbackDue: values.feedbackDue.trim() === '' ? null : values.feedbackDue,
});
