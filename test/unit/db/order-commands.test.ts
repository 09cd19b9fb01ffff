import { describe, expect, it } from 'vitest';
import {
  applyOrderAction,
  assignOrders,
  editOrder,
  findLikelyDuplicate,
  type OrderDraft,
  saveNewOrder,
} from '../../../renderer/db/order-commands';
import { queueCount } from '../../../renderer/db/order-queries';
import { customerInput, freshSession } from './fixtures';

async function officeWithStaff() {
  const session = await freshSession(() => new Date());
  const customer = await session.repos.customers.create(customerInput());
  const product = await session.repos.products.create({
    sku: 'P0001',
    name: '办公椅',
    unit: '把',
    unitPrice: 45_000,
    taxRate: 1300,
    active: true,
  });
  const person = (name: string, handlesOrders: boolean, status: 'active' | 'on_leave' = 'active') =>
    session.repos.staff.create({
      name,
      level: 'experienced',
      startDate: '2024-01-01',
      weeklyCapacityHours: 40,
      status,
      handlesOrders,
    });
  const [ann, bob] = [await person('Ann', true), await person('Bob', true)];
  await person('Cai', false);
  await person('Dee', true, 'on_leave');
  const draft: OrderDraft = {
    customerId: customer.id,
    lines: [{ productId: product.id, quantity: 2, unitPrice: 45_000, taxRate: 1300 }],
    priority: 'urgent',
    requestedDate: null,
    notes: '',
  };
  return { session, customer, product, ann, bob, draft };
}

describe('order commands', () => {
  it('a draft gets this machine’s next number, its totals, no due time and no assignee', async () => {
    const { session, draft } = await officeWithStaff();
    const first = await saveNewOrder(session, draft, false);
    const second = await saveNewOrder(session, draft, false);
    expect(first.number).toMatch(/^T-\d{8}-0001$/);
    expect(second.number).toMatch(/^T-\d{8}-0002$/);
    expect(first).toMatchObject({
      status: 'draft',
      subtotal: 90_000,
      tax: 11_700,
      total: 101_700,
      dueAt: null,
      assigneeId: null,
    });
    const events = await session.db.orderEvents.where('orderId').equals(first.id).toArray();
    expect(events.map((e) => e.kind)).toEqual(['created']);
  });

  it('submitting sets the SLA due time and assigns the least-loaded active order handler', async () => {
    const { session, draft, ann, bob } = await officeWithStaff();
    const a = await saveNewOrder(session, draft, true);
    const b = await saveNewOrder(session, draft, true);
    const c = await saveNewOrder(session, draft, true);
    expect([a.assigneeId, b.assigneeId, c.assigneeId]).toEqual([ann.id, bob.id, ann.id]);
    expect(a.dueAt && a.dueAt > a.orderedAt).toBe(true);
    expect(await queueCount(session.db, { kind: 'assignee', assigneeId: ann.id })).toBe(2);
  });

  it('moves through the workflow to completed with a timeline, and refuses what is not allowed', async () => {
    const { session, draft } = await officeWithStaff();
    const order = await saveNewOrder(session, draft, true);
    await expect(applyOrderAction(session, order.id, 'ship')).rejects.toMatchObject({
      code: 'workflow.notAllowed',
    });
    await expect(applyOrderAction(session, order.id, 'return')).rejects.toMatchObject({
      code: 'workflow.reasonRequired',
    });
    expect((await session.db.orders.get(order.id))?.status).toBe('submitted');

    for (const action of ['validate', 'confirm', 'startFulfilment', 'ship', 'complete'] as const) {
      await applyOrderAction(session, order.id, action);
    }
    const done = await session.db.orders.get(order.id);
    expect(done).toMatchObject({ status: 'completed', dueAt: null });
    // Closed: out of the open-only indexes (rules/queue-keys.ts), and no longer in an open view.
    expect(done?.open).toBeUndefined();
    expect(done?.clock).toBeUndefined();
    const timeline = await session.db.orderEvents.where('orderId').equals(order.id).sortBy('at');
    // Shipping is a shipment entry (with what went out), the other steps transitions.
    expect(timeline.filter((e) => e.kind === 'transition' || e.kind === 'shipment').map((e) => e.to)).toEqual(
      ['submitted', 'validated', 'confirmed', 'fulfilling', 'shipped', 'completed'],
    );
  });

  it('hold stops the SLA clock and resume returns to the held-from state', async () => {
    const { session, draft } = await officeWithStaff();
    const order = await saveNewOrder(session, draft, true);
    await applyOrderAction(session, order.id, 'validate');
    const held = await applyOrderAction(session, order.id, 'hold', 'waiting for credit approval');
    expect(held).toMatchObject({ status: 'on_hold', dueAt: null });
    const resumed = await applyOrderAction(session, order.id, 'resume');
    expect(resumed.status).toBe('validated');
    expect(resumed.dueAt).not.toBeNull();
  });

  it('editing lines after submission records what changed on which line', async () => {
    const { session, draft, product } = await officeWithStaff();
    const order = await saveNewOrder(session, draft, true);
    const line = draft.lines[0] as OrderDraft['lines'][0];
    const edited = await editOrder(
      session,
      order.id,
      { ...draft, lines: [{ ...line, quantity: 3 }] },
      'customer called',
    );
    expect(edited.total).toBe(152_550);
    const edit = (await session.db.orderEvents.where('orderId').equals(order.id).toArray()).find(
      (e) => e.kind === 'edit',
    );
    expect(edit?.lineChanges).toEqual([
      { kind: 'changed', productId: product.id, fields: [{ field: 'quantity', before: 2, after: 3 }] },
    ]);
  });

  it('bulk assignment moves the load between people', async () => {
    const { session, draft, bob } = await officeWithStaff();
    const orders = [await saveNewOrder(session, draft, true), await saveNewOrder(session, draft, true)];
    await assignOrders(
      session,
      orders.map((o) => o.id),
      null,
    );
    expect(await queueCount(session.db, { kind: 'unassigned' })).toBe(2);
    await assignOrders(
      session,
      orders.map((o) => o.id),
      bob.id,
    );
    expect(await queueCount(session.db, { kind: 'assignee', assigneeId: bob.id })).toBe(2);
    expect(await queueCount(session.db, { kind: 'unassigned' })).toBe(0);
  });

  it('warns of a likely duplicate: same customer, same lines, within 24 hours', async () => {
    const { session, draft, product } = await officeWithStaff();
    expect(await findLikelyDuplicate(session, draft)).toBeUndefined();
    const first = await saveNewOrder(session, draft, true);
    expect((await findLikelyDuplicate(session, draft))?.id).toBe(first.id);
    const other = {
      ...draft,
      lines: [{ productId: product.id, quantity: 5, unitPrice: 45_000, taxRate: 1300 }],
    };
    expect(await findLikelyDuplicate(session, other)).toBeUndefined();
    expect(await findLikelyDuplicate(session, draft, new Date(Date.now() + 25 * 3600_000))).toBeUndefined();
  });
});
