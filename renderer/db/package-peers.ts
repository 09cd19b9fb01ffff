import { adoptable, type Known, mergeKnown, peerHoldings } from '../../shared/merge/known';
import type { SalesDeskDb } from './database';

// What this machine knows about holdings, for incremental packages (shared/merge/known.ts), in `meta`:
//   known          what it took from complete packages, as far as their records went (its own writes are
//                  added, and everything capped by the records it holds, when a package is written)
//   peer:<device>  per other machine: its name, prefix, what its packages have shown, and what it is
//                  taken to hold (its claims, bounded: shared/merge/known.ts peerHoldings)

export interface Peer {
  deviceId: string;
  machineName: string;
  orderPrefix: string;
  /** ISO time the latest package from it was imported. */
  at: string;
  /** What it is taken to hold: what an incremental package for it leaves out. */
  known: Known;
  /**
   * Per table and device, the newest version its packages brought. Absent in a peer stored before claims
   * were bounded: such a vector is not trusted (peerKnown).
   */
  shown?: Known;
}

const KNOWN = 'known';
const PEER = 'peer:';

export async function loadKnown(db: SalesDeskDb): Promise<Known> {
  return ((await db.meta.get(KNOWN))?.value as Known | undefined) ?? {};
}

/**
 * After a complete package was imported: we now hold what its writer claimed to hold, for the tables it
 * covered — but only as far as the versions it brought (`shown`), never on its word alone.
 */
export async function extendKnown(
  db: SalesDeskDb,
  claim: Known,
  shown: Known,
  tables: readonly string[],
  ownDeviceId: string,
): Promise<void> {
  const theirs = adoptable(claim, shown, ownDeviceId);
  await db.meta.put({ key: KNOWN, value: mergeKnown(await loadKnown(db), theirs, tables) });
}

/** What an incremental package for this peer may leave out; nothing for a peer stored unbounded. */
export const peerKnown = (peer: Peer | undefined): Known => (peer?.shown ? peer.known : {});

/**
 * After a package from another machine was imported: remember who it is, what its packages have shown,
 * and what it is taken to hold. `ownLatestRev`: this machine's clock as it read the package.
 */
export async function notePeer(
  db: SalesDeskDb,
  from: Omit<Peer, 'known' | 'shown'>,
  claim: Known,
  shown: Known,
  ownDeviceId: string,
  ownLatestRev: string,
): Promise<void> {
  const previous = await loadPeer(db, from.deviceId);
  const allShown = mergeKnown(previous?.shown ?? {}, shown);
  const known = peerHoldings(peerKnown(previous), claim, allShown, ownDeviceId, ownLatestRev);
  await savePeer(db, { ...from, known, shown: allShown });
}

export async function loadPeer(db: SalesDeskDb, deviceId: string): Promise<Peer | undefined> {
  return (await db.meta.get(`${PEER}${deviceId}`))?.value as Peer | undefined;
}

export async function savePeer(db: SalesDeskDb, peer: Peer): Promise<void> {
  await db.meta.put({ key: `${PEER}${peer.deviceId}`, value: peer });
}

/** Machines this one has had packages from, most recent first. */
export async function listPeers(db: SalesDeskDb): Promise<Peer[]> {
  const rows = await db.meta.where('key').startsWith(PEER).toArray();
  return rows.map((row) => row.value as Peer).sort((a, b) => (a.at < b.at ? 1 : -1));
}

/** A restore starts this machine's holdings over (it also gets a new device id). */
export async function forgetHoldings(db: SalesDeskDb): Promise<void> {
  const keys = await db.meta.where('key').startsWith(PEER).primaryKeys();
  await db.meta.bulkDelete([KNOWN, ...keys]);
}
