import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSearch } from '../../../shared/rules/catalog-index';
import { nextSort, type SortColumn, type SortState, sortRows } from './sort-rows';

// A tab's list state: what is typed, whether the trash is shown, the chosen sort, and the rows that
// result. The search runs on a deferred copy of the query so typing never waits for the list.

export function useCatalogList<T extends { name: string }>(options: {
  live: CatalogSearch;
  trash: CatalogSearch;
  /** All matches, best first (or by code for an empty query). */
  searchIn: (catalog: CatalogSearch, query: string) => T[];
  codeOf: (row: T) => string;
}) {
  const { i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [showDeleted, setShowDeleted] = useState(false);
  const [sort, setSort] = useState<SortState | null>(null);
  const deferred = useDeferredValue(query);
  const catalog = showDeleted ? options.trash : options.live;
  const { searchIn, codeOf } = options;
  // biome-ignore lint/correctness/useExhaustiveDependencies: searchIn and codeOf are pure accessors
  const rows = useMemo(
    () => sortRows(searchIn(catalog, deferred), sort, codeOf, i18n.language),
    [catalog, deferred, sort, i18n.language],
  );
  return {
    query,
    setQuery,
    searching: deferred.trim() !== '',
    showDeleted,
    setShowDeleted,
    sort,
    onSort: (column: SortColumn) => setSort((current) => nextSort(current, column)),
    rows,
  };
}
