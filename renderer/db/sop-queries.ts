import {
  type ProcessKind,
  processKinds,
  type Sop,
  type SopAck,
  type SopVersion,
} from '../../shared/schema/sop';
import type { Staff } from '../../shared/schema/staff';
import type { SalesDeskDb } from './database';
import { loadStaff } from './team-queries';

// What the process documents (SOPs) screens read: each document with its current version, whether its
// review is due, and how many of the active staff acknowledged the version now in force; one document's
// versions (newest first) and who read the current one. An acknowledgement of an older version counts
// for that version only.

/**
 * A document's current version: the highest number. Two machines publishing the same number before they
 * exchanged files both keep theirs; the later published one is current (then the later rev).
 */
export function currentVersion(versions: readonly SopVersion[]): SopVersion | null {
  let best: SopVersion | null = null;
  for (const v of versions) {
    if (v.deleted) continue;
    if (
      best === null ||
      v.version > best.version ||
      (v.version === best.version &&
        (v.publishedAt > best.publishedAt || (v.publishedAt === best.publishedAt && v.rev > best.rev)))
    )
      best = v;
  }
  return best;
}

/** Versions of one document, newest first. */
export async function loadSopVersions(db: SalesDeskDb, sopId: string): Promise<SopVersion[]> {
  const versions = await db.sopVersions.where('sopId').equals(sopId).toArray();
  return versions
    .filter((v) => !v.deleted)
    .sort((a, b) => b.version - a.version || b.publishedAt.localeCompare(a.publishedAt));
}

const liveAcks = async (db: SalesDeskDb, sopId: string) =>
  (await db.sopAcks.where('sopId').equals(sopId).toArray()).filter((a) => !a.deleted);

export const isActive = (s: Staff) => s.status === 'active';

export interface SopRow {
  sop: Sop;
  ownerName: string | null;
  current: { version: number; publishedAt: string } | null;
  /** The review date has passed (today is after it). */
  reviewDue: boolean;
  /** Active staff who acknowledged the current version, of all active staff. */
  acknowledged: number;
  activeStaff: number;
}

/** Every live document, by process (in the order processes are listed) then title. */
export async function loadSopList(db: SalesDeskDb, today: string): Promise<SopRow[]> {
  const [sops, versions, acks, staff] = await Promise.all([
    db.sops.toArray(),
    db.sopVersions.toArray(),
    db.sopAcks.toArray(),
    loadStaff(db),
  ]);
  const active = staff.filter(isActive);
  const activeIds = new Set(active.map((s) => s.id));
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const order = (p: ProcessKind) => processKinds.indexOf(p);
  return sops
    .filter((s) => !s.deleted)
    .sort((a, b) => order(a.process) - order(b.process) || a.title.localeCompare(b.title))
    .map((sop) => {
      const current = currentVersion(versions.filter((v) => v.sopId === sop.id));
      const readers = new Set(
        acks
          .filter((a) => !a.deleted && a.sopId === sop.id && a.version === current?.version)
          .map((a) => a.staffId)
          .filter((id) => activeIds.has(id)),
      );
      return {
        sop,
        ownerName: names.get(sop.ownerId) ?? null,
        current: current && { version: current.version, publishedAt: current.publishedAt },
        reviewDue: sop.reviewOn !== null && sop.reviewOn < today,
        acknowledged: current ? readers.size : 0,
        activeStaff: active.length,
      };
    });
}

export interface SopReader {
  staff: Staff;
  /** When they acknowledged the current version, or null: not yet. */
  at: string | null;
  /** The latest older version they did acknowledge (it does not count for the current one). */
  older: { version: number; at: string } | null;
}

export interface SopView {
  sop: Sop;
  ownerName: string | null;
  versions: SopVersion[];
  current: SopVersion | null;
  reviewDue: boolean;
  /** Every active person, with their acknowledgement of the current version. */
  readers: SopReader[];
}

/** One document: its versions and who of the active staff read the current one. Null when gone. */
export async function loadSopView(db: SalesDeskDb, sopId: string, today: string): Promise<SopView | null> {
  const sop = await db.sops.get(sopId);
  if (!sop || sop.deleted) return null;
  const [versions, acks, staff] = await Promise.all([
    loadSopVersions(db, sopId),
    liveAcks(db, sopId),
    loadStaff(db),
  ]);
  const current = currentVersion(versions);
  const byPerson = new Map<string, SopAck[]>();
  for (const ack of acks) byPerson.set(ack.staffId, [...(byPerson.get(ack.staffId) ?? []), ack]);
  const readers = staff.filter(isActive).map((person) => {
    const theirs = byPerson.get(person.id) ?? [];
    const now = current ? theirs.filter((a) => a.version === current.version) : [];
    const first = now.map((a) => a.at).sort()[0] ?? null;
    const older = theirs
      .filter((a) => current === null || a.version < current.version)
      .sort((a, b) => b.version - a.version || b.at.localeCompare(a.at))[0];
    return { staff: person, at: first, older: older ? { version: older.version, at: older.at } : null };
  });
  return {
    sop,
    ownerName: staff.find((s) => s.id === sop.ownerId)?.name ?? null,
    versions,
    current,
    reviewDue: sop.reviewOn !== null && sop.reviewOn < today,
    readers,
  };
}
