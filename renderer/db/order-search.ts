import type { Order } from '../../shared/schema/order';
import type { SalesDeskDb } from './database';

// Search the queue by order number, customer or product. Customers and products are matched by the
// caller (by text or pinyin, in memory); here each match becomes a bounded index read, newest first.

/** Orders a search shows at most: numbers matched first (in number order), then the newest of the rest. */
export const SEARCH_LIMIT = 50;
/** Customers and products whose orders are looked for; the caller passes one more to say there are more. */
export const SEARCH_CUSTOMERS = 20;
export const SEARCH_PRODUCTS = 10;
const LIMIT = SEARCH_LIMIT;
const PER_PRODUCT = 200;

export interface OrderSearch {
  /** The first matches, at most SEARCH_LIMIT. */
  orders: Order[];
  /**
   * More orders may match than are shown — one more was found, or more customers or products matched
   * than are looked through — so the screen says "the first 50", never "50 found".
   */
  more: boolean;
}

export async function searchOrders(
  db: SalesDeskDb,
  query: string,
  matches: { customerIds: readonly string[]; productIds: readonly string[] },
): Promise<OrderSearch> {
  const q = query.trim();
  if (!q) return { orders: [], more: false };
  // One more than is shown, everywhere: finding it is how the search knows there are more.
  const byNumber = db.orders
    .where('number')
    .startsWithIgnoreCase(q)
    .limit(LIMIT + 1)
    .toArray();
  const byCustomer = Promise.all(
    matches.customerIds.slice(0, SEARCH_CUSTOMERS).map((id) =>
      db.orders
        .where('[customerId+orderedAt]')
        .between([id, ''], [id, '\uffff'])
        .reverse()
        .limit(LIMIT + 1)
        .toArray(),
    ),
  );
  // A multi-entry index cannot be sorted by date: read a bounded number per product, newest kept.
  const byProduct = Promise.all(
    matches.productIds
      .slice(0, SEARCH_PRODUCTS)
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
    if (result.length > LIMIT) break;
  }
  return {
    orders: result.slice(0, LIMIT),
    more:
      result.length > LIMIT ||
      matches.customerIds.length > SEARCH_CUSTOMERS ||
      matches.productIds.length > SEARCH_PRODUCTS,
  };
}
