import { parseRev } from '../hlc';
import { EARLIEST_DATE } from '../schema/envelope';
import { type TableName, tableNames } from '../schema/tables';
import { PackageError } from './errors';

// The `known` line (format version 2): what the writer says it holds, per table and device, as
// `{"known":{"<table>:<deviceId>":"<rev>",…}}` just before the trailer. It is a content line, so the
// checksum covers it and, when encrypted, the cipher too. The receiver never takes it as its own
// knowledge (shared/merge/known.ts); it is only a claim about the writer, so it must at least be sane:
// a bounded number of entries, each a rev of the device its key names, for a table the package covers,
// with a wall time neither before 2000 nor in the future.

/**
 * Entries a vector may hold: 8 tables × 512 devices. A claim is only worth a smaller next package, so a
 * writer with more drops its oldest entries (its peers then send it a little more, never less).
 * At the longest key and rev each entry is under 200 bytes, so a full vector stays well under the line limit.
 */
export const MAX_KNOWN_ENTRIES = 4_096;

/**
 * How far past the receiver's clock a vector's rev may be. Machines' clocks disagree by minutes, not by
 * a day; a rev further ahead is a broken clock or a lie. (The rev checks of records will share one skew
 * constant in hlc.ts; this one is kept here until they do.)
 */
export const KNOWN_MAX_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * A device id as machines make them (a UUID, 36 characters; tests use short names): letters, digits,
 * '-', '_', '.', at most 48, so `<table>:<device>` stays within the 64 characters the header allows the
 * keys of an incremental package's `since` (header.ts), which is built from what a peer claimed.
 */
const DEVICE_ID = /^[0-9A-Za-z][0-9A-Za-z._-]{0,47}$/;
const earliestMs = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const tableSet: ReadonlySet<string> = new Set(tableNames);

export type KnownProblem = 'not_an_object' | 'too_many' | 'key' | 'rev' | 'device' | 'date' | 'future';

/** Why one entry is not acceptable, or null. `tables`: those the package covers. */
export function knownEntryProblem(
  key: string,
  rev: unknown,
  tables: ReadonlySet<string>,
  nowMs: number,
): KnownProblem | null {
  const colon = key.indexOf(':');
  const table = key.slice(0, colon);
  const device = key.slice(colon + 1);
  if (colon < 0 || !tableSet.has(table) || !tables.has(table) || !DEVICE_ID.test(device)) return 'key';
  if (typeof rev !== 'string' || rev.length > 22 + 48) return 'rev';
  let parsed: ReturnType<typeof parseRev>;
  try {
    parsed = parseRev(rev);
  } catch {
    return 'rev';
  }
  if (parsed.deviceId !== device) return 'device';
  if (parsed.wall < earliestMs) return 'date';
  if (parsed.wall > nowMs + KNOWN_MAX_SKEW_MS) return 'future';
  return null;
}

/** The checked vector of a `known` line; throws PackageError('known_invalid') naming the entry. */
export function checkKnown(
  value: unknown,
  line: number,
  tables: readonly TableName[],
  nowMs: number,
): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new PackageError('known_invalid', { line, issue: 'not_an_object' });
  const entries = Object.entries(value);
  if (entries.length > MAX_KNOWN_ENTRIES)
    throw new PackageError('known_invalid', {
      line,
      issue: 'too_many',
      entries: entries.length,
      limit: MAX_KNOWN_ENTRIES,
    });
  const scope: ReadonlySet<string> = new Set(tables);
  for (const [key, rev] of entries) {
    const issue = knownEntryProblem(key, rev, scope, nowMs);
    if (issue) throw new PackageError('known_invalid', { line, key: key.slice(0, 100), issue });
  }
  return value as Record<string, string>;
}

/**
 * What a writer may put in its `known` line: the entries a reader with a clock like the writer's accepts,
 * at most MAX_KNOWN_ENTRIES of them (the newest). Dropping an entry only makes the writer's peers send
 * it more.
 */
export function writableKnown(
  known: Readonly<Record<string, string>>,
  tables: readonly TableName[],
  nowMs: number,
): Record<string, string> {
  const scope: ReadonlySet<string> = new Set(tables);
  const ok = Object.entries(known).filter(([key, rev]) => knownEntryProblem(key, rev, scope, nowMs) === null);
  if (ok.length > MAX_KNOWN_ENTRIES) ok.sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
  return Object.fromEntries(ok.slice(0, MAX_KNOWN_ENTRIES));
}
