import type { z } from 'zod';
import { MONEY_MAX } from './schema/envelope';

// Why a record or a command was refused, as a code from one closed list. The code, the field it concerns
// and its parameters travel to the UI, which turns the code into a sentence in the user's language
// (every code has a message in each language: a test checks it). Error text is for logs only: no code
// ever reads it.

export const refusalCodes = [
  // A field's value, from the entity's schema.
  'field.required',
  'field.tooShort',
  'field.tooLong',
  'field.tooFew',
  'field.tooMany',
  'field.atLeast',
  'field.moreThan',
  'field.atMost',
  'field.lessThan',
  'field.wholeNumber',
  'field.date',
  'field.dateRange',
  'field.email',
  'field.format',
  'field.time',
  'field.choose',
  'field.invalid',
  'field.characters',
  // An amount or a percentage typed as text.
  'amount.invalid',
  'amount.negative',
  'amount.decimals',
  'amount.tooLarge',
  'percent.invalid',
  'percent.decimals',
  'quantity.invalid',
  'quantity.decimals',
  // Rules across fields and records.
  'date.endBeforeStart',
  'record.gone',
  'record.changed',
  'code.taken',
  'code.takenDeleted',
  'absence.overlaps',
  'staff.notActive',
  'staff.samePerson',
  'skill.twice',
  'duty.notAnother',
  'identity.prefix',
  'calendar.dayEndBeforeStart',
  'calendar.lunchOutside',
  'calendar.lunchEndBeforeStart',
  'calendar.alsoHoliday',
  'calendar.dayTwice',
  'calendar.timeZone',
  'sla.urgentLonger',
  'order.noLines',
  'order.discountTooLarge',
  'order.overrideReason',
  'order.belowShipped',
  'order.sumsTooLarge',
  'shipment.negative',
  'shipment.tooMuch',
  'shipment.nothing',
  'workflow.notAllowed',
  'workflow.reasonRequired',
  // SMART goals (rules/goals/smart.ts): each problem keeps a goal from being saved.
  'goal.titleTooShort',
  'goal.descriptionMissing',
  'goal.metricMissing',
  'goal.unitMissing',
  'goal.targetMissing',
  'goal.targetEqualsBaseline',
  'goal.directionContradicts',
  'goal.ownerMissing',
  'goal.notLinked',
  'goal.datesMissing',
  'goal.dueBeforeStart',
  'goal.parentCycle',
  'goal.checkInEmpty',
  'training.completedOn',
  'training.notInvited',
  'training.attendanceTwice',
  'training.alreadyCompleted',
  'training.alreadyPlanned',
  // Performance reviews (schema/review.ts, rules/reviews, db/review-commands.ts, db/feedback-files.ts).
  'review.sectionTwice',
  'review.weightsNot100',
  'review.noKpis',
  'review.noCompetencies',
  'review.bandsOrder',
  'review.cycleUnfinished',
  'review.cycleClosed',
  'review.notParticipant',
  'review.formula',
  'feedback.unknownRequest',
  'feedback.duplicate',
  'feedback.altered',
  'feedback.expired',
  'feedback.otherCycle',
  'feedback.notResponse',
  'feedback.notRequest',
  'feedback.ratingsMismatch',
  // The risk register and incidents (schema/risk.ts, db/risk-commands.ts).
  'risk.scale',
  'incident.resolvedBeforeDate',
  'incident.stepNotAllowed',
  'incident.satisfactionRequired',
  'incident.orderNotFound',
  // PDCA cycles and process documents (schema/pdca.ts, rules/routines/pdca.ts, db/pdca-commands.ts,
  // db/sop-commands.ts).
  'pdca.noMeasure',
  'pdca.noTasks',
  'pdca.tasksOpen',
  'pdca.noAfterPeriod',
  'pdca.afterNotOver',
  'pdca.afterOverlapsBefore',
  'pdca.notStandardised',
  'pdca.closed',
  'pdca.notTask',
  'sop.emptyDraft',
  'sop.unchanged',
  'sop.notCurrent',
  'sop.alreadyAcknowledged',
  'sop.noVersion',
  // Team culture (schema/culture.ts, db/culture-commands.ts).
  'culture.valueTaken',
  'culture.valueInactive',
] as const;

export type RefusalCode = (typeof refusalCodes)[number];
export type RefusalParams = Readonly<Record<string, string | number>>;

export const isRefusalCode = (value: unknown): value is RefusalCode =>
  typeof value === 'string' && (refusalCodes as readonly string[]).includes(value);

/** A refusal: the code, the field it concerns ('' for the record as a whole, `lines.2.quantity` nested). */
export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly field = '',
    readonly params: RefusalParams = {},
    /** The table of the refused record, where there is one (for logs and import reports). */
    readonly table = '',
  ) {
    const where = [table, field].filter(Boolean).join('.') || 'record';
    const detail = Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : '';
    super(`${where}: refused (${code})${detail}`);
    this.name = 'Refusal';
  }
}

/** The first path segment a refusal names ('lines.2.quantity' → 'lines'). */
export const refusalHead = (refusal: Refusal) => refusal.field.split('.')[0] ?? '';

/** What a zod issue means, as a refusal code and its parameters. */
export function issueRefusal(issue: z.core.$ZodIssue): { code: RefusalCode; params: RefusalParams } {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1
          ? { code: 'field.required', params: {} }
          : { code: 'field.tooShort', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'field.tooFew', params: { min } };
      return { code: issue.inclusive ? 'field.atLeast' : 'field.moreThan', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'field.tooLong', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'field.tooMany', params: { max } };
      // Money's bound is in minor units, which mean nothing to a reader: said as "too large".
      if (max >= MONEY_MAX) return { code: 'amount.tooLarge', params: {} };
      return { code: issue.inclusive ? 'field.atMost' : 'field.lessThan', params: { max } };
    }
    case 'invalid_type':
      return { code: issue.expected === 'int' ? 'field.wholeNumber' : 'field.required', params: {} };
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime') return { code: 'field.date', params: {} };
      if (issue.format === 'email') return { code: 'field.email', params: {} };
      // An id that is not one: a choice was not made.
      if (issue.format === 'uuid') return { code: 'field.choose', params: {} };
      return { code: 'field.format', params: {} };
    case 'invalid_value':
      return { code: 'field.choose', params: {} };
    case 'custom': {
      // A schema's own rule names its code (and parameters) in `params`.
      const { code, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      return isRefusalCode(code) ? { code, params } : { code: 'field.invalid', params: {} };
    }
    default:
      return { code: 'field.invalid', params: {} };
  }
}

/** A zod issue as a refusal of `table`'s record, naming the field by its path. */
export const refusalOfIssue = (table: string, issue: z.core.$ZodIssue): Refusal => {
  const { code, params } = issueRefusal(issue);
  return new Refusal(code, issue.path.map(String).join('.'), params, table);
};
