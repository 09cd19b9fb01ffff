import type { Order, OrderMilestones, OrderStatus } from '../schema/order';
import { openStatuses } from '../schema/order';

// The milestones an order reaches (schema/order.ts orderMilestonesSchema), set by the write that moves it.
// Each keeps its first time: an order returned and submitted again was still received when it was first
// submitted, which is what the customer waited from.

type Source = Pick<Order, 'status' | 'orderedAt' | 'dueAt' | 'deleted'> & {
  milestones?: Partial<OrderMilestones>;
};

const openSet: ReadonlySet<OrderStatus> = new Set(openStatuses);

const firstTime: Partial<Record<OrderStatus, keyof OrderMilestones>> = {
  submitted: 'submittedAt',
  confirmed: 'confirmedAt',
  shipped: 'shippedAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
};

export const noMilestones = (): OrderMilestones => ({ returns: 0, late: null });

/**
 * In the schema's key order, unset times left out: the same record as a package reader parses, so a
 * version reads the same, byte for byte, on every machine.
 */
function canonical(m: OrderMilestones): OrderMilestones {
  const out: Partial<OrderMilestones> = {};
  for (const key of ['submittedAt', 'confirmedAt', 'shippedAt', 'completedAt', 'cancelledAt'] as const)
    if (m[key] !== undefined) out[key] = m[key];
  return { ...out, returns: m.returns, late: m.late };
}

/**
 * The milestones of `after`, a new version of `before` (null for a new order) written at `at` (ISO).
 * A new order past draft counts as received when it was ordered; what happened to it before it came here
 * (an order imported already completed) is unknown and left unset, so it adds no invented duration.
 */
export function advanceMilestones(before: Source | null, after: Source, at: string): OrderMilestones {
  // What the version says is the truth (an edit keeps the stored milestones, a revival by an import brings
  // none); this write only adds what it does.
  const m: OrderMilestones = { ...noMilestones(), ...after.milestones };
  // New here, or back from a tombstone (a restore keeps its milestones; an import over it starts afresh).
  if (!before || before.deleted) {
    if (after.status !== 'draft' && !m.submittedAt) m.submittedAt = after.orderedAt;
    // Entered here, its stages are timed here; arrived further on, how its first stages went is unknown.
    if (m.late === null && (after.status === 'draft' || after.status === 'submitted')) m.late = false;
    return canonical(m);
  }
  if (after.deleted || before.status === after.status) return canonical(m);
  return canonical(moved(m, before, after.status, at));
}

function moved(m: OrderMilestones, before: Source, to: OrderStatus, at: string): OrderMilestones {
  const shippedBefore = m.shippedAt !== undefined;
  const field = firstTime[to];
  if (field && m[field] === undefined) (m as Record<string, unknown>)[field] = at;
  if (to === 'returned') m.returns += 1;
  // A stage up to shipping finished (the order moved on) after its due time, while its SLA clock ran. The
  // completion stage does not count: an order shipped on time stays on time in the month it shipped.
  const timed = openSet.has(before.status) && before.status !== 'shipped' && !shippedBefore;
  if (timed && before.dueAt && Date.parse(at) > Date.parse(before.dueAt)) m.late = true;
  return m;
}

/** One recorded status change of an order (its timeline, schema/order-event.ts). */
export interface MilestoneEvent {
  at: string;
  kind: string;
  from: OrderStatus | null;
  to: OrderStatus | null;
}

/**
 * Milestones recovered from an order's timeline, for orders written before milestones were kept. A
 * timeline does not say when each stage was due, so whether it was late stays unknown (null). An imported
 * order's timeline starts with its import (`created` → submitted), as the import's write says.
 */
export function milestonesFromEvents(
  order: Pick<Order, 'status' | 'orderedAt'>,
  events: readonly MilestoneEvent[],
): OrderMilestones {
  const m = noMilestones();
  const moves = events
    .filter(
      (e) => e.to !== null && (e.kind === 'created' || e.kind === 'transition' || e.kind === 'shipment'),
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let status: OrderStatus | null = null;
  for (const event of moves) {
    const to = event.to as OrderStatus;
    if (to === status) continue;
    status = to;
    const field = firstTime[to];
    if (field && m[field] === undefined) (m as Record<string, unknown>)[field] = event.at;
    if (to === 'returned') m.returns += 1;
  }
  if (order.status !== 'draft' && !m.submittedAt && order.orderedAt) m.submittedAt = order.orderedAt;
  return canonical(m);
}
