import type { TFunction } from 'i18next';
import type { TableName } from '../../../shared/schema/tables';
import type { NamedTable } from '../../db/record-names';
import {
  formatAmount,
  formatBasisPoints,
  formatDateTime,
  formatDay,
  formatList,
  formatNumber,
} from '../../i18n/format';
import { reviewFieldValue } from './review-values';
import { actionSourceRef, routineFieldValue } from './routine-values';

// A record's field as a person reads it in the import preview: money in its currency, dates in the
// user's locale, names instead of ids, choices and lists in words — never an id or raw JSON.

type AnyRecord = Record<string, unknown>;

export interface ValueContext {
  t: TFunction;
  /** The office's currency, for a record that does not name its own. */
  currency: string;
  /** Names of the records that ids point to (db/record-names.ts). */
  names: ReadonlyMap<string, string>;
}

/** Amounts in integer minor units. */
const MONEY = new Set(['creditLimit', 'unitPrice', 'subtotal', 'tax', 'total', 'cost', 'amount']);
/** Fields holding the id of another record, and that record's table. */
const REFERENCES: Record<string, NamedTable> = {
  customerId: 'customers',
  assigneeId: 'staff',
  staffId: 'staff',
  primaryId: 'staff',
  backupIds: 'staff',
  orderId: 'orders',
  ownerId: 'staff',
  parentId: 'goals',
  goalId: 'goals',
  dutyId: 'duties',
  courseId: 'courses',
  requiredCourseId: 'courses',
  invited: 'staff',
  participants: 'staff',
  reviewerId: 'staff',
  templateId: 'reviewTemplates',
  cycleId: 'reviewCycles',
  attendees: 'staff',
  subjectId: 'staff',
  scheduleId: 'meetingSchedules',
  orderIds: 'orders',
  customerIds: 'customers',
  staffIds: 'staff',
  riskId: 'risks',
  sopId: 'sops',
  valueId: 'coreValues',
  givenById: 'staff',
};
/** The review tables, whose structured fields review-values.ts writes. */
const REVIEW_TABLES: ReadonlySet<TableName> = new Set([
  'reviewTemplates',
  'reviewCycles',
  'reviews',
  'feedbackRequests',
  'feedbackResponses',
  'rewards',
]);
/** The routines tables, whose structured fields routine-values.ts writes. */
const ROUTINE_TABLES: ReadonlySet<TableName> = new Set([
  'meetings',
  'meetingSchedules',
  'actionItems',
  'risks',
  'incidents',
  'pdcaCycles',
  'sops',
  'sopVersions',
  'sopAcks',
  'teamEvents',
  'coreValues',
  'recognitions',
  'careRecords',
  'absenceDetails',
]);
/** Fields that hold one of a closed list of choices, and where the words for them live. */
export const CHOICES: Partial<Record<TableName, Record<string, string>>> = {
  staff: { level: 'level', status: 'staffStatus' },
  duties: { complexity: 'complexity' },
  absences: { kind: 'sharingArea.values.absenceKind' },
  skillChanges: { reason: 'sharingArea.values.skillReason' },
  customers: { segment: 'segment' },
  orders: { status: 'status', priority: 'priority' },
  orderEvents: { kind: 'sharingArea.values.eventKind', from: 'status', to: 'status' },
  goals: {
    metric: 'metric',
    scope: 'goalScope',
    direction: 'goalDirection',
    term: 'goalTerm',
    status: 'goalStatus',
  },
  courses: { kind: 'sharingArea.values.courseKind' },
  trainingItems: { status: 'sharingArea.values.trainingStatus' },
  reviewCycles: { status: 'sharingArea.values.cycleStatus' },
  feedbackRequests: { relation: 'sharingArea.values.relation' },
  feedbackResponses: { via: 'sharingArea.values.via' },
  rewards: { kind: 'sharingArea.values.rewardKind' },
  meetings: { kind: 'sharingArea.values.meetingKind' },
  meetingSchedules: { kind: 'sharingArea.values.meetingKind', cadence: 'sharingArea.values.cadence' },
  actionItems: { status: 'sharingArea.values.actionStatus', source: 'sharingArea.values.actionSource' },
  risks: { category: 'sharingArea.values.riskCategory', status: 'sharingArea.values.riskStatus' },
  incidents: {
    category: 'sharingArea.values.riskCategory',
    severity: 'sharingArea.values.severity',
    status: 'sharingArea.values.incidentStatus',
  },
  pdcaCycles: {
    process: 'sharingArea.values.process',
    phase: 'sharingArea.values.pdcaPhase',
    metric: 'metric',
  },
  sops: { process: 'sharingArea.values.process' },
  teamEvents: { kind: 'sharingArea.values.teamEventKind' },
  careRecords: { kind: 'sharingArea.values.careKind' },
  absenceDetails: { reason: 'sharingArea.values.absenceReason' },
};
/** Order lines named in full before "and n more". */
const LINES_SHOWN = 3;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isDateTime = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);
const empty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Which records `records` refer to, by table: what to look up names for. */
export function referencedIds(records: readonly AnyRecord[]): Record<NamedTable, Set<string>> {
  const ids: Record<NamedTable, Set<string>> = {
    staff: new Set(),
    customers: new Set(),
    products: new Set(),
    orders: new Set(),
    goals: new Set(),
    duties: new Set(),
    courses: new Set(),
    reviewTemplates: new Set(),
    reviewCycles: new Set(),
    meetings: new Set(),
    meetingSchedules: new Set(),
    risks: new Set(),
    incidents: new Set(),
    pdcaCycles: new Set(),
    sops: new Set(),
    coreValues: new Set(),
  };
  for (const record of records) {
    const source = actionSourceRef(record);
    if (source) ids[source[0]].add(source[1]);
    for (const [field, table] of Object.entries(REFERENCES)) {
      const value = record[field];
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') ids[table].add(id);
    }
    for (const field of ['lines', 'lineChanges']) {
      const list = record[field];
      if (Array.isArray(list))
        for (const line of list as AnyRecord[])
          if (typeof line.productId === 'string') ids.products.add(line.productId);
    }
  }
  return ids;
}

/** The name of the record `id` points to, or a plain "unknown record" (never the id itself). */
const nameOf = (ctx: ValueContext, id: unknown) =>
  (typeof id === 'string' && ctx.names.get(id)) || ctx.t('sharingArea.values.unknownRecord');

/** One field of one record, as text to show. */
export function formatFieldValue(
  table: TableName,
  field: string,
  record: AnyRecord,
  ctx: ValueContext,
): string {
  const { t } = ctx;
  const value = record[field];
  // A recognition nobody in the team gave came from the manager.
  if (table === 'recognitions' && field === 'givenById' && value === null)
    return t('sharingArea.values.manager');
  if (empty(value)) return '—';
  if (REVIEW_TABLES.has(table)) {
    const text = reviewFieldValue(field, value, t);
    if (text !== null) return text;
  }
  if (ROUTINE_TABLES.has(table)) {
    const text = routineFieldValue(field, value, t, (id) => nameOf(ctx, id));
    if (text !== null) return text;
  }
  if (typeof value === 'boolean') return t(value ? 'sharingArea.conflicts.yes' : 'sharingArea.conflicts.no');
  if (field in REFERENCES)
    return Array.isArray(value) ? formatList(value.map((id) => nameOf(ctx, id))) : nameOf(ctx, value);
  const choice = CHOICES[table]?.[field];
  if (choice && typeof value === 'string') return t(`${choice}.${value}`, { defaultValue: value });
  if (typeof value === 'number') {
    if (MONEY.has(field)) {
      const currency = typeof record.currency === 'string' ? record.currency : ctx.currency;
      return formatAmount(value, currency);
    }
    if (field === 'taxRate') return formatBasisPoints(value);
    return formatNumber(value);
  }
  if (typeof value === 'string') {
    if (isDate(value)) return formatDay(value);
    if (isDateTime(value)) return formatDateTime(value);
    return value;
  }
  if ((field === 'skills' || field === 'requiredSkills') && Array.isArray(value))
    return formatList(
      (value as { skill: string; level: number }[]).map((s) =>
        t('sharingArea.values.skill', { skill: s.skill, level: s.level }),
      ),
    );
  if (field === 'lines' && Array.isArray(value)) return orderLines(value as AnyRecord[], ctx);
  if (field === 'lineChanges' && Array.isArray(value))
    return t('sharingArea.values.lineChanges', { count: value.length });
  if (field === 'covers' && typeof value === 'object') {
    const covers = value as { segments?: string[]; regions?: string[] };
    const parts = [...(covers.segments ?? []).map((s) => t(`segment.${s}`)), ...(covers.regions ?? [])];
    return parts.length === 0 ? t('sharingArea.values.everyOrder') : formatList(parts);
  }
  if (field === 'milestones' && Array.isArray(value))
    return formatList(
      (value as AnyRecord[]).map((m) =>
        t('sharingArea.values.careerMilestone', { title: String(m.title), due: formatDay(String(m.due)) }),
      ),
    );
  if (field === 'milestones' && typeof value === 'object') return milestones(value as AnyRecord, ctx);
  if (field === 'steps' && Array.isArray(value))
    return t('sharingArea.values.steps', { count: value.length });
  if (field === 'attendance' && Array.isArray(value))
    return t('sharingArea.values.attendance', {
      count: value.length,
      present: (value as AnyRecord[]).filter((a) => a.present === true).length,
    });
  if (Array.isArray(value)) return formatList(value.map(String));
  // A shape this list does not know yet: its values in words, still never as JSON.
  return formatList(Object.values(value as AnyRecord).map(String));
}

/** What people call a record: its name or number, or for a record that has neither, whose and when. */
export function recordLabel(table: TableName, record: AnyRecord, ctx: ValueContext): string {
  const field = (name: string) => formatFieldValue(table, name, record, ctx);
  switch (table) {
    case 'orders':
      return field('number');
    case 'absences':
      return `${field('staffId')} · ${field('from')} – ${field('to')}`;
    case 'skillChanges':
      return `${field('staffId')} · ${field('skill')}`;
    case 'orderEvents':
      return `${field('orderId')} · ${field('at')}`;
    case 'goals':
      return field('title');
    case 'goalCheckIns':
      return `${field('goalId')} · ${field('at')}`;
    case 'courses':
      return field('title');
    case 'trainingItems':
      return `${field('staffId')} · ${field('courseId')}`;
    case 'trainingSessions':
      return `${field('courseId')} · ${field('start')}`;
    case 'careerPlans':
      return `${field('staffId')} · ${field('targetRole')}`;
    case 'reviews':
      return `${field('staffId')} · ${field('cycleId')}`;
    case 'feedbackRequests':
      return `${field('subjectName')} · ${field('reviewerName')}`;
    case 'feedbackResponses':
      return `${ctx.t('sharingArea.tables.feedbackResponses')} · ${field('answeredAt')}`;
    case 'rewards':
      return `${field('staffId')} · ${field('kind')} · ${field('date')}`;
    case 'meetings':
    case 'incidents':
    case 'teamEvents':
      return `${field('title')} · ${field('date')}`;
    case 'meetingSchedules':
    case 'risks':
    case 'pdcaCycles':
    case 'sops':
      return field('title');
    case 'actionItems':
      return `${field('title')} · ${field('ownerId')}`;
    case 'sopVersions':
      return `${field('sopId')} · ${field('version')}`;
    case 'sopAcks':
      return `${field('staffId')} · ${field('sopId')} · ${field('version')}`;
    case 'recognitions':
      return `${field('staffId')} · ${field('valueId')} · ${field('date')}`;
    case 'careRecords':
      return `${field('staffId')} · ${field('kind')} · ${field('date')}`;
    case 'absenceDetails':
      return `${ctx.t('sharingArea.tables.absenceDetails')} · ${field('reason')}`;
    default:
      return field('name');
  }
}

/** "Product A × 2, Product B × 1 and 3 more lines". */
function orderLines(lines: readonly AnyRecord[], ctx: ValueContext): string {
  const shown = lines.slice(0, LINES_SHOWN).map((line) =>
    ctx.t('sharingArea.values.line', {
      product: nameOf(ctx, line.productId),
      quantity: formatNumber(Number(line.quantity)),
    }),
  );
  const rest = lines.length - shown.length;
  return rest > 0
    ? ctx.t('sharingArea.values.moreLines', { list: formatList(shown), count: rest })
    : formatList(shown);
}

/** "received 28 Nov 2026, 10:15, shipped …, returned 1 times": an order's milestones in words. */
function milestones(m: AnyRecord, ctx: ValueContext): string {
  const parts: string[] = [];
  for (const key of ['submittedAt', 'confirmedAt', 'shippedAt', 'completedAt', 'cancelledAt'])
    if (typeof m[key] === 'string')
      parts.push(ctx.t(`sharingArea.values.milestone.${key}`, { at: formatDateTime(m[key] as string) }));
  if (typeof m.returns === 'number' && m.returns > 0)
    parts.push(ctx.t('sharingArea.values.milestone.returns', { count: m.returns }));
  if (m.late === true) parts.push(ctx.t('sharingArea.values.milestone.late'));
  return parts.length > 0 ? formatList(parts) : '—';
}
