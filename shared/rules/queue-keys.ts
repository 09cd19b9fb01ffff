import { type Order, type OrderStatus, openStatuses } from '../schema/order';

// IndexedDB cannot index booleans or null, and cannot sort by "is open, then priority, then due".
// So each order carries a few derived keys, recomputed on every write, that the queue's compound
// indexes are built on. They are never typed in and never trusted from a file: `queueKeys` derives them.

/** Sorts after every ISO date-time: orders with no due time come last when sorted by due. */
export const NO_DUE = '~';
/** Stands for "nobody" in the assignee index (null is not indexable). */
export const UNASSIGNED = '-';

export interface QueueKeys {
  /** The status, or `deleted` for a deleted order, so status views need no filtering. */
  liveStatus: string;
  /** 1 while the team still has work on the order (and it is not deleted), else 0. */
  open: 0 | 1;
  assigneeKey: string;
  /** 1 while an SLA clock runs on an open order (it has a due time), else 0: the overdue view's index. */
  clock: 0 | 1;
  /** 0 = urgent, 1 = normal: ascending order puts urgent first. */
  priorityRank: 0 | 1;
  dueKey: string;
  /** Every product on the order, for search by product (a multi-entry index). */
  productIds: string[];
  /**
   * The order's number while it is not deleted; undefined on a tombstone, which IndexedDB leaves out of
   * the index: a lookup of numbers in use (an import's dry run) never meets the orders a revert deleted.
   */
  liveNumber: string | undefined;
}

const openSet: ReadonlySet<OrderStatus> = new Set(openStatuses);

export function queueKeys(
  order: Pick<Order, 'number' | 'status' | 'deleted' | 'assigneeId' | 'priority' | 'dueAt'> & {
    lines: readonly { productId: string }[];
  },
): QueueKeys {
  return {
    liveStatus: order.deleted ? 'deleted' : order.status,
    open: !order.deleted && openSet.has(order.status) ? 1 : 0,
    clock: !order.deleted && openSet.has(order.status) && order.dueAt ? 1 : 0,
    assigneeKey: order.assigneeId ?? UNASSIGNED,
    priorityRank: order.priority === 'urgent' ? 0 : 1,
    dueKey: order.dueAt ?? NO_DUE,
    productIds: [...new Set(order.lines.map((line) => line.productId))],
    liveNumber: order.deleted ? undefined : order.number,
  };
}
