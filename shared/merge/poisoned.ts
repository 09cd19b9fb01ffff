import { type Clock, DEFAULT_MAX_SKEW_MS, isTrustedRev } from '../hlc';
import type { Envelope } from '../schema/envelope';

// A record whose rev this machine cannot build on: stamped beyond the clock-skew bound (taken from a
// hostile or broken package before packages were checked, or stamped while this machine's clock was set
// years ahead), or not a rev at all (a counter that overflowed its five digits). Editing it would stamp
// an invalid or far-future rev, and exporting it would make every package and backup fail verification.
// Such a record is re-stamped once, as a new local version under a valid rev; its old version goes to
// history.

export interface Bound {
  now: number;
  maxSkewMs?: number;
}

const trusted = (rev: string, bound: Bound) =>
  isTrustedRev(rev, bound.now, bound.maxSkewMs ?? DEFAULT_MAX_SKEW_MS);

/** Its rev or its base is not a rev this machine may hold. */
export function isPoisoned(record: Pick<Envelope, 'rev' | 'baseRev'>, bound: Bound): boolean {
  return !trusted(record.rev, bound) || (record.baseRev !== null && !trusted(record.baseRev, bound));
}

/**
 * The record as a new local version under a valid rev. The base is kept only when it is this machine's
 * own line and trustworthy (the chain rule of stamp.ts); a poisoned base cannot travel, so it is dropped:
 * machines holding the old version then see a concurrent edit, weighed like any other.
 */
export function restamp<R extends Envelope>(
  record: R,
  stamp: { clock: Clock; deviceId: string; at: string; bound: Bound },
): R {
  const ownBase =
    record.deviceId === stamp.deviceId && record.baseRev !== null && trusted(record.baseRev, stamp.bound);
  return {
    ...record,
    rev: stamp.clock.next(),
    baseRev: ownBase ? record.baseRev : null,
    deviceId: stamp.deviceId,
    updatedAt: stamp.at,
  };
}
