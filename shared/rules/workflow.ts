import type { OrderLine, OrderStatus } from '../schema/order';
import { openStatuses } from '../schema/order';

// The order workflow as a pure state machine. Repositories call `applyAction` and write the returned
// status, `invoiced` flag and event in one transaction; the UI shows `allowedActions` as buttons.
// User-caused problems come back as `{ ok: false }`, never as exceptions.
//
// | from              | actions (→ to)                                                      | cancel? | invoice? |
// |-------------------|---------------------------------------------------------------------|---------|----------|
// | draft             | submit → submitted                                                  | yes¹    | no       |
// | submitted         | validate → validated, return* → returned, hold* → on_hold           | yes*    | no       |
// | returned          | resubmit → submitted                                                | yes*    | no       |
// | validated         | confirm → confirmed, hold* → on_hold                                | yes*    | no       |
// | confirmed         | startFulfilment → fulfilling, hold* → on_hold                       | yes*    | yes      |
// | fulfilling        | shipPartially → partially_shipped, ship → shipped, hold* → on_hold  | yes*    | yes      |
// | partially_shipped | shipPartially → partially_shipped, ship → shipped, hold* → on_hold  | no²     | yes      |
// | shipped           | complete → completed                                                | no²     | yes      |
// | on_hold           | resume → the state it was held from                                 | yes*³   | yes⁴     |
// | completed         | — (terminal)                                                        | no      | yes⁵     |
// | cancelled         | — (terminal)                                                        | no      | no       |
//
// * a reason (the event note) is required.
// ¹ a draft was never seen by the team, so discarding it needs no reason.
// ² goods have left the warehouse: cancelling would hide them. Trim the remaining lines and ship
//   instead (the edit is recorded with `lineItemDiff`), or hold the order.
// ³ unless it was held from a state that cannot be cancelled (partially_shipped).
// ⁴ only when it was held from an invoiceable state.
// ⁵ invoices often go out after delivery; `markInvoiced` sets a bookkeeping flag, it is not a
//   transition, so a completed order is still terminal.
//
// Shipping records quantities (rules/shipping.ts): a shipment that leaves something outstanding ends in
// partially_shipped whichever of the two was chosen, one that leaves nothing in shipped; partial
// shipments add up until then.

export const workflowActions = [
  'submit',
  'validate',
  'return',
  'resubmit',
  'confirm',
  'startFulfilment',
  'shipPartially',
  'ship',
  'complete',
  'hold',
  'resume',
  'cancel',
  'markInvoiced',
] as const;
export type WorkflowAction = (typeof workflowActions)[number];

type Transitions = Partial<Record<WorkflowAction, OrderStatus>>;
const hold = 'on_hold';
const cancel = 'cancelled';

// `resume` and `markInvoiced` depend on more than the status, so they are handled in code.
const transitions: Record<OrderStatus, Transitions> = {
  draft: { submit: 'submitted', cancel },
  submitted: { validate: 'validated', return: 'returned', hold, cancel },
  returned: { resubmit: 'submitted', cancel },
  validated: { confirm: 'confirmed', hold, cancel },
  confirmed: { startFulfilment: 'fulfilling', hold, cancel },
  fulfilling: { shipPartially: 'partially_shipped', ship: 'shipped', hold, cancel },
  partially_shipped: { shipPartially: 'partially_shipped', ship: 'shipped', hold },
  shipped: { complete: 'completed' },
  on_hold: {},
  completed: {},
  cancelled: {},
};

const invoiceable: ReadonlySet<OrderStatus> = new Set([
  'confirmed',
  'fulfilling',
  'partially_shipped',
  'shipped',
  'completed',
]);

const terminal: ReadonlySet<OrderStatus> = new Set(['completed', 'cancelled']);

/** States an order can be put on hold from, and therefore resumed to. */
export const holdableStatuses: readonly OrderStatus[] = (Object.keys(transitions) as OrderStatus[]).filter(
  (status) => transitions[status].hold === 'on_hold',
);

export function isTerminal(status: OrderStatus): boolean {
  return terminal.has(status);
}

/** Open = the team still owes work on it (same list as `openStatuses`); a draft is not open yet. */
export function isOpen(status: OrderStatus): boolean {
  return openStatuses.includes(status);
}

/** Stopping or reversing the flow must be explained; a draft nobody has seen can go without. */
export function requiresReason(action: WorkflowAction, from?: OrderStatus): boolean {
  if (action === 'cancel') return from !== 'draft';
  return action === 'return' || action === 'hold';
}

export interface WorkflowOrder {
  status: OrderStatus;
  invoiced: boolean;
}

export interface WorkflowContext {
  /** For an order on hold: the state it was held from (see `heldFromOf`). */
  heldFrom?: OrderStatus | undefined;
}

/** Where an action leads, or null when it is not allowed. `markInvoiced` leads to the same status. */
function targetOf(order: WorkflowOrder, action: WorkflowAction, heldFrom?: OrderStatus): OrderStatus | null {
  const { status } = order;
  const held = status === 'on_hold' && heldFrom && holdableStatuses.includes(heldFrom) ? heldFrom : null;
  switch (action) {
    case 'markInvoiced': {
      if (order.invoiced) return null;
      const effective = status === 'on_hold' ? held : status;
      return effective && invoiceable.has(effective) ? status : null;
    }
    case 'resume':
      return held;
    case 'cancel':
      // An order on hold can be cancelled unless the state it was held from could not be.
      if (status === 'on_hold') return held && !transitions[held].cancel ? null : 'cancelled';
      return transitions[status].cancel ?? null;
    default:
      return transitions[status][action] ?? null;
  }
}

/** The actions to offer for an order, in a stable order for buttons. */
export function allowedActions(order: WorkflowOrder, context: WorkflowContext = {}): WorkflowAction[] {
  return workflowActions.filter((action) => targetOf(order, action, context.heldFrom) !== null);
}

export interface WorkflowEvent {
  /** `invoice` for `markInvoiced` (status unchanged), `transition` otherwise. */
  kind: 'transition' | 'invoice';
  from: OrderStatus;
  to: OrderStatus;
  at: string;
  actor: string;
  note: string;
}

export type ApplyResult =
  | { ok: true; status: OrderStatus; invoiced: boolean; event: WorkflowEvent }
  | { ok: false; reason: 'not_allowed' | 'reason_required' };

export interface ApplyInput extends WorkflowContext {
  /** ISO date-time of the action. */
  at: string;
  actor: string;
  note?: string | undefined;
}

export function applyAction(order: WorkflowOrder, action: WorkflowAction, input: ApplyInput): ApplyResult {
  const to = targetOf(order, action, input.heldFrom);
  if (to === null) return { ok: false, reason: 'not_allowed' };
  const note = (input.note ?? '').trim();
  if (note === '' && requiresReason(action, order.status)) return { ok: false, reason: 'reason_required' };
  const invoicing = action === 'markInvoiced';
  return {
    ok: true,
    status: to,
    invoiced: order.invoiced || invoicing,
    event: {
      kind: invoicing ? 'invoice' : 'transition',
      from: order.status,
      to,
      at: input.at,
      actor: input.actor,
      note,
    },
  };
}

/** The state an order was last put on hold from, read from its timeline (any order of events). */
export function heldFromOf(
  events: readonly { at: string; kind?: string; from: OrderStatus | null; to: OrderStatus | null }[],
): OrderStatus | undefined {
  let latest: { at: number; from: OrderStatus } | undefined;
  for (const event of events) {
    if (event.to !== 'on_hold' || !event.from || event.from === 'on_hold') continue;
    if (event.kind !== undefined && event.kind !== 'transition') continue;
    const at = Date.parse(event.at);
    if (!latest || at >= latest.at) latest = { at, from: event.from };
  }
  return latest?.from;
}

// --- SLA stages ------------------------------------------------------------------------------

/** The stretches of the flow the office promises times for (targets live in `sla.ts`). */
export const slaStages = ['validation', 'confirmation', 'fulfilment', 'completion'] as const;
export type SlaStage = (typeof slaStages)[number];

const stages: Partial<Record<OrderStatus, SlaStage>> = {
  submitted: 'validation',
  validated: 'confirmation',
  confirmed: 'fulfilment',
  fulfilling: 'fulfilment',
  partially_shipped: 'fulfilment',
  shipped: 'completion',
};

/**
 * The SLA stage an order in this status is in, or null when no office clock runs: draft and
 * returned (with the salesperson), on_hold (paused), completed and cancelled (done).
 */
export function stageOf(status: OrderStatus): SlaStage | null {
  return stages[status] ?? null;
}

// --- Line edits after submission ---------------------------------------------------------------

export const diffedLineFields = ['quantity', 'unitPrice', 'discount', 'taxRate'] as const;
export type DiffedLineField = (typeof diffedLineFields)[number];
export type DiffLine = Pick<OrderLine, 'productId' | DiffedLineField>;

export type LineChange =
  | { kind: 'added'; productId: string; line: DiffLine }
  | { kind: 'removed'; productId: string; line: DiffLine }
  | {
      kind: 'changed';
      productId: string;
      fields: { field: DiffedLineField; before: number; after: number }[];
    };

/**
 * What changed between two versions of an order's lines, for the edit event after submission.
 * Lines match by product; a product entered twice matches its occurrences in order. Changes come in
 * the order of the new lines, then removed lines in their old order; unchanged lines are left out.
 */
export function lineItemDiff(before: readonly DiffLine[], after: readonly DiffLine[]): LineChange[] {
  // Indices of the old lines not matched yet, per product, in order.
  const unmatched = new Map<string, number[]>();
  before.forEach((line, index) => {
    const queue = unmatched.get(line.productId);
    if (queue) queue.push(index);
    else unmatched.set(line.productId, [index]);
  });
  const changes: LineChange[] = [];
  for (const line of after) {
    const index = unmatched.get(line.productId)?.shift();
    const old = index === undefined ? undefined : before[index];
    if (!old) {
      changes.push({ kind: 'added', productId: line.productId, line });
      continue;
    }
    const fields = diffedLineFields
      .filter((field) => old[field] !== line[field])
      .map((field) => ({ field, before: old[field], after: line[field] }));
    if (fields.length > 0) changes.push({ kind: 'changed', productId: line.productId, fields });
  }
  const removed = [...unmatched.values()].flat().sort((a, b) => a - b);
  for (const index of removed) {
    const line = before[index];
    if (line) changes.push({ kind: 'removed', productId: line.productId, line });
  }
  return changes;
}
