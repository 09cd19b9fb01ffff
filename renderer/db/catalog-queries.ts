import {
  buildCatalogSearch,
  type CatalogSearch,
  type KeyCache,
  type SearchKeys,
} from '../../shared/rules/catalog-index';
import type { Customer } from '../../shared/schema/customer';
import type { Product } from '../../shared/schema/product';
import type { SalesDeskDb } from './database';

export type { SearchKeys };

// The catalogue's reads: the customers and products a list or a search holds, and the record already
// using a code. pinyin-pro (in search-key) is loaded on first use, so it stays out of the first paint.

let searchKeys: Promise<SearchKeys> | undefined;
/** The pinyin search-key module, loaded once, on first use. */
export const loadSearchKeys = () => {
  searchKeys ??= import('../../shared/rules/search-key');
  return searchKeys;
};

// Search keys live as long as the database they were computed for.
const keyCaches = new WeakMap<SalesDeskDb, KeyCache>();
export function keyCacheFor(db: SalesDeskDb): KeyCache {
  let cache = keyCaches.get(db);
  if (!cache) {
    cache = new Map();
    keyCaches.set(db, cache);
  }
  return cache;
}

export interface CatalogScope {
  /** The trash: only soft-deleted records (default: only records that are not deleted). */
  deleted?: boolean;
}

/**
 * Every customer and product in scope (not deleted, or only the deleted ones). Each store is read whole in
 * one request and sifted here: a filtered read walks a cursor, one request per record — 1,000 of them for
 * the Customers screen's two lists cost ~380 ms of the window's main thread in a trace of its opening.
 */
export async function loadCatalog(db: SalesDeskDb, scope: CatalogScope = {}) {
  const wanted = scope.deleted === true;
  const [customers, products] = await Promise.all([db.customers.toArray(), db.products.toArray()]);
  return {
    customers: customers.filter((c) => c.deleted === wanted),
    products: products.filter((p) => p.deleted === wanted),
  };
}

/** A snapshot search over the database as it is now (for code outside React, and tests). */
export async function createCatalogSearch(db: SalesDeskDb, scope: CatalogScope = {}): Promise<CatalogSearch> {
  const [{ customers, products }, keys] = await Promise.all([loadCatalog(db, scope), loadSearchKeys()]);
  return buildCatalogSearch(customers, products, keys, keyCacheFor(db));
}

/** The customer (deleted or not) already using a code, compared ignoring case; for "code is taken". */
export function findCustomerByCode(db: SalesDeskDb, code: string): Promise<Customer | undefined> {
  return db.customers.where('code').equalsIgnoreCase(code.trim()).first();
}

/** The product (deleted or not) already using a SKU, compared ignoring case. */
export function findProductBySku(db: SalesDeskDb, sku: string): Promise<Product | undefined> {
  return db.products.where('sku').equalsIgnoreCase(sku.trim()).first();
}
