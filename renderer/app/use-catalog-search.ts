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

// Keys are computed a few at a time, up to a few ms per task, so a render or a key press waits for at most
// one slice (250 keys at once took ~200 ms in a trace, while the JIT was still cold).
const WARM_STEP = 20;
const WARM_SLICE_MS = 8;

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
      const until = performance.now() + WARM_SLICE_MS;
      let done = search.warm(WARM_STEP);
      while (!done && performance.now() < until) done = search.warm(WARM_STEP);
      if (!done) timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [search]);
  return search ?? catalogNotReady;
}
