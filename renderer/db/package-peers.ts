import { type Known, mergeKnown } from '../../shared/merge/known';
import type { SalesDeskDb } from './database';

// What this machine knows about holdings, for incremental packages (shared/merge/known.ts), in `meta`:
//   known          what it took from complete packages (its own writes are added when a package is written)
//   peer:<device>  per other machine: its name, prefix, and the vector its latest package advertised

export interface Peer {
  deviceId: string;
  machineName: string;
  orderPrefix: string;
  /** ISO time the latest package from it was imported. */
  at: string;
  known: Known;
}

const KNOWN = 'known';
const PEER = 'peer:';

export async function loadKnown(db: SalesDeskDb): Promise<Known> {
  return ((await db.meta.get(KNOWN))?.value as Known | undefined) ?? {};
}

/** After a complete package was imported: we now hold what its writer held, for the tables it covered. */
export async function extendKnown(db: SalesDeskDb, theirs: Known, tables: readonly string[]): Promise<void> {
  await db.meta.put({ key: KNOWN, value: mergeKnown(await loadKnown(db), theirs, tables) });
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
