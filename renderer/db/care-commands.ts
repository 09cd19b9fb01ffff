import { Refusal } from '../../shared/refusal';
import {
  type CareRecordInput,
  careRecordFields,
  isArrangement,
  isWelfare,
  type TeamEventInput,
  teamEventFields,
} from '../../shared/schema/care';
import { validate } from '../../shared/validation';
import type { Editing } from './repository';
import type { DataSession } from './session';

// Team events and care records: each write checks the people it names in the same transaction, so an
// event or a care record never points at someone removed meanwhile.

async function checkPeople(session: DataSession, table: string, field: string, ids: readonly string[]) {
  const people = await session.db.staff.bulkGet([...ids]);
  if (people.some((p) => !p || p.deleted)) throw new Refusal('record.gone', field, {}, table);
}

/** Add or change a team event (`editing`: as the form showed it). A participant counts once. */
export async function saveTeamEvent(session: DataSession, input: TeamEventInput, editing?: Editing) {
  const { db, repos } = session;
  const data = validate('teamEvents', teamEventFields, {
    ...input,
    participants: [...new Set(input.participants ?? [])],
  });
  return db.transaction('rw', [db.teamEvents, db.staff], async () => {
    await checkPeople(session, 'teamEvents', 'participants', data.participants);
    return repos.teamEvents.save(data, editing);
  });
}

/**
 * Add or change a care record. Welfare items carry an amount (minor units of the office currency), notes
 * and arrangements none; an arrangement runs from `date` to `until` (open-ended when null).
 */
export async function saveCareRecord(session: DataSession, input: CareRecordInput, editing?: Editing) {
  const { db, repos } = session;
  const data = validate('careRecords', careRecordFields, input);
  const welfare = isWelfare(data.kind);
  if (welfare && data.amount === null) throw new Refusal('field.required', 'amount', {}, 'careRecords');
  const clean = {
    ...data,
    amount: welfare ? data.amount : null,
    until: isArrangement(data.kind) ? data.until : null,
  };
  return db.transaction('rw', [db.careRecords, db.staff], async () => {
    await checkPeople(session, 'careRecords', 'staffId', [clean.staffId]);
    return repos.careRecords.save(clean, editing);
  });
}
