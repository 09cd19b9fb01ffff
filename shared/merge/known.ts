import { parseRev } from '../hlc';

// What a machine is known to hold, for incremental packages ("only what that machine has not seen").
//
// A Known vector maps `<table>:<deviceId>` to a rev and promises: for every version written by that device
// in that table with a rev up to it, the holder has that record at that rev or a newer one.
// - A machine holds every version it wrote itself, so its own entry is its clock's latest rev (withOwn).
// - Importing a full or incremental package extends the vector for the tables the package covered, but
//   never by the sender's word alone: per table and device, only up to the sender's claim AND the newest
//   version the package actually brought (adoptable). A partial package (chosen people or dates) extends
//   nothing — it is not complete. Receiving a single version never extends it.
// - What a machine advertises is further capped by the records it holds when it writes the package
//   (boundedBy with heldIn): a vector stored by a careless older version cannot outlive its records.
// - A restore gives the machine a new device id and an empty vector, so the versions it lost are sent
//   to it again instead of being taken for held.
// Packages carry the writer's vector (the `known` line); the receiver keeps, per peer, "what that peer
// holds" — the peer's claim, capped by what the peer's own packages have shown and, for the receiver's
// own versions, by what the receiver had written when it read the claim (peerHoldings) — and sends that
// peer, next time, only versions above it. A lying claim can thus spare at most what the liar has shown
// or what was already written; every version made or received afterwards still goes.
// What no vector rule can check: that a package called complete is. A liar relaying another device's
// version while leaving out an older one of that device (one it got from a partial package, or simply
// dropped) makes its receiver take the older one as held; a full package between the honest machines
// repairs that.

export type Known = Record<string, string>;

export const knownKey = (table: string, deviceId: string) => `${table}:${deviceId}`;

/** The device that wrote a version, from its rev. */
export const revDevice = (rev: string) => parseRev(rev).deviceId;

/** Pointwise newest of two vectors, optionally only for some tables. */
export function mergeKnown(a: Known, b: Known, tables?: readonly string[]): Known {
  const out: Known = { ...a };
  for (const [key, rev] of Object.entries(b)) {
    if (tables && !tables.includes(key.slice(0, key.indexOf(':')))) continue;
    const mine = out[key];
    if (mine === undefined || rev > mine) out[key] = rev;
  }
  return out;
}

/** The vector a machine advertises: what it took from complete packages, plus all it wrote itself. */
export function withOwn(known: Known, tables: readonly string[], deviceId: string, latestRev: string): Known {
  const out: Known = { ...known };
  for (const table of tables) out[knownKey(table, deviceId)] = latestRev;
  return out;
}

/** Whether a peer that holds `peer` may lack this version: then an incremental package includes it. */
export function peerMayLack(peer: Known, table: string, rev: string): boolean {
  const seen = peer[knownKey(table, revDevice(rev))];
  return seen === undefined || rev > seen;
}

/** Adds one version to `into`: per `<table>:<device>`, the newest rev seen. */
export function noteRev(into: Known, table: string, rev: string): void {
  // Read per record of a whole-office export, so no regex; a rev not of the format is skipped (claiming
  // less only means being sent more).
  if (rev.length <= 22 || rev[15] !== '-' || rev[21] !== '-') return;
  const key = knownKey(table, rev.slice(22));
  const seen = into[key];
  if (seen === undefined || rev > seen) into[key] = rev;
}

/** Per `<table>:<device>`, the newest rev among these versions. */
export function heldIn(versions: Iterable<{ table: string; rev: string }>): Known {
  const out: Known = {};
  for (const { table, rev } of versions) noteRev(out, table, rev);
  return out;
}

/** Each entry of `claim` no further than `bound`'s; an entry `bound` lacks is dropped. */
export function boundedBy(claim: Known, bound: Known): Known {
  const out: Known = {};
  for (const [key, rev] of Object.entries(claim)) {
    const limit = bound[key];
    // biome-ignore lint/complexity/useMathMinMax: revs are strings in sort order; Math.min would make them NaN.
    if (limit !== undefined) out[key] = rev < limit ? rev : limit;
  }
  return out;
}

/**
 * What a complete package lets its receiver add to its own vector: the sender's claim, only as far as the
 * versions the package brought (`shown`, from heldIn). The receiver's own entries are its clock's.
 */
export function adoptable(claim: Known, shown: Known, ownDeviceId: string): Known {
  const out = boundedBy(claim, shown);
  for (const key of Object.keys(out)) if (key.endsWith(`:${ownDeviceId}`)) delete out[key];
  return out;
}

/**
 * What this machine takes a peer to hold after reading one of its packages. `previous`: what it took
 * before; `claim`: the package's vector; `shown`: every version the peer's packages brought so far
 * (heldIn, accumulated); `ownLatestRev`: this machine's clock when it read the claim — the peer cannot
 * hold a version of ours we had not written yet. The peer's holdings only grow (a restored machine
 * comes back under a new device id), so the result never goes below `previous`.
 */
export function peerHoldings(
  previous: Known,
  claim: Known,
  shown: Known,
  ownDeviceId: string,
  ownLatestRev: string,
): Known {
  const bound: Known = { ...shown };
  for (const key of Object.keys(claim))
    if (revDevice(claim[key] as string) === ownDeviceId && key.endsWith(`:${ownDeviceId}`))
      bound[key] = ownLatestRev;
  return mergeKnown(previous, boundedBy(claim, bound));
}
