import { canonicalDeviceId, DEFAULT_MAX_SKEW_MS, parseRev } from '../hlc';
import type { TableName } from '../schema/tables';
import { PackageError } from './errors';
import type { PackageHeader } from './types';

// What a package may claim about time and origin, checked against the machine reading it. A well-formed
// file can still lie: revs from the year 2100 would poison this machine's clock (hlc.ts), a header
// written "tomorrow" is a broken or forged clock, and a package claiming to come from this very machine
// would pass another machine's edits off as this one's own history and skip conflict handling.

/** The machine reading a package. Every field is optional; the time checks always run. */
export interface Receiver {
  /** This machine's device id: a package claiming it is refused. */
  deviceId?: string;
  /** This machine's clock, in ms (Date.now() when not given). */
  now?: number;
  /** How far ahead of `now` a time in the package may be (a day by default). */
  maxSkewMs?: number;
}

const HOUR_MS = 3_600_000;

export { canonicalDeviceId };

/** Hours, rounded up so that anything beyond the bound reads as at least one. */
const hours = (ms: number) => Math.ceil(ms / HOUR_MS);

/** The header's claims: not written beyond the skew bound, not from this machine (a restore aside). */
export function checkHeaderForReceiver(header: PackageHeader, receiver: Receiver = {}): void {
  const now = receiver.now ?? Date.now();
  const maxSkewMs = receiver.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  const created = Date.parse(header.createdAt);
  if (created > now + maxSkewMs)
    throw new PackageError('created_in_future', {
      line: 1,
      field: 'createdAt',
      value: header.createdAt,
      aheadHours: hours(created - now),
      skewHours: maxSkewMs / HOUR_MS,
    });
  // This machine's own backup is restored (replace) under the same id; applying one as a merge is refused
  // when it is applied (package-import.ts), where the mode is known.
  if (
    receiver.deviceId !== undefined &&
    header.scope.kind !== 'backup' &&
    canonicalDeviceId(header.source.deviceId) === canonicalDeviceId(receiver.deviceId)
  )
    throw new PackageError('own_device', {
      line: 1,
      field: 'source.deviceId',
      deviceId: header.source.deviceId,
    });
}

/**
 * Revs beyond the skew bound, counted over the whole package so the refusal says how many records and how
 * far ahead; the first one read is named. The package is refused whole (settle) — taking the others
 * would leave records that refer to the refused ones.
 */
export function createFutureRevCheck(receiver: Receiver = {}) {
  const now = receiver.now ?? Date.now();
  const bound = now + (receiver.maxSkewMs ?? DEFAULT_MAX_SKEW_MS);
  let records = 0;
  let furthest = 0;
  let first: { line: number; table: TableName; id: string; field: string; value: string } | null = null;
  return {
    add(table: TableName, record: Record<string, unknown> & { id: string }, line: number): void {
      let ahead = false;
      for (const field of ['rev', 'baseRev']) {
        const value = record[field];
        if (typeof value !== 'string') continue;
        const { wall } = parseRev(value);
        if (wall <= bound) continue;
        ahead = true;
        furthest = Math.max(furthest, wall);
        first ??= { line, table, id: record.id, field, value };
      }
      if (ahead) records++;
    },
    settle(): void {
      if (!first) return;
      throw new PackageError('revs_in_future', {
        ...(first as object),
        records,
        aheadHours: hours(furthest - now),
        skewHours: (bound - now) / HOUR_MS,
      });
    },
  };
}
