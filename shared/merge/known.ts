import { parseRev } from '../hlc';

// What a machine is known to hold, for incremental packages ("only what that machine has not seen").
//
// A Known vector maps `<table>:<deviceId>` to a rev and promises: for every version written by that device
// in that table with a rev up to it, the holder has that record at that rev or a newer one.
// - A machine holds every version it wrote itself, so its own entry is its clock's latest rev (withOwn).
// - Importing a full or incremental package extends the vector by the sender's, for the tables the package
//   covered: afterwards the holder has everything the sender had. A partial package (chosen people or
//   dates) extends nothing — it is not complete. Receiving a single version never extends it.
// - A restore gives the machine a new device id and an empty vector, so the versions it lost are sent
//   to it again instead of being taken for held.
// Packages carry the writer's vector in their trailer; the receiver keeps the latest one per peer as
// "what that peer holds" and sends that peer, next time, only versions above it.

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
