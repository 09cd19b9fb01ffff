import type { Clock } from '../hlc';
import type { Envelope } from '../schema/envelope';

// How a machine stamps the next version of a record: the one rule repositories (renderer/db/repository.ts)
// and the merge property test share, because convergence depends on it (merge-record.ts).

export function nextVersion<R extends Envelope>(
  existing: R,
  data: Partial<R>,
  stamp: { clock: Clock; deviceId: string; at: string },
): R {
  // Sort after the record even if this machine's clock is behind the machine that wrote it.
  stamp.clock.observe(existing.rev);
  return {
    ...existing,
    ...data,
    updatedAt: stamp.at,
    rev: stamp.clock.next(),
    // A chain of edits here keeps the base of the first, so it fast-forwards wherever that base is held.
    baseRev: existing.deviceId === stamp.deviceId ? existing.baseRev : existing.rev,
    deviceId: stamp.deviceId,
  };
}
