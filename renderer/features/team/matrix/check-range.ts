import type { DateRange } from '../../../../shared/rules/coverage';
import { addDays, localIsoDate } from '../../../../shared/rules/local-date';

/** Absences are checked for the next two weeks unless the manager picks other dates. */
const DEFAULT_DAYS = 14;

/** Today and the 13 days after it: the dates the matrix, its print and its workbook check by default. */
export function defaultCheckRange(now = new Date()): DateRange {
  const today = localIsoDate(now);
  return { from: today, to: addDays(today, DEFAULT_DAYS - 1) };
}
