import { z } from 'zod';
import type { OrderStatus } from '../schema/order';
import { type SlaStage, slaStages, stageOf } from './workflow';
import { addWorkingMinutes, type WorkCalendarInput, workingMinutesBetween } from './working-time';

// Service levels in working minutes. Each stage's clock starts when the order enters the stage:
//
// | stage        | from → to              | normal            | urgent           |
// |--------------|------------------------|-------------------|------------------|
// | validation   | submitted → validated  | 4 h               | 1 h              |
// | confirmation | validated → confirmed  | 8 h (1 day)       | 1 h              |
// | fulfilment   | confirmed → shipped    | 24 h (3 days)     | 8 h (1 day)      |
// | completion   | shipped → completed    | 40 h (5 days)     | 24 h (3 days)    |
//
// A "day" is 8 working hours (the default 09:00–18:00 with an hour's lunch). Promises measured from
// submission are the sum of the stages so far (`cumulativeTarget`): urgent orders are confirmed within
// 1 h + 1 h = 2 working hours of submission.

export type { SlaStage } from './workflow';
export { slaStages } from './workflow';
export type { WorkCalendar, WorkCalendarInput } from './working-time';
export {
  addWorkingMinutes,
  defaultWorkCalendar,
  isWorkingTime,
  workCalendarSchema,
  workingMinutesBetween,
} from './working-time';

export type SlaPriority = 'normal' | 'urgent';
export type SlaTargets = Record<SlaStage, Record<SlaPriority, number>>;

const HOUR = 60;
const WORKING_DAY = 8 * HOUR;

export const defaultSlaTargets: SlaTargets = {
  validation: { normal: 4 * HOUR, urgent: 1 * HOUR },
  confirmation: { normal: 1 * WORKING_DAY, urgent: 1 * HOUR },
  fulfilment: { normal: 3 * WORKING_DAY, urgent: 1 * WORKING_DAY },
  completion: { normal: 5 * WORKING_DAY, urgent: 3 * WORKING_DAY },
};

const targetMinutes = z
  .number()
  .int('must be whole minutes')
  .positive()
  .max(366 * 24 * HOUR);

// An urgent target longer than the normal one is almost certainly a typo in Settings.
const stageTargets = z
  .object({ normal: targetMinutes, urgent: targetMinutes })
  .refine((pair) => pair.urgent <= pair.normal, {
    path: ['urgent'],
    message: 'must not be longer than the normal target',
    params: { code: 'sla.urgentLonger' },
  });

export const slaTargetsSchema = z.object({
  validation: stageTargets,
  confirmation: stageTargets,
  fulfilment: stageTargets,
  completion: stageTargets,
});

/** Working minutes allowed from submission to the end of `stage`. */
export function cumulativeTarget(stage: SlaStage, priority: SlaPriority, targets: SlaTargets): number {
  let total = 0;
  for (const each of slaStages) {
    total += targets[each][priority];
    if (each === stage) break;
  }
  return total;
}

/** When the stage entered at `stageEnteredAt` is due. */
export function dueAt(
  stageEnteredAt: Date,
  stage: SlaStage,
  priority: SlaPriority,
  targets: SlaTargets,
  cal: WorkCalendarInput = {},
): Date {
  return addWorkingMinutes(stageEnteredAt, targets[stage][priority], cal);
}

export type SlaState = 'on_track' | 'due_soon' | 'overdue';

/** One rule for every stage and priority: due soon within the last working hour. */
export const DUE_SOON_MINUTES = 60;

/**
 * Overdue once the due moment has passed on the clock (even at night, when no working minutes pass);
 * due soon when at most `DUE_SOON_MINUTES` working minutes are left. A fixed hour (rather than a share
 * of the target) keeps the rule the same for everyone and means urgent one-hour stages show as due
 * soon from the start, which is what urgent should look like.
 */
export function slaStatus(
  due: Date,
  now: Date,
  cal: WorkCalendarInput = {},
): { state: SlaState; workingMinutesLeft: number } {
  const workingMinutesLeft = workingMinutesBetween(now, due, cal);
  const state: SlaState =
    now.getTime() > due.getTime()
      ? 'overdue'
      : workingMinutesLeft <= DUE_SOON_MINUTES
        ? 'due_soon'
        : 'on_track';
  return { state, workingMinutesLeft };
}

export type DurationBucket = SlaStage | 'on_hold' | 'returned';
export type StageDurations = Record<DurationBucket, number>;

export interface StatusChange {
  at: string;
  from: OrderStatus | null;
  to: OrderStatus | null;
  /** When given, only 'created', 'transition' and 'shipment' events move the status. */
  kind?: string;
}

function bucketOf(status: OrderStatus): DurationBucket | null {
  if (status === 'on_hold' || status === 'returned') return status;
  return stageOf(status);
}

/**
 * Working minutes an order spent in each stage, from its timeline (any order of events). A stage
 * entered twice accumulates; time on hold and time back with the salesperson (returned) are counted
 * apart and not in the stage. Draft, completed and cancelled time is not counted. With `now`, the
 * current stage counts up to now; without it, only finished stretches count.
 */
export function stageDurations(
  events: readonly StatusChange[],
  cal: WorkCalendarInput = {},
  now?: Date,
): StageDurations {
  const totals: StageDurations = {
    validation: 0,
    confirmation: 0,
    fulfilment: 0,
    completion: 0,
    on_hold: 0,
    returned: 0,
  };
  const changes = events
    .filter((event) => event.to !== null && (event.kind === undefined || isStatusEvent(event.kind)))
    .map((event) => ({ at: new Date(event.at), to: event.to as OrderStatus }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  let current: OrderStatus | null = null;
  let since = new Date(0);
  const close = (status: OrderStatus | null, until: Date) => {
    const bucket = status && bucketOf(status);
    if (bucket) totals[bucket] += workingMinutesBetween(since, until, cal);
  };
  for (const change of changes) {
    if (current === change.to) continue;
    close(current, change.at);
    current = change.to;
    since = change.at;
  }
  if (now) close(current, now);
  return totals;
}

function isStatusEvent(kind: string): boolean {
  return kind === 'created' || kind === 'transition' || kind === 'shipment';
}
