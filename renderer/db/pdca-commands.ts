import { Refusal } from '../../shared/refusal';
import { advanceProblem, nextPhase } from '../../shared/rules/routines/pdca';
import type { ActionStatus } from '../../shared/schema/meeting';
import type { PdcaCycle, PdcaCycleInput } from '../../shared/schema/pdca';
import type { Editing } from './repository';
import type { DataSession } from './session';

// What a manager does with a PDCA cycle beyond editing its plan: give it tasks (action items from the
// cycle, each with an owner and a due day), mark them done, set the period after the change for the
// Check, record what was standardised in the Act, and move it on one phase at a time — only once the
// phase it leaves has done its part (rules/routines/pdca.ts). Each is one transaction.

/** A new cycle (in Plan), or its plan edited from the version the form showed. */
export const savePdca = (session: DataSession, input: PdcaCycleInput, editing?: Editing) =>
  session.repos.pdcaCycles.save(input, editing);

async function liveCycle(session: DataSession, id: string) {
  const cycle = await session.db.pdcaCycles.get(id);
  if (!cycle || cycle.deleted) throw new Refusal('record.gone', 'id', {}, 'pdcaCycles');
  return cycle;
}

/** The cycle's tasks: the live action items it gave. */
export const cycleTasks = async (session: Pick<DataSession, 'db'>, cycleId: string) =>
  (await session.db.actionItems.where('sourceId').equals(cycleId).toArray()).filter(
    (item) => !item.deleted && item.source === 'pdca',
  );

/** Move the cycle on to its next phase, refused with the reason while its phase has not done its part. */
export async function advancePdca(session: DataSession, id: string, today: string, fromRev?: string) {
  const { db, repos } = session;
  return db.transaction('rw', [db.pdcaCycles, db.actionItems], async () => {
    const cycle = await liveCycle(session, id);
    if (fromRev !== undefined && cycle.rev !== fromRev)
      throw new Refusal('record.changed', 'id', {}, 'pdcaCycles');
    const tasks = await cycleTasks(session, id);
    const problem = advanceProblem({ ...cycle, tasks, today });
    if (problem)
      throw new Refusal(
        problem.code,
        problem.field,
        problem.count === undefined ? {} : { count: problem.count },
        'pdcaCycles',
      );
    const phase = nextPhase(cycle.phase);
    if (phase === null) throw new Refusal('pdca.closed', 'phase', {}, 'pdcaCycles');
    return repos.pdcaCycles.update(id, { phase });
  });
}

export interface PdcaTaskInput {
  title: string;
  ownerId: string;
  due: string;
  note?: string;
}

/** A task of the cycle's Do step: an action item from the cycle, owned by someone active on the team. */
export async function addPdcaTask(session: DataSession, cycleId: string, task: PdcaTaskInput) {
  const { db, repos } = session;
  return db.transaction('rw', [db.pdcaCycles, db.actionItems, db.staff], async () => {
    const cycle = await liveCycle(session, cycleId);
    if (cycle.phase === 'closed') throw new Refusal('pdca.closed', 'phase', {}, 'actionItems');
    // The schema refuses an item without an owner; a chosen owner must be someone still on the team.
    if (task.ownerId) {
      const owner = await db.staff.get(task.ownerId);
      if (!owner) throw new Refusal('record.gone', 'ownerId', {}, 'actionItems');
      if (owner.deleted || owner.status === 'left')
        throw new Refusal('staff.notActive', 'ownerId', {}, 'actionItems');
    }
    return repos.actionItems.create({
      title: task.title,
      ownerId: task.ownerId,
      due: task.due,
      note: task.note ?? '',
      status: 'open',
      source: 'pdca',
      sourceId: cycleId,
    });
  });
}

/** Mark one of the cycle's tasks done (on `today`), cancelled, or open again. */
export async function setPdcaTaskStatus(
  session: DataSession,
  cycleId: string,
  taskId: string,
  status: ActionStatus,
  today: string,
) {
  const { db, repos } = session;
  return db.transaction('rw', [db.actionItems], async () => {
    const task = await db.actionItems.get(taskId);
    if (!task || task.deleted) throw new Refusal('record.gone', 'id', {}, 'actionItems');
    if (task.source !== 'pdca' || task.sourceId !== cycleId)
      throw new Refusal('pdca.notTask', 'id', {}, 'actionItems');
    return repos.actionItems.update(taskId, { status, doneOn: status === 'done' ? today : null });
  });
}

export type PdcaCheckInput = Pick<PdcaCycle, 'afterFrom' | 'afterTo' | 'checkNote'>;

/** The Check step: the period after the change and a note (the figures themselves are computed). */
export const savePdcaCheck = (session: DataSession, id: string, input: PdcaCheckInput, fromRev?: string) =>
  session.repos.pdcaCycles.update(id, input, fromRev === undefined ? {} : { fromRev });

export type PdcaActInput = Pick<PdcaCycle, 'sopId' | 'sopVersion' | 'dutyId' | 'actNote'>;

/**
 * The Act step: the SOP version that standardised the change (a published version of that document), or
 * the duty whose holders changed, and a note.
 */
export async function savePdcaAct(session: DataSession, id: string, input: PdcaActInput, fromRev?: string) {
  const { db, repos } = session;
  return db.transaction('rw', [db.pdcaCycles, db.sops, db.sopVersions, db.duties], async () => {
    await liveCycle(session, id);
    let sopVersion: number | null = null;
    if (input.sopId !== null) {
      const sop = await db.sops.get(input.sopId);
      if (!sop || sop.deleted) throw new Refusal('record.gone', 'sopId', {}, 'pdcaCycles');
      const versions = (await db.sopVersions.where('sopId').equals(input.sopId).toArray()).filter(
        (v) => !v.deleted,
      );
      if (input.sopVersion === null || !versions.some((v) => v.version === input.sopVersion))
        throw new Refusal('sop.noVersion', 'sopVersion', {}, 'pdcaCycles');
      sopVersion = input.sopVersion;
    }
    if (input.dutyId !== null) {
      const duty = await db.duties.get(input.dutyId);
      if (!duty || duty.deleted) throw new Refusal('record.gone', 'dutyId', {}, 'pdcaCycles');
    }
    return repos.pdcaCycles.update(
      id,
      { sopId: input.sopId, sopVersion, dutyId: input.dutyId, actNote: input.actNote },
      fromRev === undefined ? {} : { fromRev },
    );
  });
}
