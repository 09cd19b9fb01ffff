import { Refusal } from '../../shared/refusal';
import {
  type CoreValue,
  type CoreValueInput,
  coreValueFields,
  type RecognitionInput,
  recognitionFields,
} from '../../shared/schema/culture';
import { validate } from '../../shared/validation';
import type { Editing } from './repository';
import type { DataSession } from './session';

// The office's core values and recognitions. Each write is one transaction: a reorder swaps two values or
// none, the suggested values are added all or none, a recognition names a person, a value and a giver that
// are there.

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

async function liveValues(session: DataSession) {
  return (await session.db.coreValues.toArray()).filter((v) => !v.deleted);
}

/** Add or change a core value; a new one goes last. Two values of the same name are refused. */
export async function saveCoreValue(session: DataSession, input: CoreValueInput, editing?: Editing) {
  const { db, repos } = session;
  const data = validate('coreValues', coreValueFields, input);
  return db.transaction('rw', db.coreValues, async () => {
    const values = await liveValues(session);
    if (values.some((v) => v.id !== editing?.id && sameName(v.name, data.name)))
      throw new Refusal('culture.valueTaken', 'name', { name: data.name }, 'coreValues');
    if (editing) return repos.coreValues.update(editing.id, data, { fromRev: editing.rev });
    const order = Math.min(
      1000,
      values.reduce((max, v) => Math.max(max, v.order + 1), 0),
    );
    return repos.coreValues.create({ ...data, order });
  });
}

/** Move a value one place up (-1) or down (+1) among the values, renumbering them 0, 1, 2… */
export async function moveCoreValue(session: DataSession, id: string, step: -1 | 1) {
  const { db, repos } = session;
  return db.transaction('rw', db.coreValues, async () => {
    const values = (await liveValues(session)).sort(
      (a, b) => a.order - b.order || a.name.localeCompare(b.name),
    );
    const at = values.findIndex((v) => v.id === id);
    if (at < 0) throw new Refusal('record.gone', 'id', {}, 'coreValues');
    const to = at + step;
    if (to < 0 || to >= values.length) return;
    const moved = [...values];
    [moved[at], moved[to]] = [moved[to] as CoreValue, moved[at] as CoreValue];
    for (const [order, value] of moved.entries())
      if (value.order !== order) await repos.coreValues.update(value.id, { order });
  });
}

/** Add the suggested values the office does not have yet (by name); returns how many were added. */
export async function addSuggestedValues(
  session: DataSession,
  suggested: readonly { name: string; description: string }[],
) {
  const { db, repos } = session;
  return db.transaction('rw', db.coreValues, async () => {
    const values = await liveValues(session);
    let order = values.reduce((max, v) => Math.max(max, v.order + 1), 0);
    const fresh = suggested.filter((s) => !values.some((v) => sameName(v.name, s.name)));
    await repos.coreValues.bulkCreate(
      fresh.map((s) => ({ ...s, order: Math.min(1000, order++), active: true })),
    );
    return fresh.length;
  });
}

/**
 * Add or change a recognition. The person and a colleague who gave it must be on the team (a colleague
 * who left can still be named on one made before), the value active (or the one it had); giving it to
 * oneself is refused by the schema.
 */
export async function saveRecognition(session: DataSession, input: RecognitionInput, editing?: Editing) {
  const { db, repos } = session;
  const data = validate('recognitions', recognitionFields, input);
  return db.transaction('rw', [db.recognitions, db.coreValues, db.staff], async () => {
    const before = editing ? await db.recognitions.get(editing.id) : undefined;
    const person = await db.staff.get(data.staffId);
    if (!person || person.deleted) throw new Refusal('record.gone', 'staffId', {}, 'recognitions');
    if (data.givenById !== null) {
      const giver = await db.staff.get(data.givenById);
      if (!giver || giver.deleted) throw new Refusal('record.gone', 'givenById', {}, 'recognitions');
      if (giver.status === 'left' && before?.givenById !== giver.id)
        throw new Refusal('staff.notActive', 'givenById', {}, 'recognitions');
    }
    const value = await db.coreValues.get(data.valueId);
    if (!value || value.deleted) throw new Refusal('record.gone', 'valueId', {}, 'recognitions');
    if (!value.active && before?.valueId !== value.id)
      throw new Refusal('culture.valueInactive', 'valueId', {}, 'recognitions');
    return repos.recognitions.save(data, editing);
  });
}
