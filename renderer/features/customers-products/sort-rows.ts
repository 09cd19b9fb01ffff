// Sorting a catalogue list by one column. With no column chosen the list keeps the order it came in:
// best match first while searching, by code otherwise.

export type SortColumn = 'code' | 'name';
export interface SortState {
  column: SortColumn;
  descending: boolean;
}

const codeOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const nameOrders = new Map<string, Intl.Collator>();
/** Chinese names sort by pinyin under the zh-CN collation, which is what people expect in a list. */
const nameOrder = (locale: string) => {
  let collator = nameOrders.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    nameOrders.set(locale, collator);
  }
  return collator;
};

export function sortRows<T extends { name: string }>(
  rows: readonly T[],
  sort: SortState | null,
  codeOf: (row: T) => string,
  locale: string,
): readonly T[] {
  if (!sort) return rows;
  const collator = sort.column === 'code' ? codeOrder : nameOrder(locale);
  const key = sort.column === 'code' ? codeOf : (row: T) => row.name;
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort(
    (a, b) => direction * collator.compare(key(a), key(b)) || codeOrder.compare(codeOf(a), codeOf(b)),
  );
}

/** Clicking a column: first ascending, then descending, then back to the natural order. */
export function nextSort(current: SortState | null, column: SortColumn): SortState | null {
  if (current?.column !== column) return { column, descending: false };
  return current.descending ? null : { column, descending: true };
}
