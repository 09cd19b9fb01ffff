import type { SalesDeskDb } from './database';

// What people call the records other records point to — a person's, customer's or product's name, an
// order's number — for screens that show a record's fields (the import preview's conflicts) instead of ids.

/** The tables a record may refer to, and the field that names each. */
const namedBy = {
  staff: 'name',
  customers: 'name',
  products: 'name',
  orders: 'number',
  goals: 'title',
  duties: 'name',
  courses: 'title',
  reviewTemplates: 'name',
  reviewCycles: 'name',
  meetings: 'title',
  meetingSchedules: 'title',
  risks: 'title',
  incidents: 'title',
  pdcaCycles: 'title',
  sops: 'title',
  coreValues: 'name',
} as const;
export type NamedTable = keyof typeof namedBy;

type AnyRecord = { id: string } & Record<string, unknown>;

/**
 * Names for `ids` by table: from this machine's records, else from `alsoFrom` (e.g. the names a package
 * not imported yet gives, which may name a person only that package holds). Unknown ids are left out.
 */
export async function loadRecordNames(
  db: SalesDeskDb,
  ids: Partial<Record<NamedTable, Iterable<string>>>,
  alsoFrom: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const table of Object.keys(namedBy) as NamedTable[]) {
    const wanted = [...new Set(ids[table] ?? [])];
    if (wanted.length === 0) continue;
    const field = namedBy[table];
    const found = (await db.table(table).bulkGet(wanted)) as (AnyRecord | undefined)[];
    for (const record of found) if (record) names.set(record.id, String(record[field]));
    for (const id of wanted) {
      const name = names.has(id) ? undefined : alsoFrom.get(id);
      if (name !== undefined) names.set(id, name);
    }
  }
  return names;
}
