import { describe, expect, it } from 'vitest';
import {
  addPdcaTask,
  advancePdca,
  savePdca,
  savePdcaAct,
  savePdcaCheck,
  setPdcaTaskStatus,
} from '../../../renderer/db/pdca-commands';
import { loadPdcaList, loadPdcaView } from '../../../renderer/db/pdca-queries';
import { publishSop, saveSop } from '../../../renderer/db/sop-commands';
import { Refusal } from '../../../shared/refusal';
import { metricKey } from '../../../shared/rules/rollups';
import { freshSession, staffInput } from './fixtures';

const refusalOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Refusal);
  return error as Refusal;
};

/** Rollup rows as the order writes keep them: received and returned orders on a day. */
async function errors(
  session: Awaited<ReturnType<typeof freshSession>>,
  day: string,
  received: number,
  returned: number,
) {
  await session.db.stats.bulkPut([
    { key: metricKey('received', day, '-'), count: received, amount: 0 },
    { key: metricKey('returned', day, '-'), count: returned, amount: 0 },
  ]);
}

async function office() {
  const session = await freshSession();
  const ann = await session.repos.staff.create(staffInput('Ann'));
  const cycle = await savePdca(session, {
    title: 'Fewer order errors',
    process: 'order_processing',
    problem: 'Wrong goods on mixed orders',
    metric: 'errorRate',
    target: 3,
    measures: 'A second check of mixed orders',
    beforeFrom: '2026-09-01',
    beforeTo: '2026-09-30',
  });
  return { session, ann, cycle };
}

describe('a PDCA cycle', () => {
  it('runs plan → do → check → act → closed, each step refused until its phase has done its part', async () => {
    const { session, ann, cycle } = await office();
    const today = '2026-11-28';
    let c = await advancePdca(session, cycle.id, today);
    expect(c.phase).toBe('do');
    expect((await refusalOf(advancePdca(session, cycle.id, today))).code).toBe('pdca.noTasks');
    const task = await addPdcaTask(session, cycle.id, {
      title: 'Second check',
      ownerId: ann.id,
      due: '2026-10-10',
    });
    expect(task).toMatchObject({ source: 'pdca', sourceId: cycle.id, status: 'open' });
    await addPdcaTask(session, cycle.id, { title: 'Train the team', ownerId: ann.id, due: '2026-10-12' });
    await setPdcaTaskStatus(session, cycle.id, task.id, 'done', '2026-10-09');
    expect(await refusalOf(advancePdca(session, cycle.id, today))).toMatchObject({
      code: 'pdca.tasksOpen',
      params: { count: 1 },
    });
    const [, second] = (await loadPdcaView(session.db, cycle.id, today))?.tasks ?? [];
    await setPdcaTaskStatus(session, cycle.id, second?.item.id ?? '', 'cancelled', today);
    expect((await advancePdca(session, cycle.id, today)).phase).toBe('check');

    expect((await refusalOf(advancePdca(session, cycle.id, today))).code).toBe('pdca.noAfterPeriod');
    c = await savePdcaCheck(session, cycle.id, {
      afterFrom: '2026-10-15',
      afterTo: '2026-11-30',
      checkNote: '',
    });
    expect((await refusalOf(advancePdca(session, cycle.id, today))).code).toBe('pdca.afterNotOver');
    await savePdcaCheck(
      session,
      cycle.id,
      { afterFrom: '2026-10-15', afterTo: '2026-11-15', checkNote: 'Better' },
      c.rev,
    );
    expect((await advancePdca(session, cycle.id, today)).phase).toBe('act');

    expect((await refusalOf(advancePdca(session, cycle.id, today))).code).toBe('pdca.notStandardised');
    const sop = await saveSop(session, {
      title: 'Orders',
      process: 'order_processing',
      ownerId: ann.id,
      draft: 'v1',
    });
    await publishSop(session, sop.id, { draft: 'v1', note: '' });
    expect(
      (
        await refusalOf(
          savePdcaAct(session, cycle.id, { sopId: sop.id, sopVersion: 2, dutyId: null, actNote: '' }),
        )
      ).code,
    ).toBe('sop.noVersion');
    await savePdcaAct(session, cycle.id, { sopId: sop.id, sopVersion: 1, dutyId: null, actNote: '' });
    expect((await advancePdca(session, cycle.id, today)).phase).toBe('closed');
    expect((await refusalOf(advancePdca(session, cycle.id, today))).code).toBe('pdca.closed');
    expect(
      (await refusalOf(addPdcaTask(session, cycle.id, { title: 'x', ownerId: ann.id, due: today }))).code,
    ).toBe('pdca.closed');
  });

  it('refuses a task without an owner, and a task of another cycle, writing nothing', async () => {
    const { session, cycle } = await office();
    const nobody = await refusalOf(
      addPdcaTask(session, cycle.id, { title: 'x', ownerId: '', due: '2026-12-01' }),
    );
    expect(nobody.field).toBe('ownerId');
    const stranger = await refusalOf(
      addPdcaTask(session, cycle.id, { title: 'x', ownerId: crypto.randomUUID(), due: '2026-12-01' }),
    );
    expect([stranger.code, stranger.field]).toEqual(['record.gone', 'ownerId']);
    expect(await session.db.actionItems.count()).toBe(0);
    const other = await session.repos.actionItems.create({
      title: 'From a meeting',
      ownerId: crypto.randomUUID(),
      due: '2026-12-01',
      source: 'meeting',
    });
    expect((await refusalOf(setPdcaTaskStatus(session, cycle.id, other.id, 'done', '2026-12-01'))).code).toBe(
      'pdca.notTask',
    );
  });

  it('checks the metric over the period before and after, from the rollups', async () => {
    const { session, cycle } = await office();
    await errors(session, '2026-09-10', 100, 8);
    await errors(session, '2026-10-20', 50, 1);
    await errors(session, '2026-11-10', 50, 1);
    let view = await loadPdcaView(session.db, cycle.id, '2026-11-28');
    expect(view?.check).toMatchObject({ before: 8, after: null, change: null, targetMet: null });
    await savePdcaCheck(session, cycle.id, { afterFrom: '2026-10-15', afterTo: '2026-11-15', checkNote: '' });
    view = await loadPdcaView(session.db, cycle.id, '2026-11-28');
    expect(view?.check).toMatchObject({
      metric: 'errorRate',
      before: 8,
      after: 2,
      change: -6,
      improved: true,
      targetMet: true,
      better: 'lower',
      afterSoFar: false,
    });
    // Under way: the after figure so far.
    view = await loadPdcaView(session.db, cycle.id, '2026-11-01');
    expect(view?.check).toMatchObject({ after: 2, afterSoFar: true, afterPeriod: { to: '2026-11-01' } });
  });

  it('says "no data" for periods with nothing to measure', async () => {
    const { session, cycle } = await office();
    await savePdcaCheck(session, cycle.id, { afterFrom: '2026-10-15', afterTo: '2026-11-15', checkNote: '' });
    const view = await loadPdcaView(session.db, cycle.id, '2026-11-28');
    expect(view?.check).toMatchObject({
      before: null,
      after: null,
      change: null,
      improved: null,
      targetMet: null,
    });
  });

  it('lists cycles per process, with their tasks done', async () => {
    const { session, ann, cycle } = await office();
    await savePdca(session, {
      title: 'Faster replies',
      process: 'customer_service',
      metric: 'confirmHours',
      beforeFrom: '2026-10-01',
      beforeTo: '2026-10-31',
    });
    const task = await addPdcaTask(session, cycle.id, { title: 'Check', ownerId: ann.id, due: '2026-12-01' });
    await setPdcaTaskStatus(session, cycle.id, task.id, 'done', '2026-11-28');
    expect((await loadPdcaList(session.db)).map((r) => r.cycle.title)).toEqual([
      'Faster replies',
      'Fewer order errors',
    ]);
    expect(await loadPdcaList(session.db, 'order_processing')).toMatchObject([{ tasks: 1, tasksDone: 1 }]);
  });
});
