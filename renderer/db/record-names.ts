import type { TableName } from '../../shared/schema/tables';
import type { SalesDeskDb } from './database';

// What people call the records other records point to — a person's, customer's or product's name, an
// order's number — for screens that show a record's fields (the import preview's conflicts) instead of ids.

/** The tables a record may refer to, and the field that names each. */
const namedBy = { staff: 'name', customers: 'name', products: 'name', orders: 'number' } as const;
export type NamedTable = keyof typeof namedBy;

type AnyRecord = { id: string } & Record<string, unknown>;

/**
 * Names for `ids` by table: from this machine's records, else from `alsoFrom` (e.g. the records of a
 * package not imported yet, which may name a person only that package holds). Unknown ids are left out.
 */
export async function loadRecordNames(
  db: SalesDeskDb,
  ids: Partial<Record<NamedTable, Iterable<string>>>,
  alsoFrom: Partial<Record<TableName, readonly AnyRecord[]>> = {},
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const table of Object.keys(namedBy) as NamedTable[]) {
    const wanted = [...new Set(ids[table] ?? [])];
    if (wanted.length === 0) continue;
    const field = namedBy[table];
    const found = (await db.table(table).bulkGet(wanted)) as (AnyRecord | undefined)[];
    for (const record of found) if (record) names.set(record.id, String(record[field]));
    const missing = new Set(wanted.filter((id) => !names.has(id)));
    if (missing.size === 0) continue;
    for (const record of alsoFrom[table] ?? [])
      if (missing.has(record.id)) names.set(record.id, String(record[field]));
  }
  return names;
}
