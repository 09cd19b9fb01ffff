import Dexie from 'dexie';
import { Refusal } from '../../shared/refusal';
import type { DutyChange } from '../../shared/rules/coverage-suggest';
import { localIsoDate } from '../../shared/rules/local-date';
import { type CellRole, sameHolders, withCell } from '../../shared/rules/matrix-cell';
import { type AbsenceInput, absenceFields } from '../../shared/schema/absence';
import type { Duty } from '../../shared/schema/duty';
import type { SkillChange } from '../../shared/schema/skill-change';
import type { Staff, StaffInput } from '../../shared/schema/staff';
import { validate } from '../../shared/validation';
import { assignOrders, writeTables } from './order-commands';
import type { Editing } from './repository';
import type { DataSession } from './session';

// Writes of the duty matrix that touch more than one record: each runs in one transaction,
// so a matrix, a person's skills and their history, or a removal and its handover are never half done.

/** Refuses a duty that is gone and people who are gone or left (what a screen open a while may still show). */
async function liveDuty(session: DataSession, dutyId: string) {
  const duty = await session.db.duties.get(dutyId);
  if (!duty || duty.deleted) throw new Refusal('record.gone', 'id', {}, 'duties');
  return duty;
}

async function checkActive(
  session: DataSession,
  table: string,
  field: string,
  ids: readonly (string | null)[],
) {
  const people = await session.db.staff.bulkGet(ids.filter((id): id is string => id !== null));
  if (people.some((p) => !p || p.deleted || p.status === 'left'))
    throw new Refusal('staff.notActive', field, {}, table);
}

/**
 * What undoes one duty's matrix edit: the holders it had before, the rev the edit wrote (an undo over any
 * later change is refused) and the rev it had before (so undoing a later edit first can hand this one the
 * rev of that undo, which put the duty back as this edit left it).
 */
export interface DutyUndo {
  dutyId: string;
  holders: { primaryId: string | null; backupIds: string[] };
  rev: string;
  beforeRev: string;
}

const undoOf = (before: Duty, after: Duty): DutyUndo => ({
  dutyId: before.id,
  holders: { primaryId: before.primaryId, backupIds: [...before.backupIds] },
  rev: after.rev,
  beforeRev: before.rev,
});

/** Set one matrix cell; `undo` is null when nothing changed. */
export async function setCell(
  session: DataSession,
  dutyId: string,
  staffId: string,
  role: CellRole,
): Promise<{ saved: Duty; undo: DutyUndo | null }> {
  const { db, repos } = session;
  return db.transaction('rw', db.duties, db.staff, async () => {
    const duty = await liveDuty(session, dutyId);
    if (role !== 'none') await checkActive(session, 'duties', 'staffId', [staffId]);
    const next = withCell(duty, staffId, role);
    if (sameHolders(next, duty)) return { saved: duty, undo: null };
    const saved = await repos.duties.update(dutyId, next);
    return { saved, undo: undoOf(duty, saved) };
  });
}

/** Apply a suggestion (or any set of duty changes) at once; returns what undoes it. */
export async function applyDutyChanges(
  session: DataSession,
  changes: readonly DutyChange[],
): Promise<DutyUndo[]> {
  const { db, repos } = session;
  return db.transaction('rw', db.duties, db.staff, async () => {
    const undos: DutyUndo[] = [];
    for (const change of changes) {
      const duty = await liveDuty(session, change.dutyId);
      await checkActive(session, 'duties', 'staffId', [change.primaryId, ...change.backupIds]);
      const saved = await repos.duties.update(change.dutyId, {
        primaryId: change.primaryId,
        backupIds: change.backupIds,
      });
      undos.push(undoOf(duty, saved));
    }
    return undos;
  });
}

/**
 * Undo matrix edits: every duty back to the holders it had, all or none. A duty changed since the edit
 * (here, on another machine, or by a later edit not undone first) is refused ('record.changed'), as is
 * giving a duty back to someone who has left since.
 */
export async function undoDutyEdits(session: DataSession, undos: readonly DutyUndo[]): Promise<Duty[]> {
  const { db, repos } = session;
  return db.transaction('rw', db.duties, db.staff, async () => {
    const saved: Duty[] = [];
    for (const undo of undos) {
      await checkActive(session, 'duties', 'staffId', [undo.holders.primaryId, ...undo.holders.backupIds]);
      saved.push(await repos.duties.update(undo.dutyId, undo.holders, { fromRev: undo.rev }));
    }
    return saved;
  });
}

/**
 * Add or change an absence (`editing`: the one changed, as the editor showed it). Refused with the field
 * named when it ends before it starts or overlaps another absence of the same person (`from` then names
 * the other absence's dates).
 */
export async function saveAbsence(session: DataSession, input: AbsenceInput, editing?: Editing) {
  const { db, repos } = session;
  const data = validate('absences', absenceFields, input);
  return db.transaction('rw', db.absences, db.staff, async () => {
    await checkAbsence(session, data, editing?.id);
    return repos.absences.save(data, editing);
  });
}

/** An absence is for someone on the team and overlaps none of theirs. */
async function checkAbsence(
  session: DataSession,
  data: { staffId: string; from: string; to: string },
  id?: string,
) {
  const person = await session.db.staff.get(data.staffId);
  if (!person || person.deleted) throw new Refusal('record.gone', 'staffId', {}, 'absences');
  const clash = await session.db.absences
    .where('staffId')
    .equals(data.staffId)
    .filter((a) => !a.deleted && a.id !== id && a.from <= data.to && data.from <= a.to)
    .first();
  if (clash) throw new Refusal('absence.overlaps', 'from', { from: clash.from, to: clash.to }, 'absences');
}

/** Undo a deleted absence, with the same checks as saving it (it may overlap one added since). */
export async function restoreAbsence(session: DataSession, id: string) {
  const { db, repos } = session;
  return db.transaction('rw', db.absences, db.staff, async () => {
    const absence = await db.absences.get(id);
    if (!absence) throw new Refusal('record.gone', 'id', {}, 'absences');
    await checkAbsence(session, absence, id);
    return repos.absences.restore(id);
  });
}

/**
 * Set a person's level in a skill (null removes it) and keep the change in the skill history, with
 * why (training, review or by hand). Nothing is written when the level does not change.
 */
export async function setSkill(
  session: DataSession,
  change: Pick<SkillChange, 'staffId' | 'skill' | 'to' | 'reason'> & { note?: string },
) {
  const { db, repos } = session;
  const skill = change.skill.trim();
  return db.transaction('rw', [db.staff, db.skillChanges], async () => {
    const person = await db.staff.get(change.staffId);
    if (!person || person.deleted) throw new Refusal('record.gone', 'staffId', {}, 'skillChanges');
    const from = person.skills.find((s) => s.skill === skill)?.level ?? null;
    if (from === change.to) return person;
    const others = person.skills.filter((s) => s.skill !== skill);
    const skills = change.to === null ? others : [...others, { skill, level: change.to }];
    // The history entry is validated first: a level out of range names `to`, and nothing is written.
    const entry = repos.skillChanges.stampNew({
      staffId: person.id,
      skill,
      from,
      to: change.to,
      reason: change.reason,
      at: new Date().toISOString(),
      note: change.note ?? '',
    });
    const saved = await repos.staff.update(person.id, { skills });
    await repos.skillChanges.bulkInsertStamped([entry]);
    return saved;
  });
}

/** What a person still holds: duties as primary or backup, open orders and absences to come. */
export async function holdingsOf(session: DataSession, staffId: string) {
  const { db } = session;
  const duties = (await db.duties.toArray()).filter(
    (d) => !d.deleted && (d.primaryId === staffId || d.backupIds.includes(staffId)),
  );
  const openOrders = await db.orders
    .where('[open+assigneeKey+dueKey]')
    .between([1, staffId, Dexie.minKey], [1, staffId, Dexie.maxKey])
    .primaryKeys();
  return { duties, openOrderIds: openOrders as string[] };
}

/**
 * A person leaves the team: their duties and open orders go to `handoverTo` (or are left without them,
 * for the checks to flag), so nothing points at someone who is gone. Removed: the record goes, with all
 * their absences. Kept as "left" (`update`, the form's other changes too): their absences to come go.
 */
export async function endMembership(
  session: DataSession,
  staffId: string,
  handoverTo: string | null,
  end: { remove: true } | { update: Partial<StaffInput> },
) {
  const { db, repos } = session;
  if (handoverTo === staffId) throw new Refusal('staff.samePerson', 'handoverTo', {}, 'staff');
  await db.transaction(
    'rw',
    [...writeTables(session), db.duties, db.absences, db.absenceDetails],
    async () => {
      const heir: Staff | undefined = handoverTo ? await db.staff.get(handoverTo) : undefined;
      if (handoverTo && (!heir || heir.deleted || heir.status === 'left'))
        throw new Refusal('staff.notActive', 'handoverTo', {}, 'staff');
      const { duties, openOrderIds } = await holdingsOf(session, staffId);
      // Orders move through the order commands, so each gets its timeline event.
      await assignOrders(session, openOrderIds, handoverTo);
      for (const duty of duties) {
        const role: CellRole = duty.primaryId === staffId ? 'primary' : 'backup';
        let next = withCell(duty, staffId, 'none');
        // The heir takes the same role, unless as a backup they already hold the duty.
        const holds = next.primaryId === heir?.id || next.backupIds.includes(heir?.id ?? '');
        if (heir && (role === 'primary' || !holds)) next = withCell(next, heir.id, role);
        await repos.duties.update(duty.id, next);
      }
      const today = localIsoDate(new Date());
      for (const absence of await db.absences.where('staffId').equals(staffId).toArray())
        if (!absence.deleted && ('remove' in end || absence.to >= today)) {
          await repos.absences.remove(absence.id);
          // A sick leave's confidential detail (absence-details.ts) goes with it.
          for (const detail of await db.absenceDetails.where('absenceId').equals(absence.id).toArray())
            if (!detail.deleted) await repos.absenceDetails.remove(detail.id);
        }
      if ('remove' in end) await repos.staff.remove(staffId);
      else await repos.staff.update(staffId, { ...end.update, status: 'left' });
    },
  );
}

/** Remove a person, handing their work over (see endMembership). */
export const removeStaff = (session: DataSession, staffId: string, handoverTo: string | null) =>
  endMembership(session, staffId, handoverTo, { remove: true });

/**
 * Remove a duty. Its weekly hours can go to another duty (`moveTo`), whose holders then carry them; its
 * assignments end with it, so no duty is left that points at the removed one or its people.
 */
export async function removeDuty(session: DataSession, dutyId: string, moveTo: string | null) {
  const { db, repos } = session;
  await db.transaction('rw', db.duties, async () => {
    const duty = await db.duties.get(dutyId);
    if (!duty) throw new Refusal('record.gone', 'id', {}, 'duties');
    if (moveTo) {
      const target = await db.duties.get(moveTo);
      if (!target || target.deleted || target.id === dutyId)
        throw new Refusal('duty.notAnother', 'moveTo', {}, 'duties');
      await repos.duties.update(target.id, {
        hoursPerWeek: Math.min(80, target.hoursPerWeek + duty.hoursPerWeek),
        description: target.description,
      });
    }
    await repos.duties.update(dutyId, { primaryId: null, backupIds: [] });
    await repos.duties.remove(dutyId);
  });
}
