import { totalsMismatch } from '../rules/money';
import type { TableName } from '../schema/tables';
import { dateOutOfRange } from './dates';
import { PackageError } from './errors';
import { createIdSet, type IdSet } from './id-set';
import { packageRecordSchemas } from './record-schemas';
import { referencesOf } from './references';

// One content line's record, checked: a known table within the header's scope, its schema, its dates;
// then, across the package, no id twice in a table and no reference to a record nobody has.

type Rec = Record<string, unknown>;

export interface CheckedRecord {
  table: TableName;
  record: Record<string, unknown> & { id: string };
}

/** The record as its schema outputs it (unknown and derived keys dropped), or a PackageError. */
export function checkRecord(t: unknown, r: unknown, line: number, scope: ReadonlySet<string>): CheckedRecord {
  if (typeof t !== 'string') throw new PackageError('invalid_line', { line, reason: 'table_not_a_string' });
  if (!Object.hasOwn(packageRecordSchemas, t))
    throw new PackageError('unknown_table', { line, table: t.slice(0, 60) });
  const table = t as TableName;
  if (!scope.has(table)) throw new PackageError('table_not_in_scope', { line, table });
  const rawId = r !== null && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
  const id = typeof rawId === 'string' ? rawId.slice(0, 60) : undefined;
  // An order is named by its number as well, the name its users know it by.
  const rawNumber = table === 'orders' && r !== null && typeof r === 'object' ? (r as Rec).number : undefined;
  const number = typeof rawNumber === 'string' ? { number: rawNumber.slice(0, 40) } : {};
  const result = packageRecordSchemas[table].safeParse(r);
  if (!result.success) {
    const issue = result.error.issues[0];
    // A calendar date outside the range (the schema's own check, shared/schema/envelope.ts) is named as
    // such, like the times this reader checks below.
    if (issue?.code === 'custom' && issue.params?.code === 'field.dateRange' && issue.path.length === 1) {
      const field = String(issue.path[0]);
      const value = String((r as Record<string, unknown>)[field]);
      throw new PackageError('date_out_of_range', { line, table, id, field, value });
    }
    throw new PackageError('invalid_record', {
      line,
      table,
      id,
      ...number,
      field: issue ? issue.path.map(String).join('.') : '',
      issue: issue?.message ?? 'is invalid',
    });
  }
  const record = inWriterOrder(r as Record<string, unknown>, result.data as CheckedRecord['record']);
  const date = dateOutOfRange(table, record);
  if (date) throw new PackageError('date_out_of_range', { line, table, id: record.id, ...date });
  if (table === 'orders') {
    const wrong = totalsMismatch(record as unknown as Parameters<typeof totalsMismatch>[0]);
    if (wrong) throw new PackageError('order_totals', { line, table, id: record.id, ...number, ...wrong });
  }
  return { table, record };
}

/**
 * The schema's output with its keys in the order the writer gave them (then any default the schema
 * added), so a record reads back exactly as it was written: zod would put them in schema order.
 */
function inWriterOrder<R extends Record<string, unknown>>(raw: Record<string, unknown>, parsed: R): R {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (Object.hasOwn(parsed, key)) out[key] = parsed[key];
  for (const key of Object.keys(parsed)) if (!Object.hasOwn(out, key)) out[key] = parsed[key];
  return out as R;
}

/** Where a reference was first made, kept until the referred record turns up or the end settles it. */
interface Waiting {
  line: number;
  table: TableName;
  id: string;
  field: string;
}

/** Answers which of `ids` the reading machine holds in `table`. */
export type Exists = (table: TableName, ids: string[]) => Promise<Set<string>>;

/** Ids asked of `exists` per call. */
const EXISTS_BATCH = 1_000;

/**
 * Ids per table (for duplicates) and references not yet satisfied. Only references to ids not yet seen are
 * kept, once per referred id: a package that lists what is referred to first keeps nothing waiting.
 */
export function createReferenceCheck() {
  const ids = new Map<TableName, IdSet>();
  const waiting = new Map<TableName, Map<string, Waiting>>();

  return {
    add({ table, record }: CheckedRecord, line: number): void {
      let seen = ids.get(table);
      if (!seen) {
        seen = createIdSet();
        ids.set(table, seen);
      }
      if (seen.has(record.id)) throw new PackageError('duplicate_id', { line, table, id: record.id });
      seen.add(record.id);
      for (const { field, refTable, refId } of referencesOf(table, record)) {
        if (ids.get(refTable)?.has(refId)) continue;
        let open = waiting.get(refTable);
        if (!open) {
          open = new Map();
          waiting.set(refTable, open);
        }
        if (!open.has(refId)) open.set(refId, { line, table, id: record.id, field });
      }
    },

    /** At the end: whatever the package did not bring must be on this machine. */
    async settle(exists: Exists | undefined, signal?: AbortSignal): Promise<void> {
      let first: (Waiting & { refTable: TableName; refId: string }) | null = null;
      let missing = 0;
      for (const [refTable, open] of waiting) {
        const held = ids.get(refTable);
        const outside = [...open.keys()].filter((refId) => !held?.has(refId));
        for (let i = 0; i < outside.length; i += EXISTS_BATCH) {
          if (signal?.aborted) throw new PackageError('aborted');
          const batch = outside.slice(i, i + EXISTS_BATCH);
          const found = exists ? await exists(refTable, batch) : new Set<string>();
          for (const refId of batch) {
            if (found.has(refId)) continue;
            missing++;
            const at = open.get(refId) as Waiting;
            if (!first || at.line < first.line) first = { ...at, refTable, refId };
          }
        }
      }
      if (first) throw new PackageError('missing_reference', { ...first, missing });
    },
  };
}
