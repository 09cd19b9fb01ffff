import { describe, expect, it } from 'vitest';
import {
  loadAbsencesShown,
  removeAbsenceShown,
  restoreAbsenceShown,
  saveAbsenceShown,
  splitSickLeave,
} from '../../../renderer/db/absence-details';
import { applyPackage } from '../../../renderer/db/package-apply';
import { exportPackage } from '../../../renderer/db/package-export';
import { previewPackage } from '../../../renderer/db/package-import';
import { storesAt, V2026_12_08 } from '../../../renderer/db/schema-versions';
import { endMembership } from '../../../renderer/db/team-commands';
import { tableNames } from '../../../shared/schema/tables';
import { freshSession, staffInput } from './fixtures';

// Sick leave: the shared absence says "away" with no note; the reason and note are a confidential detail,
// written, edited and deleted with it in one transaction.

async function office() {
  const session = await freshSession(() => new Date('2026-12-01T09:00:00+08:00'));
  const [ann, bob] = await session.repos.staff.bulkCreate([staffInput('Ann'), staffInput('Bob')]);
  if (!ann || !bob) throw new Error('no staff');
  return { session, ann, bob };
}

const sickInput = (staffId: string, note = 'Back pain') => ({
  staffId,
  kind: 'sick' as const,
  from: '2026-12-10',
  to: '2026-12-11',
  note,
});

describe('sick leave and its confidential detail', () => {
  it('writes the shared absence as "away" without its note, and the detail with it', async () => {
    const { session, ann } = await office();
    const shown = await saveAbsenceShown(session, sickInput(ann.id));
    expect(shown).toMatchObject({ kind: 'sick', note: 'Back pain' });
    expect(await session.db.absences.get(shown.id)).toMatchObject({ kind: 'away', note: '' });
    expect(await session.db.absenceDetails.toArray()).toMatchObject([
      { absenceId: shown.id, reason: 'sick', note: 'Back pain' },
    ]);
    expect(await loadAbsencesShown(session.db)).toMatchObject([
      { id: shown.id, kind: 'sick', note: 'Back pain' },
    ]);
  });

  it('shows an "away" absence without a detail (another machine\'s sick leave) as away', async () => {
    const { session, ann } = await office();
    const away = await session.repos.absences.create({ ...sickInput(ann.id, ''), kind: 'away' });
    expect(await loadAbsencesShown(session.db)).toMatchObject([
      { id: away.id, kind: 'away', detailRev: null },
    ]);
  });

  it('edits them together: a new note changes the detail, another kind drops it', async () => {
    const { session, ann } = await office();
    const first = await saveAbsenceShown(session, sickInput(ann.id));
    const second = await saveAbsenceShown(session, sickInput(ann.id, 'Still in pain'), first);
    expect(second.note).toBe('Still in pain');
    expect(await session.db.absenceDetails.count()).toBe(1);
    const third = await saveAbsenceShown(
      session,
      { ...sickInput(ann.id, 'Visiting family'), kind: 'leave' },
      second,
    );
    expect(third).toMatchObject({ kind: 'leave', note: 'Visiting family', detailRev: null });
    expect(await session.db.absenceDetails.toArray()).toMatchObject([{ deleted: true }]);
  });

  it('refuses an overlap and writes nothing, neither absence nor detail', async () => {
    const { session, ann } = await office();
    await saveAbsenceShown(session, sickInput(ann.id));
    await expect(
      saveAbsenceShown(session, { ...sickInput(ann.id, 'Again'), from: '2026-12-11', to: '2026-12-12' }),
    ).rejects.toMatchObject({ code: 'absence.overlaps' });
    expect(await session.db.absences.count()).toBe(1);
    expect(await session.db.absenceDetails.count()).toBe(1);
  });

  it('refuses a note too long for the detail, before anything is written', async () => {
    const { session, ann } = await office();
    await expect(saveAbsenceShown(session, sickInput(ann.id, 'x'.repeat(301)))).rejects.toBeTruthy();
    expect(await session.db.absences.count()).toBe(0);
    expect(await session.db.absenceDetails.count()).toBe(0);
  });

  it('deletes and restores them together', async () => {
    const { session, ann } = await office();
    const shown = await saveAbsenceShown(session, sickInput(ann.id));
    const detailIds = await removeAbsenceShown(session, shown.id);
    expect(detailIds).toHaveLength(1);
    expect(await loadAbsencesShown(session.db)).toEqual([]);
    expect(await session.db.absenceDetails.toArray()).toMatchObject([{ deleted: true }]);
    await restoreAbsenceShown(session, shown.id, detailIds);
    expect(await loadAbsencesShown(session.db)).toMatchObject([{ kind: 'sick', note: 'Back pain' }]);
  });

  it("a person removed takes their sick leave's detail with the absence", async () => {
    const { session, ann } = await office();
    await saveAbsenceShown(session, sickInput(ann.id));
    await endMembership(session, ann.id, null, { remove: true });
    expect(await session.db.absenceDetails.toArray()).toMatchObject([{ deleted: true }]);
  });

  it('splits a "sick" absence a package of an older machine brought, into the detail it already has', async () => {
    const { session, ann } = await office();
    const shown = await saveAbsenceShown(session, sickInput(ann.id));
    // As an older machine edits it: kind 'sick' with the note, written as it came.
    const stored = await session.db.absences.get(shown.id);
    if (!stored) throw new Error('no absence');
    await session.db.absences.put({
      ...stored,
      kind: 'sick',
      note: 'Edited elsewhere',
      rev: `${stored.rev}x`,
    });
    expect(await splitSickLeave(session)).toBe(1);
    expect(await session.db.absences.get(shown.id)).toMatchObject({ kind: 'away', note: '' });
    expect(await session.db.absenceDetails.toArray()).toMatchObject([
      { note: 'Edited elsewhere', deleted: false },
    ]);
    expect(await splitSickLeave(session)).toBe(0);
  });

  it('splits a deleted sick absence too, its detail deleted with it', async () => {
    const { session, ann } = await office();
    const old = await session.repos.absences.create(sickInput(ann.id));
    await session.repos.absences.remove(old.id);
    expect(await splitSickLeave(session)).toBe(1);
    expect(await session.db.absences.get(old.id)).toMatchObject({ kind: 'away', note: '', deleted: true });
    expect(await session.db.absenceDetails.toArray()).toMatchObject([{ note: 'Back pain', deleted: true }]);
  });
});

describe('a package from a machine not yet at 20261209', () => {
  it('has its sick leave split as it is imported, in the same transaction: the note never sits shared', async () => {
    const older = await freshSession(() => new Date('2026-12-01T09:00:00+08:00'));
    const [ann] = await older.repos.staff.bulkCreate([staffInput('Ann')]);
    if (!ann) throw new Error('no staff');
    // What the older version wrote: a shared absence of kind 'sick' with its note.
    const sick = await older.repos.absences.create(sickInput(ann.id, 'Flu'));
    const tables = tableNames.filter((t) => storesAt(V2026_12_08).includes(t));
    const parts: Uint8Array[] = [];
    await exportPackage(older, {
      scope: { kind: 'full', tables, confidential: true },
      schemaVersion: V2026_12_08,
      sink: (chunk) => {
        parts.push(chunk);
      },
      iterations: 1_000,
    });
    const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
    const here = await freshSession(() => new Date('2026-12-01T09:00:00+08:00'));
    await applyPackage(here, await previewPackage(here, bytes), { mode: 'merge' });
    const absence = await here.db.absences.get(sick.id);
    expect(absence).toMatchObject({ kind: 'away', note: '' });
    // A newer version than the one that came, so the older machine takes the split from the next package.
    expect((absence?.rev ?? '') > sick.rev).toBe(true);
    expect(await here.db.absenceDetails.toArray()).toMatchObject([
      { absenceId: sick.id, reason: 'sick', note: 'Flu', deleted: false },
    ]);
  });
});
