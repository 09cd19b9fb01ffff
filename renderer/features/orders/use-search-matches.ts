import { useCatalogSearch } from '../../app/use-catalog-search';
import { SEARCH_CUSTOMERS, SEARCH_PRODUCTS } from '../../db/order-search';

/**
 * Customers and products whose name, code or pinyin match the queue search, as ids: one more than the
 * search looks through, so it can tell that more match.
 */
export function useSearchMatches(query: string): { customerIds: string[]; productIds: string[] } {
  const catalog = useCatalogSearch();
  if (!query.trim()) return { customerIds: [], productIds: [] };
  return {
    customerIds: catalog.searchCustomers(query, SEARCH_CUSTOMERS + 1).map((c) => c.id),
    productIds: catalog.searchProducts(query, { activeOnly: false }, SEARCH_PRODUCTS + 1).map((p) => p.id),
  };
}
