import { Refusal } from '../../shared/refusal';
import type { SopInput, SopVersion } from '../../shared/schema/sop';
import type { Editing } from './repository';
import type { DataSession } from './session';
import { currentVersion } from './sop-queries';

// What a manager does with a process document beyond editing its title, owner and review date: keep a
// draft, publish it as the next version (the version record is never edited afterwards), and record that
// a person read the version in force. Each is one transaction: refused whole, or done whole.

/** A new document, or its title, process, owner and review date (the draft has its own save). */
export const saveSop = (session: DataSession, input: SopInput, editing?: Editing) =>
  session.repos.sops.save(input, editing);

/** Keep the draft as written, from the version of the document the editor showed. */
export const saveSopDraft = (session: DataSession, sopId: string, draft: string, fromRev?: string) =>
  session.repos.sops.update(sopId, { draft }, fromRev === undefined ? {} : { fromRev });

/**
 * Publish `draft` as the document's next version (n + 1), with a note saying what changed; the draft is
 * kept as written, so the next edit starts from it. Refused when the draft is empty or says exactly what
 * the current version says.
 */
export async function publishSop(
  session: DataSession,
  sopId: string,
  change: { draft: string; note: string },
  fromRev?: string,
): Promise<SopVersion> {
  const { db, repos } = session;
  return db.transaction('rw', [db.sops, db.sopVersions], async () => {
    const sop = await db.sops.get(sopId);
    if (!sop || sop.deleted) throw new Refusal('record.gone', 'id', {}, 'sops');
    if (fromRev !== undefined && sop.rev !== fromRev) throw new Refusal('record.changed', 'id', {}, 'sops');
    if (change.draft.trim() === '') throw new Refusal('sop.emptyDraft', 'draft', {}, 'sops');
    const versions = await db.sopVersions.where('sopId').equals(sopId).toArray();
    const current = currentVersion(versions);
    const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trimEnd();
    if (current && normalise(current.body) === normalise(change.draft))
      throw new Refusal('sop.unchanged', 'draft', {}, 'sops');
    if (sop.draft !== change.draft) await repos.sops.update(sopId, { draft: change.draft });
    const highest = Math.max(0, ...versions.map((v) => v.version));
    const version = repos.sopVersions.stampNew({
      sopId,
      version: highest + 1,
      body: change.draft,
      note: change.note,
      publishedAt: session.now().toISOString(),
    });
    await repos.sopVersions.bulkInsertStamped([version]);
    return version;
  });
}

/**
 * Record that a person read the document's current version, now. Refused for an older version (it does
 * not count for the current one), for someone not active on the team, or when already recorded.
 */
export async function acknowledgeSop(session: DataSession, sopId: string, staffId: string, version: number) {
  const { db, repos } = session;
  return db.transaction('rw', [db.sops, db.sopVersions, db.sopAcks, db.staff], async () => {
    const sop = await db.sops.get(sopId);
    if (!sop || sop.deleted) throw new Refusal('record.gone', 'id', {}, 'sopAcks');
    const current = currentVersion(await db.sopVersions.where('sopId').equals(sopId).toArray());
    if (!current) throw new Refusal('sop.noVersion', 'version', {}, 'sopAcks');
    if (current.version !== version)
      throw new Refusal('sop.notCurrent', 'version', { version: current.version }, 'sopAcks');
    const person = await db.staff.get(staffId);
    if (!person || person.deleted || person.status !== 'active')
      throw new Refusal('staff.notActive', 'staffId', {}, 'sopAcks');
    const acks = await db.sopAcks.where('sopId').equals(sopId).toArray();
    if (acks.some((a) => !a.deleted && a.staffId === staffId && a.version === version))
      throw new Refusal('sop.alreadyAcknowledged', 'staffId', {}, 'sopAcks');
    return repos.sopAcks.create({ sopId, version, staffId, at: session.now().toISOString() });
  });
}
