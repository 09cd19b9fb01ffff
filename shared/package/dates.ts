import { parseRev } from '../hlc';
import { EARLIEST_DATE, LATEST_DATE } from '../schema/envelope';
import type { TableName } from '../schema/tables';

// Dates a record may carry (a bad one is refused before anything changes). A year like 1970 or 2999 is a
// broken clock or a typo, and would sort a record to the far end of every list and every merge, so the
// reader refuses any date or time outside 2000-01-01 … 2100-12-31: the envelope's times, the wall time in
// `rev` / `baseRev`, and each table's own date fields.

export { EARLIEST_DATE, LATEST_DATE };

const earliestMs = Date.UTC(2000, 0, 1);
const afterLatestMs = Date.UTC(2101, 0, 1);

/** Each table's own date (YYYY-MM-DD) and date-time fields besides the envelope's. */
export const dateFields: Readonly<Record<TableName, readonly string[]>> = {
  staff: ['startDate'],
  duties: [],
  absences: ['from', 'to'],
  skillChanges: ['at'],
  customers: [],
  products: [],
  orders: ['orderedAt', 'requestedDate', 'dueAt'],
  orderEvents: ['at'],
  goals: ['start', 'due'],
  goalCheckIns: ['at'],
  courses: [],
  trainingTemplates: [],
  trainingItems: ['due', 'completedOn', 'certificateExpires'],
  trainingSessions: ['start', 'end'],
  careerPlans: [],
  reviewTemplates: [],
  reviewCycles: ['from', 'to', 'feedbackDue', 'closedAt'],
  reviews: [],
  feedbackRequests: ['expiresOn'],
  feedbackResponses: ['answeredAt'],
  rewards: ['date'],
  meetings: ['date'],
  meetingSchedules: ['firstDate', 'until'],
  actionItems: ['due', 'doneOn'],
  risks: ['reviewOn'],
  incidents: ['date', 'resolvedOn'],
  pdcaCycles: ['beforeFrom', 'beforeTo', 'afterFrom', 'afterTo'],
  sops: ['reviewOn'],
  sopVersions: ['publishedAt'],
  sopAcks: ['at'],
  teamEvents: ['date', 'endDate'],
  coreValues: [],
  recognitions: ['date'],
  careRecords: ['date', 'until'],
  absenceDetails: [],
};

const envelopeDates = ['createdAt', 'updatedAt'];
const revFields = ['rev', 'baseRev'];
const checkedDates = Object.fromEntries(
  Object.entries(dateFields).map(([table, fields]) => [table, [...envelopeDates, ...fields]]),
) as Record<TableName, string[]>;

export interface DateProblem {
  field: string;
  value: string;
}

/**
 * The first date of a validated record outside the range, or null. Fields were checked by the schema
 * already, so a date's first ten characters are its calendar date as written (in the writer's offset).
 */
export function dateOutOfRange(table: TableName, record: Record<string, unknown>): DateProblem | null {
  for (const field of checkedDates[table]) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    const day = value.slice(0, 10);
    if (day < EARLIEST_DATE || day > LATEST_DATE) return { field, value };
  }
  for (const field of revFields) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    const { wall } = parseRev(value);
    if (wall < earliestMs || wall >= afterLatestMs) return { field, value };
  }
  return null;
}
