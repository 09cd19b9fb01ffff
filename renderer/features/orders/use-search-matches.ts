import { useCatalogSearch } from '../../app/use-catalog-search';
import { SEARCH_CUSTOMERS, SEARCH_PRODUCTS } from '../../db/order-search';

/**
 * Customers and products whose name, code or pinyin match the queue search, as ids: one more than the
 * search looks through, so it can tell that more match. The catalogue is read and indexed only once the
 * search is `wanted` (its box focused or typed in): opening the queue does not wait for it. `ready` says
 * whether the names can be matched yet.
 */
export function useSearchMatches(
  query: string,
  wanted: boolean,
): { customerIds: string[]; productIds: string[]; ready: boolean } {
  const catalog = useCatalogSearch({}, wanted);
  if (!query.trim() || !catalog.ready) return { customerIds: [], productIds: [], ready: catalog.ready };
  return {
    ready: true,
    customerIds: catalog.searchCustomers(query, SEARCH_CUSTOMERS + 1).map((c) => c.id),
    productIds: catalog.searchProducts(query, { activeOnly: false }, SEARCH_PRODUCTS + 1).map((p) => p.id),
  };
}
