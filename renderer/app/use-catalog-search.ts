import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { buildCatalogSearch, type CatalogSearch, catalogNotReady } from '../../shared/rules/catalog-index';
import {
  type CatalogScope,
  keyCacheFor,
  loadCatalog,
  loadSearchKeys,
  type SearchKeys,
} from '../db/catalog-queries';
import { useSession } from './session-context';

// The window's live catalogue search, for every screen that looks up customers and products: the
// Customers & Products lists, order entry's autocomplete and the order queue's search.

const WARM_SLICE = 250;

/**
 * Live customers and products (not deleted, or only deleted for the trash), searchable by text and pinyin.
 * With `wanted` false nothing is read or built yet (not ready): a screen whose search is not in use opens
 * without reading the whole catalogue.
 */
export function useCatalogSearch(scope: CatalogScope = {}, wanted = true): CatalogSearch {
  const { db } = useSession();
  const deleted = scope.deleted === true;
  const [keys, setKeys] = useState<SearchKeys | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadSearchKeys().then((module) => live && setKeys(module));
    return () => {
      live = false;
    };
  }, [wanted]);
  const records = useLiveQuery(
    () => (wanted ? loadCatalog(db, { deleted }) : undefined),
    [db, deleted, wanted],
  );
  const search = useMemo(
    () =>
      keys && records ? buildCatalogSearch(records.customers, records.products, keys, keyCacheFor(db)) : null,
    [keys, records, db],
  );
  // Compute the search keys ahead in idle slices, so the first search does not wait for them all.
  useEffect(() => {
    if (!search) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (!search.warm(WARM_SLICE)) timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [search]);
  return search ?? catalogNotReady;
}
