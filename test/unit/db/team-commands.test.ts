import { describe, expect, it } from 'vitest';
import { type OrderDraft, saveNewOrder } from '../../../renderer/db/order-commands';
import {
  applyDutyChanges,
  endMembership,
  holdingsOf,
  removeDuty,
  removeStaff,
  restoreAbsence,
  saveAbsence,
  setCell,
  setSkill,
  undoDutyEdits,
} from '../../../renderer/db/team-commands';
import { localIsoDate } from '../../../shared/rules/local-date';
import type { StaffInput } from '../../../shared/schema/staff';
import { customerInput, freshSession, staffInput } from './fixtures';

/** Staff here take orders. */
const person = (name: string, overrides: Partial<StaffInput> = {}) =>
  staffInput(name, { handlesOrders: true, ...overrides });

async function office() {
  const session = await freshSession(() => new Date());
  const { repos } = session;
  const [ann, bob, cai] = await repos.staff.bulkCreate([person('Ann'), person('Bob'), person('Cai')]);
  if (!ann || !bob || !cai) throw new Error('no staff');
  const orders = await repos.duties.create({
    name: 'Order processing',
    complexity: 'standard',
    hoursPerWeek: 20,
    routesOrders: true,
    primaryId: ann.id,
    backupIds: [bob.id],
  });
  const filing = await repos.duties.create({ name: 'Filing', complexity: 'simple', hoursPerWeek: 4 });
  const customer = await repos.customers.create(customerInput());
  const product = await repos.products.create({
    sku: 'P1',
    name: 'Chair',
    unit: 'pc',
    unitPrice: 100,
    taxRate: 0,
    active: true,
  });
  const draft: OrderDraft = {
    customerId: customer.id,
    lines: [{ productId: product.id, quantity: 1, unitPrice: 100, taxRate: 0 }],
    priority: 'normal',
    requestedDate: null,
    notes: '',
  };
  return { session, ann, bob, cai, orders, filing, draft };
}

const today = () => localIsoDate(new Date());

describe('duty matrix commands', () => {
  it('a cell edit keeps one role per person: a backup made primary leaves the backups', async () => {
    const { session, ann, bob, orders } = await office();
    const { saved: after } = await setCell(session, orders.id, bob.id, 'primary');
    // Ann was primary: she stays on the duty, as its backup.
    expect(after).toMatchObject({ primaryId: bob.id, backupIds: [ann.id] });
    const again = await setCell(session, orders.id, ann.id, 'backup');
    expect(again).toMatchObject({ saved: { primaryId: bob.id, backupIds: [ann.id] }, undo: null });
    expect((await setCell(session, orders.id, bob.id, 'none')).saved).toMatchObject({ primaryId: null });
  });

  it('a new primary in a row that has one makes the old primary the first backup; undo restores the duty exactly', async () => {
    const { session, ann, bob, cai, orders } = await office();
    const before = await session.db.duties.get(orders.id);
    const { saved, undo } = await setCell(session, orders.id, cai.id, 'primary');
    expect(saved).toMatchObject({ primaryId: cai.id, backupIds: [ann.id, bob.id] });
    if (!undo) throw new Error('no undo');
    const [restored] = await undoDutyEdits(session, [undo]);
    expect(restored).toMatchObject({ primaryId: ann.id, backupIds: [bob.id] });
    expect(restored?.rev).not.toBe(saved.rev);
    expect(await session.db.duties.get(orders.id)).toMatchObject({
      primaryId: before?.primaryId,
      backupIds: before?.backupIds,
    });
  });

  it('an undo over a change made meanwhile is refused and changes nothing', async () => {
    const { session, bob, cai, orders } = await office();
    const { undo } = await setCell(session, orders.id, cai.id, 'primary');
    if (!undo) throw new Error('no undo');
    // Meanwhile (another window, or a package from another machine) Bob leaves the duty.
    const meanwhile = (await setCell(session, orders.id, bob.id, 'none')).saved;
    await expect(undoDutyEdits(session, [undo])).rejects.toMatchObject({ code: 'record.changed' });
    expect(await session.db.duties.get(orders.id)).toEqual(meanwhile);
  });

  it('a suggestion applied is undone whole, or not at all', async () => {
    const { session, ann, bob, cai, orders, filing } = await office();
    const undos = await applyDutyChanges(session, [
      { dutyId: orders.id, primaryId: bob.id, backupIds: [cai.id] },
      { dutyId: filing.id, primaryId: cai.id, backupIds: [ann.id] },
    ]);
    // Filing is changed meanwhile: the undo of both duties is refused, order processing included.
    const meanwhile = (await setCell(session, filing.id, bob.id, 'backup')).saved;
    await expect(undoDutyEdits(session, undos)).rejects.toMatchObject({ code: 'record.changed' });
    expect(await session.db.duties.get(orders.id)).toMatchObject({ primaryId: bob.id, backupIds: [cai.id] });
    expect(await session.db.duties.get(filing.id)).toEqual(meanwhile);

    const fresh = await applyDutyChanges(session, [
      { dutyId: orders.id, primaryId: cai.id, backupIds: [] },
      { dutyId: filing.id, primaryId: null, backupIds: [] },
    ]);
    await undoDutyEdits(session, fresh);
    expect(await session.db.duties.get(orders.id)).toMatchObject({ primaryId: bob.id, backupIds: [cai.id] });
    expect(await session.db.duties.get(filing.id)).toMatchObject({
      primaryId: cai.id,
      backupIds: [ann.id, bob.id],
    });
  });

  it('a submitted order goes to whoever covers order processing today: the backup while the primary is away', async () => {
    const { session, ann, bob, draft } = await office();
    expect((await saveNewOrder(session, draft, true)).assigneeId).toBe(ann.id);
    await saveAbsence(session, { staffId: ann.id, kind: 'leave', from: today(), to: today() });
    expect((await saveNewOrder(session, draft, true)).assigneeId).toBe(bob.id);
  });

  it('a duty for a segment takes that segment’s orders before the catch-all duty', async () => {
    const { session, cai, draft } = await office();
    await session.repos.duties.create({
      name: 'Key accounts',
      complexity: 'complex',
      hoursPerWeek: 10,
      routesOrders: true,
      primaryId: cai.id,
      covers: { segments: ['key'], regions: [] },
    });
    // The fixture's customer is a key account.
    expect((await saveNewOrder(session, draft, true)).assigneeId).toBe(cai.id);
  });

  it('absences: end before start and overlaps are refused with the field named, and nothing is saved', async () => {
    const { session, ann } = await office();
    await expect(
      saveAbsence(session, { staffId: ann.id, kind: 'sick', from: '2026-12-10', to: '2026-12-09' }),
    ).rejects.toMatchObject({ field: 'to', code: 'date.endBeforeStart' });
    const first = await saveAbsence(session, {
      staffId: ann.id,
      kind: 'leave',
      from: '2026-12-07',
      to: '2026-12-11',
    });
    await expect(
      saveAbsence(session, { staffId: ann.id, kind: 'training', from: '2026-12-11', to: '2026-12-12' }),
    ).rejects.toMatchObject({
      field: 'from',
      code: 'absence.overlaps',
      params: { from: '2026-12-07', to: '2026-12-11' },
    });
    expect(await session.db.absences.count()).toBe(1);
    // Moving the same absence over its own dates is no overlap.
    await saveAbsence(session, { ...first, from: '2026-12-08' }, { id: first.id, rev: first.rev });
    expect((await session.db.absences.get(first.id))?.from).toBe('2026-12-08');
  });

  it('a mistyped year is refused (a package reader would refuse the whole file for it)', async () => {
    const { session, ann } = await office();
    await expect(
      saveAbsence(session, { staffId: ann.id, kind: 'leave', from: '2206-12-07', to: '2206-12-08' }),
    ).rejects.toMatchObject({ field: 'from', code: 'field.dateRange' });
    await expect(session.repos.staff.update(ann.id, { startDate: '1999-12-31' })).rejects.toMatchObject({
      field: 'startDate',
    });
    expect(await session.db.absences.count()).toBe(0);
  });

  it('undoing a deleted absence is refused when one added since overlaps it', async () => {
    const { session, ann } = await office();
    const first = await saveAbsence(session, {
      staffId: ann.id,
      kind: 'leave',
      from: '2026-12-07',
      to: '2026-12-09',
    });
    await session.repos.absences.remove(first.id);
    await saveAbsence(session, { staffId: ann.id, kind: 'sick', from: '2026-12-08', to: '2026-12-08' });
    await expect(restoreAbsence(session, first.id)).rejects.toMatchObject({ field: 'from' });
    expect((await session.db.absences.get(first.id))?.deleted).toBe(true);
  });

  it('a screen left open cannot give a duty to someone who has left, or edit a removed duty', async () => {
    const { session, cai, orders, filing } = await office();
    await session.repos.staff.update(cai.id, { status: 'left' });
    await expect(setCell(session, orders.id, cai.id, 'backup')).rejects.toMatchObject({ field: 'staffId' });
    await removeDuty(session, filing.id, null);
    await expect(
      applyDutyChanges(session, [{ dutyId: filing.id, primaryId: null, backupIds: [] }]),
    ).rejects.toMatchObject({ field: 'id' });
  });

  it('capacity ≤ 0 and a skill level out of range are refused by field', async () => {
    const { session, ann } = await office();
    await expect(session.repos.staff.update(ann.id, { weeklyCapacityHours: 0 })).rejects.toMatchObject({
      field: 'weeklyCapacityHours',
    });
    await expect(
      setSkill(session, { staffId: ann.id, skill: 'Excel', to: 5, reason: 'manual' }),
    ).rejects.toMatchObject({ field: 'to' });
    expect((await session.db.staff.get(ann.id))?.skills).toEqual([]);
    expect(await session.db.skillChanges.count()).toBe(0);
  });

  it('a skill change is kept in the history with its reason', async () => {
    const { session, ann } = await office();
    await setSkill(session, { staffId: ann.id, skill: 'Excel', to: 2, reason: 'training', note: 'Course' });
    await setSkill(session, { staffId: ann.id, skill: 'Excel', to: 2, reason: 'manual' }); // no change
    await setSkill(session, { staffId: ann.id, skill: 'Excel', to: 3, reason: 'review' });
    expect((await session.db.staff.get(ann.id))?.skills).toEqual([{ skill: 'Excel', level: 3 }]);
    const history = await session.db.skillChanges.orderBy('at').toArray();
    expect(history.map((h) => [h.from, h.to, h.reason])).toEqual([
      [null, 2, 'training'],
      [2, 3, 'review'],
    ]);
  });

  it('removing a person hands their duties, open orders and nothing else to the chosen colleague', async () => {
    const { session, ann, bob, cai, orders, draft } = await office();
    const order = await saveNewOrder(session, draft, true);
    expect(order.assigneeId).toBe(ann.id);
    await saveAbsence(session, { staffId: ann.id, kind: 'leave', from: '2027-01-04', to: '2027-01-05' });
    await removeStaff(session, ann.id, cai.id);
    expect(await session.db.duties.get(orders.id)).toMatchObject({ primaryId: cai.id, backupIds: [bob.id] });
    expect((await session.db.orders.get(order.id))?.assigneeId).toBe(cai.id);
    expect((await session.db.absences.toArray()).every((a) => a.deleted)).toBe(true);
    expect((await session.db.staff.get(ann.id))?.deleted).toBe(true);
    expect(await holdingsOf(session, ann.id)).toEqual({ duties: [], openOrderIds: [] });
  });

  it('marking a person as left hands their work over too, and drops only their absences to come', async () => {
    const { session, ann, bob, orders } = await office();
    const past = await saveAbsence(session, {
      staffId: ann.id,
      kind: 'sick',
      from: '2026-01-05',
      to: '2026-01-06',
    });
    const coming = await saveAbsence(session, {
      staffId: ann.id,
      kind: 'leave',
      from: '2099-01-05',
      to: '2099-01-06',
    });
    await endMembership(session, ann.id, bob.id, { update: { notes: 'Moved to sales' } });
    expect(await session.db.staff.get(ann.id)).toMatchObject({
      status: 'left',
      notes: 'Moved to sales',
      deleted: false,
    });
    expect(await session.db.duties.get(orders.id)).toMatchObject({ primaryId: bob.id, backupIds: [] });
    expect((await session.db.absences.get(past.id))?.deleted).toBe(false);
    expect((await session.db.absences.get(coming.id))?.deleted).toBe(true);
  });

  it('removing a person with no one named leaves their duties uncovered, not pointing at them', async () => {
    const { session, ann, bob, orders } = await office();
    await removeStaff(session, bob.id, null);
    expect(await session.db.duties.get(orders.id)).toMatchObject({ primaryId: ann.id, backupIds: [] });
    await expect(removeStaff(session, ann.id, bob.id)).rejects.toMatchObject({ field: 'handoverTo' });
    expect((await session.db.staff.get(ann.id))?.deleted).toBe(false);
  });

  it('removing a duty can move its hours to another duty; its assignments end with it', async () => {
    const { session, orders, filing } = await office();
    await removeDuty(session, filing.id, orders.id);
    expect((await session.db.duties.get(orders.id))?.hoursPerWeek).toBe(24);
    expect(await session.db.duties.get(filing.id)).toMatchObject({ deleted: true, primaryId: null });
  });
});
