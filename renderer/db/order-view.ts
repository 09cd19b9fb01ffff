import type { Order } from '../../shared/schema/order';
import type { Product } from '../../shared/schema/product';
import type { SalesDeskDb } from './database';

// One order as its screens show it: the detail drawer, its print views and its editor.

export const loadOrder = (db: SalesDeskDb, id: string) => db.orders.get(id);

/** The orders with these ids that still exist (a selection may outlive some of them). */
export async function loadOrders(db: SalesDeskDb, ids: readonly string[]): Promise<Order[]> {
  return (await db.orders.bulkGet([...ids])).filter((o): o is Order => !!o && !o.deleted);
}

/** An order with its customer, its timeline and the products of its lines; undefined when it is gone. */
export async function loadOrderView(db: SalesDeskDb, id: string) {
  const order = await db.orders.get(id);
  if (!order) return undefined;
  const [customer, events, products] = await Promise.all([
    db.customers.get(order.customerId),
    db.orderEvents.where('orderId').equals(order.id).toArray(),
    db.products.bulkGet(order.lines.map((line) => line.productId)),
  ]);
  const byId = new Map<string, Product>(products.filter((p): p is Product => !!p).map((p) => [p.id, p]));
  return { order, customer, events, products: byId };
}

export type OrderView = NonNullable<Awaited<ReturnType<typeof loadOrderView>>>;
