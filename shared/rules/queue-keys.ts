import { type Order, type OrderMilestones, type OrderStatus, openStatuses } from '../schema/order';
import { dueInstant } from './due-buckets';
import { milestoneKeys } from './milestone-keys';

// IndexedDB cannot index booleans or null, and cannot sort by "is open, then priority, then due".
// So each order carries a few derived keys, recomputed on every write, that the queue's compound
// indexes are built on. They are never typed in and never trusted from a file: `queueKeys` derives them.

/** Sorts after every ISO date-time: orders with no due time come last when sorted by due. */
export const NO_DUE = '~';
/** Stands for "nobody" in the assignee index (null is not indexable). */
export const UNASSIGNED = '-';

/**
 * The derived keys. A deleted order has none but an empty `productIds`: undefined leaves it out of every
 * queue index (no view lists deleted orders), so a delete — a revert of a large import — writes a few index
 * entries per order instead of every one, and the queue's indexes hold live orders only.
 *
 * Likewise a closed order (completed, cancelled, …) has no `open` and no `clock`: every view reads those
 * indexes at 1 only, so it is left out of the six `[open+…]` indexes and `[clock+orderedAt]`. Most of a
 * grown office's orders are closed, and their entries there all began `0, '~'` then the random id: each
 * insert landed at a random place in seven ever larger ranges, and IndexedDB's cost per insert grew with
 * the store (insert_growth in the bench). Orders stored before with `open: 0` keep those entries until
 * their next write; nothing reads them and no insert lands among them any more.
 */
export interface QueueKeys {
  /** The status; undefined on a deleted order. */
  liveStatus: string | undefined;
  /** 1 while the team still has work on the order; undefined on a closed or deleted order. */
  open: 1 | undefined;
  assigneeKey: string | undefined;
  /** 1 while an SLA clock runs on an open order (it has a due time), else undefined: the overdue view's index. */
  clock: 1 | undefined;
  /** 0 = urgent, 1 = normal: ascending order puts urgent first. */
  priorityRank: 0 | 1 | undefined;
  dueKey: string | undefined;
  /** Every product on a live order, for search by product (a multi-entry index). */
  productIds: string[];
  /**
   * The order's number while it is not deleted: a lookup of numbers in use (an import's dry run) never
   * meets the orders a revert deleted.
   */
  liveNumber: string | undefined;
  /** The live order's milestones, for the dashboard's drill-downs (rules/milestone-keys.ts). */
  milestoneKeys: string[];
}

const openSet: ReadonlySet<OrderStatus> = new Set(openStatuses);

export function queueKeys(
  order: Pick<Order, 'number' | 'status' | 'deleted' | 'assigneeId' | 'priority' | 'dueAt'> & {
    lines: readonly { productId: string }[];
    milestones?: Partial<OrderMilestones>;
  },
): QueueKeys {
  if (order.deleted)
    return {
      liveStatus: undefined,
      open: undefined,
      clock: undefined,
      assigneeKey: undefined,
      priorityRank: undefined,
      dueKey: undefined,
      productIds: [],
      liveNumber: undefined,
      milestoneKeys: [],
    };
  const open = openSet.has(order.status);
  const assigneeKey = order.assigneeId ?? UNASSIGNED;
  return {
    liveStatus: order.status,
    open: open ? 1 : undefined,
    clock: open && order.dueAt ? 1 : undefined,
    assigneeKey,
    priorityRank: order.priority === 'urgent' ? 0 : 1,
    dueKey: order.dueAt ? dueInstant(order.dueAt) : NO_DUE,
    productIds: [...new Set(order.lines.map((line) => line.productId))],
    liveNumber: order.number,
    milestoneKeys: milestoneKeys(order.milestones, assigneeKey),
  };
}
