import { Refusal } from '../../shared/refusal';
import { type Absence, type AbsenceInput, absenceFields } from '../../shared/schema/absence';
import { type AbsenceDetail, absenceDetailFields } from '../../shared/schema/care';
import { validate } from '../../shared/validation';
import type { SalesDeskDb } from './database';
import { newRecordId } from './record-id';
import type { Editing } from './repository';
import type { DataSession } from './session';
import { restoreAbsence, saveAbsence } from './team-commands';

// Sick leave is health data. The absence itself stays shared with the team area (others must know who is
// away, for cover), but as kind 'away' with no note; why (sick) and the note are an absence detail, a
// confidential record (shared/schema/care.ts) that travels only when "Include confidential areas" is
// ticked. The absence and its detail are written, edited and deleted together, in one transaction.
//
// On this machine an 'away' absence with a live detail reads as the sick leave it is; without one (on a
// machine the detail never reached) it reads "away".

/** An absence as this machine shows it: a sick leave when it holds the detail, with the detail's note. */
export type AbsenceShown = Absence & {
  /** The rev of the detail shown over it (null: none), so a list redraws when only the detail changed. */
  detailRev: string | null;
};

const live = <R extends { deleted: boolean }>(rows: readonly R[]) => rows.filter((r) => !r.deleted);

/** The absence as shown, given its live detail (if any). */
export function shownAbsence(absence: Absence, detail: AbsenceDetail | undefined): AbsenceShown {
  if (absence.kind === 'away' && detail && !detail.deleted)
    return { ...absence, kind: detail.reason, note: detail.note, detailRev: detail.rev };
  return { ...absence, detailRev: null };
}

/** Every live absence, earliest first, sick leaves shown as such where this machine holds their detail. */
export async function loadAbsencesShown(db: SalesDeskDb): Promise<AbsenceShown[]> {
  const [absences, details] = await Promise.all([
    db.absences
      .orderBy('from')
      .filter((a) => !a.deleted)
      .toArray(),
    db.absenceDetails.filter((d) => !d.deleted).toArray(),
  ]);
  const byAbsence = new Map(details.map((d) => [d.absenceId, d]));
  return absences.map((a) => shownAbsence(a, byAbsence.get(a.id)));
}

const liveDetailsOf = async (db: SalesDeskDb, absenceId: string) =>
  live(await db.absenceDetails.where('absenceId').equals(absenceId).toArray());

/**
 * Add or change an absence as the team's form gives it (`editing`: the one changed, as shown). A sick
 * leave is written as the shared absence ('away', no note) and its confidential detail (reason and note);
 * any other kind drops a detail the absence had. The checks are the absence's own (saveAbsence): the end
 * not before the start, no overlap. All or nothing.
 */
export async function saveAbsenceShown(
  session: DataSession,
  input: AbsenceInput,
  editing?: Editing,
): Promise<AbsenceShown> {
  const { db, repos } = session;
  const data = validate('absences', absenceFields, input);
  return db.transaction('rw', [db.absences, db.staff, db.absenceDetails], async () => {
    const details = editing ? await liveDetailsOf(db, editing.id) : [];
    if (data.kind !== 'sick') {
      const saved = await saveAbsence(session, data, editing);
      for (const detail of details) await repos.absenceDetails.remove(detail.id);
      return shownAbsence(saved, undefined);
    }
    // The detail is checked before anything is written: a refusal names the note and leaves all as it was.
    const detailInput = validate('absenceDetails', absenceDetailFields, {
      absenceId: editing?.id ?? newRecordId(),
      reason: 'sick',
      note: data.note,
    });
    const saved = await saveAbsence(session, { ...data, kind: 'away', note: '' }, editing);
    const [first, ...extra] = details;
    let detail: AbsenceDetail;
    if (first) detail = await repos.absenceDetails.update(first.id, { reason: 'sick', note: data.note });
    else detail = await repos.absenceDetails.create({ ...detailInput, absenceId: saved.id });
    for (const other of extra) await repos.absenceDetails.remove(other.id);
    return shownAbsence(saved, detail);
  });
}

/** Delete an absence and its detail together; returns the details deleted, for the undo. */
export async function removeAbsenceShown(session: DataSession, absenceId: string): Promise<string[]> {
  const { db, repos } = session;
  return db.transaction('rw', [db.absences, db.absenceDetails], async () => {
    const absence = await db.absences.get(absenceId);
    if (!absence) throw new Refusal('record.gone', 'id', {}, 'absences');
    const details = await liveDetailsOf(db, absenceId);
    await repos.absences.remove(absenceId);
    for (const detail of details) await repos.absenceDetails.remove(detail.id);
    return details.map((d) => d.id);
  });
}

/** Undo a deletion: the absence (checked again, as restoreAbsence does) and the details deleted with it. */
export async function restoreAbsenceShown(
  session: DataSession,
  absenceId: string,
  detailIds: readonly string[],
): Promise<Absence> {
  const { db, repos } = session;
  return db.transaction('rw', [db.absences, db.staff, db.absenceDetails], async () => {
    const restored = await restoreAbsence(session, absenceId);
    for (const id of detailIds) {
      const detail = await db.absenceDetails.get(id);
      if (detail?.deleted) await repos.absenceDetails.restore(id);
    }
    return restored;
  });
}

/**
 * The sick-leave split, run once the database is open (renderer/app/Root.tsx, after the clock is seeded):
 * every absence still of kind 'sick' becomes 'away' with no note, and its reason and note go to an absence
 * detail, the detail of a deleted absence deleted with it.
 *
 * Why not in the Dexie upgrade of 20261209: the changed absences must carry NEW revs, so that a machine
 * that already holds them takes the change from the next package (an upgrade that rewrote them under
 * their old revs would leave the note on every other machine, and be overwritten by their copy on the next
 * merge). A rev comes from this machine's hybrid logical clock, which exists only with a session; the
 * upgrade has none. So the split is a post-open step, like the rev repair (rev-repair.ts).
 *
 * It is idempotent: only absences of kind 'sick' are touched, and none is left afterwards. A package from
 * a machine not yet upgraded may still bring a 'sick' absence with its note: the import splits it in its
 * own transaction (package-apply.ts), moving the note into the detail the absence already has, if any.
 *
 * Returns how many absences were split.
 */
export async function splitSickLeave(session: DataSession): Promise<number> {
  const { db, repos } = session;
  return db.transaction('rw', [db.absences, db.absenceDetails], async () => {
    const sick = await db.absences.filter((a) => a.kind === 'sick').toArray();
    if (sick.length === 0) return 0;
    const absencePairs = repos.absences.stampChanges(
      sick.map((existing) => ({ existing, patch: { kind: 'away', note: '' }, deleted: existing.deleted })),
    );
    const changed: [AbsenceDetail, AbsenceDetail][] = [];
    const created: AbsenceDetail[] = [];
    for (const absence of sick) {
      const details = await db.absenceDetails.where('absenceId').equals(absence.id).toArray();
      // The live detail if there is one (a split before, or one written since), else the latest.
      const held = details.find((d) => !d.deleted) ?? details.sort((a, b) => (a.rev < b.rev ? 1 : -1))[0];
      const patch = { reason: 'sick' as const, note: absence.note };
      if (held)
        changed.push(
          ...repos.absenceDetails.stampChanges([{ existing: held, patch, deleted: absence.deleted }]),
        );
      else {
        const fresh = repos.absenceDetails.stampNew({ absenceId: absence.id, ...patch });
        created.push(absence.deleted ? { ...fresh, deleted: true } : fresh);
      }
    }
    await repos.absences.putChanges(absencePairs);
    await repos.absenceDetails.putChanges(changed);
    if (created.length > 0) await db.absenceDetails.bulkAdd(created);
    return sick.length;
  });
}
