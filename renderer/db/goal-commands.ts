import { Refusal } from '../../shared/refusal';
import { wouldCycle } from '../../shared/rules/goals';
import {
  type Goal,
  type GoalCheckInInput,
  type GoalInput,
  goalCheckInFields,
  goalFields,
} from '../../shared/schema/goal';
import { validate } from '../../shared/validation';
import type { Editing } from './repository';
import type { DataSession } from './session';

// Saving goals and check-ins. The schema refuses a goal that is not SMART, letter by letter; what it cannot
// see alone — a parent goal that would close a loop, a check-in for a goal since deleted — is checked here,
// in the transaction that writes.

export async function saveGoal(session: DataSession, input: GoalInput, editing?: Editing): Promise<Goal> {
  const { db, repos } = session;
  const data = validate('goals', goalFields, input);
  return db.transaction('rw', [db.goals, db.staff, db.duties], async () => {
    if (data.parentId) {
      const goals = (await db.goals.toArray()).filter((g) => !g.deleted);
      if (!goals.some((g) => g.id === data.parentId))
        throw new Refusal('record.gone', 'parentId', {}, 'goals');
      if (editing && wouldCycle(goals, editing.id, data.parentId))
        throw new Refusal('goal.parentCycle', 'parentId', {}, 'goals');
    }
    if (data.ownerId) {
      const owner = await db.staff.get(data.ownerId);
      if (!owner || owner.deleted) throw new Refusal('record.gone', 'ownerId', {}, 'goals');
    }
    if (data.dutyId) {
      const duty = await db.duties.get(data.dutyId);
      if (!duty || duty.deleted) throw new Refusal('record.gone', 'dutyId', {}, 'goals');
    }
    return repos.goals.save(data, editing);
  });
}

export async function saveCheckIn(session: DataSession, input: GoalCheckInInput) {
  const { db, repos } = session;
  const data = validate('goalCheckIns', goalCheckInFields, input);
  return db.transaction('rw', [db.goals, db.goalCheckIns], async () => {
    const goal = await db.goals.get(data.goalId);
    if (!goal || goal.deleted) throw new Refusal('record.gone', 'goalId', {}, 'goalCheckIns');
    return repos.goalCheckIns.create(data);
  });
}

/** Soft delete (the tombstone travels); its sub-goals stay and show as top-level goals. */
export const removeGoal = (session: DataSession, id: string) => session.repos.goals.remove(id);
export const restoreGoal = (session: DataSession, id: string) => session.repos.goals.restore(id);
