import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Customer } from '../../shared/schema/customer';
import type { Product } from '../../shared/schema/product';
import { useSession } from '../app/session-context';
import type { SalesDeskDb } from './database';

// An in-memory search over customers and products for this window: code/SKU, name, full pinyin and
// pinyin initials (`bjhx` finds 北京华信). Used by the Customers & Products area, order entry's
// autocomplete and the order queue's search.
//
// - pinyin-pro is loaded on first use (dynamic import), so it stays out of the first-paint bundle.
// - A record's search key is computed once per record version (id + rev) and cached per database;
//   the hook warms the cache in small idle slices after loading, so the first search at 10,000
//   customers does not stall the window. A search before that computes what is still missing.
// - Ranking: exact code first, then code prefix, then name / pinyin prefix, then substring; ties by code.

type SearchKeyModule = typeof import('../../shared/rules/search-key');

let searchKeyModule: Promise<SearchKeyModule> | undefined;
/** The pinyin search-key module, loaded once, on first use. */
export const loadSearchKeys = () => {
  searchKeyModule ??= import('../../shared/rules/search-key');
  return searchKeyModule;
};

type Searchable = { id: string; rev: string; name: string };
type KeyCache = Map<string, { rev: string; key: string }>;

const caches = new WeakMap<SalesDeskDb, KeyCache>();
function cacheFor(db: SalesDeskDb): KeyCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

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
  keys: SearchKeyModule,
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

function buildSearch(
  customers: readonly Customer[],
  products: readonly Product[],
  keys: SearchKeyModule,
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

export interface CatalogScope {
  /** The trash: only soft-deleted records (default: only records that are not deleted). */
  deleted?: boolean;
}

async function loadRecords(db: SalesDeskDb, scope: CatalogScope) {
  const wanted = scope.deleted === true;
  const [customers, products] = await Promise.all([
    db.customers.filter((c) => c.deleted === wanted).toArray(),
    db.products.filter((p) => p.deleted === wanted).toArray(),
  ]);
  return { customers, products };
}

/** A snapshot search over the database as it is now (for code outside React, and tests). */
export async function createCatalogSearch(db: SalesDeskDb, scope: CatalogScope = {}): Promise<CatalogSearch> {
  const [{ customers, products }, keys] = await Promise.all([loadRecords(db, scope), loadSearchKeys()]);
  return buildSearch(customers, products, keys, cacheFor(db));
}

const notReady: CatalogSearch = {
  ready: false,
  customers: [],
  products: [],
  searchCustomers: () => [],
  searchProducts: () => [],
  customerById: () => undefined,
  productById: () => undefined,
};

const WARM_SLICE = 250;

/** Live customers and products (not deleted, or only deleted for the trash), searchable by text and pinyin. */
export function useCatalogSearch(scope: CatalogScope = {}): CatalogSearch {
  const { db } = useSession();
  const deleted = scope.deleted === true;
  const [keys, setKeys] = useState<SearchKeyModule | null>(null);
  useEffect(() => {
    let live = true;
    void loadSearchKeys().then((module) => live && setKeys(module));
    return () => {
      live = false;
    };
  }, []);
  const records = useLiveQuery(() => loadRecords(db, { deleted }), [db, deleted]);
  const search = useMemo(
    () => (keys && records ? buildSearch(records.customers, records.products, keys, cacheFor(db)) : null),
    [keys, records, db],
  );
  useEffect(() => {
    if (!search) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (!search.warm(WARM_SLICE)) timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [search]);
  return search ?? notReady;
}

/** The customer (deleted or not) already using a code, compared ignoring case; for "code is taken". */
export function findCustomerByCode(db: SalesDeskDb, code: string): Promise<Customer | undefined> {
  return db.customers.where('code').equalsIgnoreCase(code.trim()).first();
}

/** The product (deleted or not) already using a SKU, compared ignoring case. */
export function findProductBySku(db: SalesDeskDb, sku: string): Promise<Product | undefined> {
  return db.products.where('sku').equalsIgnoreCase(sku.trim()).first();
}
