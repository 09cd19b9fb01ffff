import type { TableName } from '../schema/tables';

// Which fields of a record name another record (a package may not point at a record it does not bring or the receiver lacks). A reference holds
// when the package itself has a record of that id in the referred table (in any line order, a tombstone
// counts) or the reading machine has it (readPackage's `exists`). Null or absent values are no reference.
//
// Left out on purpose: orderEvents.lineChanges[].productId. It is history text about a line that may have
// been removed since, and a partial package carries only the products its orders' lines still name. So is
// skillChanges.courseId: history of why a level changed, sent with the team area whether or not the
// training area goes too. A feedback request file names its review, cycle and reviewer, but is read on the
// reviewer's machine, which has none of them: its reader answers every reference as held
// (renderer/db/feedback-files.ts).

export interface ReferenceRule {
  table: TableName;
  /** Path to the referring value; `*` steps into every item of an array. */
  path: readonly string[];
  refTable: TableName;
}

export const referenceRules: readonly ReferenceRule[] = [
  { table: 'orders', path: ['customerId'], refTable: 'customers' },
  { table: 'orders', path: ['lines', '*', 'productId'], refTable: 'products' },
  { table: 'orders', path: ['assigneeId'], refTable: 'staff' },
  { table: 'orderEvents', path: ['orderId'], refTable: 'orders' },
  { table: 'duties', path: ['primaryId'], refTable: 'staff' },
  { table: 'duties', path: ['backupIds', '*'], refTable: 'staff' },
  { table: 'absences', path: ['staffId'], refTable: 'staff' },
  { table: 'skillChanges', path: ['staffId'], refTable: 'staff' },
  { table: 'goals', path: ['ownerId'], refTable: 'staff' },
  { table: 'goals', path: ['parentId'], refTable: 'goals' },
  { table: 'goals', path: ['dutyId'], refTable: 'duties' },
  { table: 'goalCheckIns', path: ['goalId'], refTable: 'goals' },
  { table: 'trainingTemplates', path: ['steps', '*', 'courseId'], refTable: 'courses' },
  { table: 'trainingItems', path: ['staffId'], refTable: 'staff' },
  { table: 'trainingItems', path: ['courseId'], refTable: 'courses' },
  { table: 'trainingSessions', path: ['courseId'], refTable: 'courses' },
  { table: 'trainingSessions', path: ['invited', '*'], refTable: 'staff' },
  { table: 'trainingSessions', path: ['attendance', '*', 'staffId'], refTable: 'staff' },
  { table: 'careerPlans', path: ['staffId'], refTable: 'staff' },
  { table: 'reviewCycles', path: ['templateId'], refTable: 'reviewTemplates' },
  { table: 'reviewCycles', path: ['participants', '*'], refTable: 'staff' },
  { table: 'reviews', path: ['cycleId'], refTable: 'reviewCycles' },
  { table: 'reviews', path: ['staffId'], refTable: 'staff' },
  { table: 'feedbackRequests', path: ['reviewId'], refTable: 'reviews' },
  { table: 'feedbackRequests', path: ['cycleId'], refTable: 'reviewCycles' },
  { table: 'feedbackRequests', path: ['reviewerId'], refTable: 'staff' },
  { table: 'feedbackResponses', path: ['requestId'], refTable: 'feedbackRequests' },
  { table: 'rewards', path: ['staffId'], refTable: 'staff' },
  { table: 'rewards', path: ['reviewId'], refTable: 'reviews' },
  { table: 'meetings', path: ['attendees', '*'], refTable: 'staff' },
  { table: 'meetings', path: ['subjectId'], refTable: 'staff' },
  { table: 'meetings', path: ['scheduleId'], refTable: 'meetingSchedules' },
  { table: 'meetingSchedules', path: ['attendees', '*'], refTable: 'staff' },
  { table: 'meetingSchedules', path: ['subjectId'], refTable: 'staff' },
  { table: 'actionItems', path: ['ownerId'], refTable: 'staff' },
  { table: 'risks', path: ['ownerId'], refTable: 'staff' },
  { table: 'incidents', path: ['orderIds', '*'], refTable: 'orders' },
  { table: 'incidents', path: ['customerIds', '*'], refTable: 'customers' },
  { table: 'incidents', path: ['staffIds', '*'], refTable: 'staff' },
  { table: 'incidents', path: ['riskId'], refTable: 'risks' },
  { table: 'pdcaCycles', path: ['goalId'], refTable: 'goals' },
  { table: 'pdcaCycles', path: ['sopId'], refTable: 'sops' },
  { table: 'pdcaCycles', path: ['dutyId'], refTable: 'duties' },
  { table: 'sops', path: ['ownerId'], refTable: 'staff' },
  { table: 'sopVersions', path: ['sopId'], refTable: 'sops' },
  { table: 'sopAcks', path: ['sopId'], refTable: 'sops' },
  { table: 'sopAcks', path: ['staffId'], refTable: 'staff' },
  { table: 'teamEvents', path: ['participants', '*'], refTable: 'staff' },
  { table: 'recognitions', path: ['staffId'], refTable: 'staff' },
  { table: 'recognitions', path: ['valueId'], refTable: 'coreValues' },
  { table: 'recognitions', path: ['givenById'], refTable: 'staff' },
  { table: 'careRecords', path: ['staffId'], refTable: 'staff' },
  { table: 'absenceDetails', path: ['absenceId'], refTable: 'absences' },
];

export interface FoundReference {
  /** The concrete field, array indexes filled in (`lines.2.productId`), as a zod issue path reads. */
  field: string;
  refTable: TableName;
  refId: string;
}

const rulesByTable = new Map<TableName, ReferenceRule[]>();
for (const rule of referenceRules)
  rulesByTable.set(rule.table, [...(rulesByTable.get(rule.table) ?? []), rule]);

/** Every reference a (validated) record of `table` makes. */
export function referencesOf(table: TableName, record: Record<string, unknown>): FoundReference[] {
  const found: FoundReference[] = [];
  for (const rule of rulesByTable.get(table) ?? []) collect(record, rule, 0, '', found);
  return found;
}

function collect(
  value: unknown,
  rule: ReferenceRule,
  step: number,
  at: string,
  found: FoundReference[],
): void {
  if (step === rule.path.length) {
    if (typeof value === 'string') found.push({ field: at, refTable: rule.refTable, refId: value });
    return;
  }
  const key = rule.path[step] as string;
  if (key === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) collect(value[i], rule, step + 1, `${at}.${i}`, found);
  } else if (value !== null && typeof value === 'object') {
    collect((value as Record<string, unknown>)[key], rule, step + 1, at ? `${at}.${key}` : key, found);
  }
}
