import type { customerSegments } from '../schema/customer';
import { matchKey } from './normalise';
import type { DataRow } from './table';
import { cellText, parseSegment } from './values';

// Columns whose values must be one of a list (the customer segment: a fixed set in this app). Real
// exports carry their own lists ('Consumer', 'Corporate', 'Home Office'), so an optional column like
// this never refuses a row: the mapping step shows each distinct value with its count, the user maps
// each unknown one to a known value or skips the column, and a value left unmapped is warned about
// and left to the default. Free-text lists (regions) are kept as written and need none of this.

export type Segment = (typeof customerSegments)[number];

/** A distinct value of a list column: as first written, how many rows have it, what it reads as. */
export interface ListValue {
  value: string;
  count: number;
  /** The segment the value reads as by itself ('重点客户', 'Key'), null when unknown. */
  known: Segment | null;
}

/** The user's answer for unknown values: matchKey(value) → segment. */
export type SegmentMap = Readonly<Record<string, Segment>>;

/** Distinct non-empty values of a column, most frequent first (ties in file order). */
export function listValues(rows: readonly DataRow[], index: number | undefined): ListValue[] {
  if (index === undefined) return [];
  const byKey = new Map<string, ListValue>();
  for (const row of rows) {
    const text = cellText(row.cells[index] ?? '');
    if (text === '') continue;
    const key = matchKey(text);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else {
      const parsed = parseSegment(text);
      byKey.set(key, { value: text, count: 1, known: parsed.ok ? parsed.value : null });
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}

/** The segment a cell means: its own reading, else the user's mapping, else null (unknown). */
export function segmentOf(text: string, map: SegmentMap | undefined): Segment | null {
  const parsed = parseSegment(text);
  if (parsed.ok) return parsed.value;
  const key = matchKey(text);
  return map && Object.hasOwn(map, key) ? (map[key] ?? null) : null;
}

/** The key a user's choice for a value is kept under. */
export const listKey = matchKey;
