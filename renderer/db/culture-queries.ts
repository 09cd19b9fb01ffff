import type { CoreValue, Recognition } from '../../shared/schema/culture';
import type { SalesDeskDb } from './database';

// What the culture tab, the person's page (team area) and a review read of the office's core values and
// recognitions: records without tombstones.

/** The core values in their order (inactive ones after the active, for the record). */
export async function loadCoreValues(db: SalesDeskDb): Promise<CoreValue[]> {
  const rows = (await db.coreValues.toArray()).filter((v) => !v.deleted);
  return rows.sort(
    (a, b) => Number(b.active) - Number(a.active) || a.order - b.order || a.name.localeCompare(b.name),
  );
}

/** Recognitions, newest first; `staffId` narrows them to one person. */
export async function loadRecognitions(db: SalesDeskDb, staffId?: string): Promise<Recognition[]> {
  const rows = staffId
    ? await db.recognitions.where('staffId').equals(staffId).toArray()
    : await db.recognitions.toArray();
  return rows
    .filter((r) => !r.deleted)
    .sort((a, b) =>
      a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date),
    );
}

export interface RecognitionRow {
  recognition: Recognition;
  /** The value's name; undefined when the value was removed. */
  valueName: string | undefined;
  /** Who gave it: a colleague's name, null for the manager, undefined when that colleague was removed. */
  giverName: string | null | undefined;
}

/** One person's recognitions with the names they show, newest first (the person's page). */
export async function loadRecognitionRows(db: SalesDeskDb, staffId: string): Promise<RecognitionRow[]> {
  const [rows, values, staff] = await Promise.all([
    loadRecognitions(db, staffId),
    db.coreValues.toArray(),
    db.staff.toArray(),
  ]);
  const valueNames = new Map(values.filter((v) => !v.deleted).map((v) => [v.id, v.name]));
  const names = new Map(staff.filter((s) => !s.deleted).map((s) => [s.id, s.name]));
  return rows.map((recognition) => ({
    recognition,
    valueName: valueNames.get(recognition.valueId),
    giverName: recognition.givenById === null ? null : names.get(recognition.givenById),
  }));
}

/** A person's recognitions from `from` to `to` (a review's period): how many, and the values they name. */
export async function recognitionsInPeriod(
  db: SalesDeskDb,
  staffId: string,
  from: string,
  to: string,
): Promise<{ count: number; values: string[] }> {
  const rows = (await loadRecognitions(db, staffId)).filter((r) => r.date >= from && r.date <= to);
  const values = await db.coreValues.bulkGet([...new Set(rows.map((r) => r.valueId))]);
  const names = values.filter((v) => v && !v.deleted).map((v) => (v as CoreValue).name);
  return { count: rows.length, values: names.sort((a, b) => a.localeCompare(b)) };
}
