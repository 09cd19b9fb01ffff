import type { Customer } from '../schema/customer';
import type { Product } from '../schema/product';

// An in-memory search over customers and products: code/SKU, name, full pinyin and pinyin initials
// (`bjhx` finds 北京华信). Ranking: exact code first, then code prefix, then name / pinyin prefix, then
// substring; ties by code. A record's search key is computed once per record version (id + rev) into a
// cache the caller owns, so a list reloaded after one edit recomputes one key; `warm` computes the keys
// ahead in small slices, so the first search at 10,000 customers does not stall the window.

/** The pinyin search-key functions (loaded lazily by the caller: pinyin-pro is large). */
export type SearchKeys = Pick<typeof import('./search-key'), 'searchKey' | 'matchesSearch'>;

type Searchable = { id: string; rev: string; name: string };
export type KeyCache = Map<string, { rev: string; key: string }>;

// The same normalisation search-key.ts applies to a query (case, spaces, punctuation).
const normalise = (text: string) => text.toLowerCase().replace(/[\s\-_.,，。·()（）]/g, '');

export interface ProductSearchOptions {
  /** Only products on sale (order entry); the queue and the catalogue list search all. */
  activeOnly?: boolean;
}

export interface CatalogSearch {
  /** False until the records and the pinyin module are loaded; searches return [] until then. */
  ready: boolean;
  /** All loaded customers / products (unsorted). */
  customers: readonly Customer[];
  products: readonly Product[];
  /** Best matches first; an empty query lists everything by code. `limit` defaults to 20. */
  searchCustomers(query: string, limit?: number): Customer[];
  searchProducts(query: string, options?: ProductSearchOptions, limit?: number): Product[];
  customerById(id: string): Customer | undefined;
  productById(id: string): Product | undefined;
}

interface Index<T extends Searchable> {
  search(query: string, limit: number, keep?: (record: T) => boolean): T[];
  /** Compute up to `budget` missing keys; returns true when none are missing. */
  warm(budget: number): boolean;
}

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function createIndex<T extends Searchable>(
  records: readonly T[],
  codeOf: (record: T) => string,
  keys: SearchKeys,
  cache: KeyCache,
): Index<T> {
  const codes = records.map((r) => normalise(codeOf(r)));
  let sorted: number[] | undefined;
  let warmed = 0;
  const keyOf = (i: number): string => {
    const record = records[i] as T;
    const hit = cache.get(record.id);
    if (hit && hit.rev === record.rev) return hit.key;
    const key = keys.searchKey(record.name, codeOf(record));
    cache.set(record.id, { rev: record.rev, key });
    return key;
  };
  const compareCodes = (a: number, b: number) => byCode.compare(codes[a] as string, codes[b] as string);
  return {
    search(query, limit, keep) {
      const q = normalise(query);
      if (!q) {
        sorted ??= records.map((_, i) => i).sort(compareCodes);
        const out: T[] = [];
        for (const i of sorted) {
          const record = records[i] as T;
          if (keep && !keep(record)) continue;
          out.push(record);
          if (out.length >= limit) break;
        }
        return out;
      }
      const hits: [number, number][] = [];
      for (let i = 0; i < records.length; i++) {
        const record = records[i] as T;
        if (keep && !keep(record)) continue;
        const code = codes[i] as string;
        let rank: number;
        if (code === q) rank = 0;
        else if (code.startsWith(q)) rank = 1;
        else {
          const key = keyOf(i);
          if (key.startsWith(q) || key.includes(`|${q}`)) rank = 2;
          else if (keys.matchesSearch(key, q)) rank = 3;
          else continue;
        }
        hits.push([rank, i]);
      }
      hits.sort((a, b) => a[0] - b[0] || compareCodes(a[1], b[1]));
      return hits.slice(0, limit).map(([, i]) => records[i] as T);
    },
    warm(budget) {
      const end = Math.min(records.length, warmed + budget);
      for (; warmed < end; warmed++) keyOf(warmed);
      return warmed >= records.length;
    },
  };
}

export function buildCatalogSearch(
  customers: readonly Customer[],
  products: readonly Product[],
  keys: SearchKeys,
  cache: KeyCache,
): CatalogSearch & { warm(budget: number): boolean } {
  const customerIndex = createIndex(customers, (c) => c.code, keys, cache);
  const productIndex = createIndex(products, (p) => p.sku, keys, cache);
  const customerMap = new Map(customers.map((c) => [c.id, c]));
  const productMap = new Map(products.map((p) => [p.id, p]));
  const onSale = (p: Product) => p.active;
  return {
    ready: true,
    customers,
    products,
    searchCustomers: (query, limit = 20) => customerIndex.search(query, limit),
    searchProducts: (query, options = {}, limit = 20) =>
      productIndex.search(query, limit, options.activeOnly ? onSale : undefined),
    customerById: (id) => customerMap.get(id),
    productById: (id) => productMap.get(id),
    warm: (budget) => {
      const customersDone = customerIndex.warm(budget);
      return productIndex.warm(customersDone ? budget : 0) && customersDone;
    },
  };
}

/** What a screen searches while the records or the pinyin module are still loading. */
export const catalogNotReady: CatalogSearch = {
  ready: false,
  customers: [],
  products: [],
  searchCustomers: () => [],
  searchProducts: () => [],
  customerById: () => undefined,
  productById: () => undefined,
};
