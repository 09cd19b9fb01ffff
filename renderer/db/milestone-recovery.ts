import type { Table } from 'dexie';
import { milestonesFromEvents } from '../../shared/rules/milestones';
import type { Order } from '../../shared/schema/order';
import type { OrderEvent } from '../../shared/schema/order-event';

// Orders written before milestones were kept (schema 20261205) get them from their timelines: once when
// this machine's database upgrades, and for every order a package or backup of the older shape brings.
// Both ways give the same record, so a restored backup equals the upgraded database it was taken from.

/** Orders recovered per step: the events of a few thousand orders at a time, not all at once. */
export const RECOVERY_CHUNK = 2_000;

/** The given orders with their milestones recovered from the (not deleted) events stored for them. */
export async function withRecoveredMilestones<I>(
  orders: readonly Order[],
  events: Pick<Table<OrderEvent, string, I>, 'where'>,
): Promise<Order[]> {
  const timeline = await events
    .where('orderId')
    .anyOf(orders.map((o) => o.id))
    .toArray();
  const byOrder = new Map<string, OrderEvent[]>();
  for (const event of timeline) {
    if (event.deleted) continue;
    const list = byOrder.get(event.orderId);
    if (list) list.push(event);
    else byOrder.set(event.orderId, [event]);
  }
  return orders.map((order) => ({
    ...order,
    milestones: milestonesFromEvents(order, byOrder.get(order.id) ?? []),
  }));
}
