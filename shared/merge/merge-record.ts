import { canonicalDeviceId, isRev, parseRev } from '../hlc';
import type { Envelope } from '../schema/envelope';

// Merging one record that arrives in a package with this machine's copy.
//
// Records match by id. Every version carries `rev` (a hybrid-logical-clock string that sorts as text) and
// `baseRev`, the version it was derived from. Two rules make merging commutative, associative and
// idempotent — three machines exchanging packages in any order end identical:
//   1. The version with the greater rev wins. Revs are a total order, so "keep the max" is a semilattice.
//   2. A descendant always has a greater rev than its ancestor: repositories observe a record's rev
//      before stamping its next version, and imports observe every incoming rev (hlc.ts).
// The relation between the two versions (fast-forward, already known, or a concurrent edit) only decides
// what the user is told and what is kept: a concurrent edit is a conflict whose losing version goes to
// the record's history. A tombstone is just a version with `deleted: true`, so deletions travel, and a
// record edited after its deletion (a greater rev) survives.

/** How an incoming version relates to the local one. */
export type MergeKind =
  /** No local record: the incoming one is added (a tombstone for an unknown id too, so the delete travels on). */
  | 'new'
  /** The incoming version descends from the local one: take it. */
  | 'updated'
  /** Like 'updated', and the incoming version deletes the record. */
  | 'deleted'
  /** Same version, or the local one already descends from it. */
  | 'unchanged'
  /** Both changed since their common ancestor. The greater rev wins unless the user chooses. */
  | 'conflict';

export interface MergeDecision<R extends Envelope> {
  kind: MergeKind;
  /** The version that stays (by default). */
  winner: R;
  /** For a conflict: the version that lost; kept in the record's history. */
  loser: R | null;
  /** The winner is the incoming version, so the local copy must be written. */
  write: boolean;
}

/**
 * `a` was derived from `b`: directly (its baseRev), or both are versions written by the same machine,
 * whose own history is a line (a machine always edits its latest copy, and a version it took from a
 * merge it had already weighed against its own). Local consecutive edits keep the foreign base
 * (repository.ts), so a chain of edits still fast-forwards on the other side.
 */
export function descendsFrom(a: Envelope, b: Envelope): boolean {
  if (a.rev === b.rev) return true;
  if (a.rev < b.rev) return false;
  return a.baseRev === b.rev || a.deviceId === b.deviceId;
}

/**
 * The incoming version says it was written by the merging machine (`self`). This machine holds every
 * version it wrote, so one newer than its copy is a lie — another machine passing its edit off as ours —
 * and must not fast-forward over our line of edits without a word.
 */
function claimsToBeMine(incoming: Envelope, self: string | undefined): boolean {
  if (self === undefined) return false;
  const me = canonicalDeviceId(self);
  return (
    canonicalDeviceId(incoming.deviceId) === me ||
    (isRev(incoming.rev) && canonicalDeviceId(parseRev(incoming.rev).deviceId) === me)
  );
}

/**
 * `self`, the merging machine's device id: a newer incoming version claiming to be its own is weighed as a
 * concurrent edit (a conflict, the loser kept in history). The winner is the same either way, so merging
 * stays commutative.
 */
export function mergeRecord<R extends Envelope>(
  local: R | undefined,
  incoming: R,
  self?: string,
): MergeDecision<R> {
  if (!local) return { kind: 'new', winner: incoming, loser: null, write: true };
  if (incoming.rev === local.rev) return { kind: 'unchanged', winner: local, loser: null, write: false };
  if (incoming.rev > local.rev) {
    if (descendsFrom(incoming, local) && !claimsToBeMine(incoming, self)) {
      const kind = incoming.deleted && !local.deleted ? 'deleted' : 'updated';
      return { kind, winner: incoming, loser: null, write: true };
    }
    return { kind: 'conflict', winner: incoming, loser: local, write: true };
  }
  if (descendsFrom(local, incoming)) return { kind: 'unchanged', winner: local, loser: null, write: false };
  return { kind: 'conflict', winner: local, loser: incoming, write: false };
}

/**
 * The user chose the version that would lose. It becomes a new edit on this machine that supersedes
 * both. Its base is the incoming version — the one the sending machine holds — so that machine
 * fast-forwards to it (whichever side the user kept) and the result stays the same everywhere.
 */
export function chooseLoser<R extends Envelope>(
  decision: MergeDecision<R>,
  stamp: { rev: string; deviceId: string; at: string },
  incoming: R,
): R {
  if (decision.kind !== 'conflict' || !decision.loser) throw new Error('chooseLoser: not a conflict');
  if (stamp.rev <= decision.winner.rev) throw new Error('chooseLoser: the new rev must sort after both');
  return {
    ...decision.loser,
    rev: stamp.rev,
    baseRev: incoming.rev,
    deviceId: stamp.deviceId,
    updatedAt: stamp.at,
  };
}
