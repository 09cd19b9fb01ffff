import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Customer } from '../../shared/schema/customer';
import type { Product } from '../../shared/schema/product';
import { useSession } from '../app/session-context';

// An in-memory search over customers and products for this window: name, code/SKU, full pinyin and
// pinyin initials (`bjhx` finds 北京华信). Keys are computed once per record version; pinyin-pro is
// loaded on first use so it stays out of the first-paint bundle.

type SearchKeyModule = typeof import('../../shared/rules/search-key');

interface Keyed<T> {
  record: T;
  key: string;
  code: string;
}

const keyCache = new Map<string, string>();

function keyed<T extends { id: string; rev: string; name: string }>(
  records: readonly T[],
  code: (r: T) => string,
  search: SearchKeyModule,
): Keyed<T>[] {
  return records.map((record) => {
    const cacheKey = `${record.id}:${record.rev}`;
    let key = keyCache.get(cacheKey);
    if (key === undefined) {
      key = search.searchKey(record.name, code(record));
      keyCache.set(cacheKey, key);
    }
    return { record, key, code: code(record).toLowerCase() };
  });
}

/** Exact code first, then code prefix, then name/pinyin substring; stable by name within a rank. */
function rank<T extends { name: string }>(
  items: readonly Keyed<T>[],
  query: string,
  search: SearchKeyModule,
  limit: number,
): T[] {
  const q = query.trim().toLowerCase();
  if (!q)
    return [...items]
      .sort((a, b) => a.record.name.localeCompare(b.record.name))
      .slice(0, limit)
      .map((i) => i.record);
  const scored: [number, Keyed<T>][] = [];
  for (const item of items) {
    const score =
      item.code === q ? 0 : item.code.startsWith(q) ? 1 : search.matchesSearch(item.key, q) ? 2 : -1;
    if (score >= 0) scored.push([score, item]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].record.name.localeCompare(b[1].record.name));
  return scored.slice(0, limit).map(([, item]) => item.record);
}

export interface CatalogSearch {
  ready: boolean;
  searchCustomers(query: string, limit?: number): Customer[];
  searchProducts(query: string, options?: { activeOnly?: boolean }, limit?: number): Product[];
  customerById(id: string): Customer | undefined;
  productById(id: string): Product | undefined;
}

/** Live customers and products (not deleted), searchable by text and pinyin. */
export function useCatalogSearch(): CatalogSearch {
  const { db } = useSession();
  const [search, setSearch] = useState<SearchKeyModule | null>(null);
  useEffect(() => {
    void import('../../shared/rules/search-key').then(setSearch);
  }, []);
  const customers = useLiveQuery(() => db.customers.filter((c) => !c.deleted).toArray(), [db]);
  const products = useLiveQuery(() => db.products.filter((p) => !p.deleted).toArray(), [db]);
  return useMemo(() => {
    const keyedCustomers = search && customers ? keyed(customers, (c) => c.code, search) : [];
    const keyedProducts = search && products ? keyed(products, (p) => p.sku, search) : [];
    const customerMap = new Map((customers ?? []).map((c) => [c.id, c]));
    const productMap = new Map((products ?? []).map((p) => [p.id, p]));
    return {
      ready: !!search && !!customers && !!products,
      searchCustomers: (query, limit = 20) => (search ? rank(keyedCustomers, query, search, limit) : []),
      searchProducts: (query, options = {}, limit = 20) =>
        search
          ? rank(
              options.activeOnly ? keyedProducts.filter((p) => p.record.active) : keyedProducts,
              query,
              search,
              limit,
            )
          : [],
      customerById: (id) => customerMap.get(id),
      productById: (id) => productMap.get(id),
    };
  }, [search, customers, products]);
}
