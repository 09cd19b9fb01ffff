import { describe, expect, it } from 'vitest';
import { acknowledgeSop, publishSop, saveSop, saveSopDraft } from '../../../renderer/db/sop-commands';
import { loadSopList, loadSopView } from '../../../renderer/db/sop-queries';
import { Refusal } from '../../../shared/refusal';
import { freshSession, staffInput } from './fixtures';

async function office() {
  const session = await freshSession();
  const ann = await session.repos.staff.create(staffInput('Ann'));
  const bob = await session.repos.staff.create(staffInput('Bob'));
  const cy = await session.repos.staff.create(staffInput('Cy', { status: 'left' }));
  const sop = await saveSop(session, {
    title: 'Processing an order',
    process: 'order_processing',
    ownerId: ann.id,
    reviewOn: '2026-11-01',
    draft: '# Steps\n1. Check stock\n',
  });
  return { session, ann, bob, cy, sop };
}

const refusalOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Refusal);
  return error as Refusal;
};

describe('process documents', () => {
  it('publish the draft as version 1, then 2, each with its note, in one step with the draft', async () => {
    const { session, sop } = await office();
    const v1 = await publishSop(session, sop.id, { draft: sop.draft, note: 'First' });
    expect(v1).toMatchObject({ version: 1, body: '# Steps\n1. Check stock', note: 'First' });
    const v2 = await publishSop(session, sop.id, {
      draft: '# Steps\n1. Check stock\n2. Confirm\n',
      note: 'Confirm',
    });
    expect(v2.version).toBe(2);
    expect((await session.db.sops.get(sop.id))?.draft).toBe('# Steps\n1. Check stock\n2. Confirm');
    const view = await loadSopView(session.db, sop.id, '2026-11-28');
    expect(view?.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(view?.current?.version).toBe(2);
    expect(view?.reviewDue).toBe(true);
  });

  it('refuse publishing an empty draft or one the current version already says, writing nothing', async () => {
    const { session, sop } = await office();
    expect((await refusalOf(publishSop(session, sop.id, { draft: '  \n', note: '' }))).code).toBe(
      'sop.emptyDraft',
    );
    await publishSop(session, sop.id, { draft: sop.draft, note: '' });
    const same = await refusalOf(
      publishSop(session, sop.id, { draft: '# Steps\r\n1. Check stock', note: '' }),
    );
    expect(same).toMatchObject({ code: 'sop.unchanged', field: 'draft' });
    expect(await session.db.sopVersions.count()).toBe(1);
  });

  it('refuse a publish from a version of the document changed meanwhile', async () => {
    const { session, sop } = await office();
    await saveSopDraft(session, sop.id, 'Changed elsewhere', sop.rev);
    const stale = await refusalOf(publishSop(session, sop.id, { draft: 'Mine', note: '' }, sop.rev));
    expect(stale.code).toBe('record.changed');
    expect(await session.db.sopVersions.count()).toBe(0);
  });

  it('count acknowledgements of the current version only, by active staff', async () => {
    const { session, sop, ann, bob, cy } = await office();
    await publishSop(session, sop.id, { draft: sop.draft, note: '' });
    await acknowledgeSop(session, sop.id, ann.id, 1);
    await acknowledgeSop(session, sop.id, bob.id, 1);
    let [row] = await loadSopList(session.db, '2026-11-28');
    expect(row).toMatchObject({ current: { version: 1 }, acknowledged: 2, activeStaff: 2, reviewDue: true });

    await publishSop(session, sop.id, { draft: `${sop.draft}2. Confirm\n`, note: 'Confirm' });
    [row] = await loadSopList(session.db, '2026-11-28');
    expect(row).toMatchObject({ current: { version: 2 }, acknowledged: 0 });
    // Acknowledging the old version is refused: it does not count for the current one.
    expect(await refusalOf(acknowledgeSop(session, sop.id, ann.id, 1))).toMatchObject({
      code: 'sop.notCurrent',
      params: { version: 2 },
    });
    await acknowledgeSop(session, sop.id, ann.id, 2);
    expect((await refusalOf(acknowledgeSop(session, sop.id, ann.id, 2))).code).toBe(
      'sop.alreadyAcknowledged',
    );
    expect((await refusalOf(acknowledgeSop(session, sop.id, cy.id, 2))).code).toBe('staff.notActive');
    const view = await loadSopView(session.db, sop.id, '2026-10-01');
    expect(view?.reviewDue).toBe(false);
    expect(view?.readers.map((r) => [r.staff.name, r.at !== null, r.older?.version ?? null])).toEqual([
      ['Ann', true, 1],
      ['Bob', false, 1],
    ]);
    [row] = await loadSopList(session.db, '2026-11-28');
    expect(row?.acknowledged).toBe(1);
  });

  it('refuse an acknowledgement before anything is published', async () => {
    const { session, sop, ann } = await office();
    expect((await refusalOf(acknowledgeSop(session, sop.id, ann.id, 1))).code).toBe('sop.noVersion');
    expect(await session.db.sopAcks.count()).toBe(0);
  });
});
