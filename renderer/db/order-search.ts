import type { Order } from '../../shared/schema/order';
import type { SalesDeskDb } from './database';

// Search the queue by order number, customer or product. Customers and products are matched by the
// caller (by text or pinyin, in memory); here each match becomes a bounded index read, newest first.

const LIMIT = 50;
const MAX_CUSTOMERS = 20;
const MAX_PRODUCTS = 10;
const PER_PRODUCT = 200;

export async function searchOrders(
  db: SalesDeskDb,
  query: string,
  matches: { customerIds: readonly string[]; productIds: readonly string[] },
): Promise<Order[]> {
  const q = query.trim();
  if (!q) return [];
  const byNumber = db.orders.where('number').startsWithIgnoreCase(q).limit(LIMIT).toArray();
  const byCustomer = Promise.all(
    matches.customerIds
      .slice(0, MAX_CUSTOMERS)
      .map((id) =>
        db.orders
          .where('[customerId+orderedAt]')
          .between([id, ''], [id, '\uffff'])
          .reverse()
          .limit(LIMIT)
          .toArray(),
      ),
  );
  // A multi-entry index cannot be sorted by date: read a bounded number per product, newest kept.
  const byProduct = Promise.all(
    matches.productIds
      .slice(0, MAX_PRODUCTS)
      .map((id) => db.orders.where('productIds').equals(id).limit(PER_PRODUCT).toArray()),
  );
  const [numbers, customers, products] = await Promise.all([byNumber, byCustomer, byProduct]);
  const newestFirst = (a: Order, b: Order) =>
    a.orderedAt < b.orderedAt ? 1 : a.orderedAt > b.orderedAt ? -1 : 0;
  const rest = [...customers.flat(), ...products.flat()].sort(newestFirst);
  const seen = new Set<string>();
  const result: Order[] = [];
  for (const order of [...numbers, ...rest]) {
    if (order.deleted || seen.has(order.id)) continue;
    seen.add(order.id);
    result.push(order);
    if (result.length === LIMIT) break;
  }
  return result;
}
