import { useCatalogSearch } from '../../app/use-catalog-search';

/** Customers and products whose name, code or pinyin match the queue search, as ids. */
export function useSearchMatches(query: string): { customerIds: string[]; productIds: string[] } {
  const catalog = useCatalogSearch();
  if (!query.trim()) return { customerIds: [], productIds: [] };
  return {
    customerIds: catalog.searchCustomers(query, 20).map((c) => c.id),
    productIds: catalog.searchProducts(query, { activeOnly: false }, 10).map((p) => p.id),
  };
}
