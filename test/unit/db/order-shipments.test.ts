import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/db/database';
import {
  applyOrderAction,
  editOrder,
  type OrderDraft,
  saveNewOrder,
  shipOrder,
} from '../../../renderer/db/order-commands';
import { applyPackage } from '../../../renderer/db/package-apply';
import { previewPackage } from '../../../renderer/db/package-import';
import { schemaVersions, V2026_12_01 } from '../../../renderer/db/schema-versions';
import { createSession } from '../../../renderer/db/session';
import { exportDatabaseAsIs } from '../../../renderer/db/upgrade-backup';
import { customerInput, freshSession, orderDraft, sampleOfficeAt, toFulfilment } from './fixtures';

// Shipping an order as the commands do it: partial shipments that add up, each one an entry in the
// timeline, refusals that change nothing — and orders saved before shipped quantities were kept.

async function fulfilling() {
  const session = await freshSession(() => new Date());
  const customer = await session.repos.customers.create(customerInput());
  const product = (sku: string, name: string) =>
    session.repos.products.create({ sku, name, unit: 'pc', unitPrice: 1000, taxRate: 0, active: true });
  const chair = await product('P1', 'Chair');
  const desk = await product('P2', 'Desk');
  await session.repos.staff.create({
    name: 'Ann',
    level: 'experienced',
    startDate: '2024-01-01',
    weeklyCapacityHours: 40,
    status: 'active',
    handlesOrders: true,
  });
  const draft = orderDraft(customer.id, [
    { productId: chair.id, quantity: 10, unitPrice: 1000, taxRate: 0 },
    { productId: desk.id, quantity: 2, unitPrice: 1000, taxRate: 0 },
  ]);
  const order = await saveNewOrder(session, draft, true);
  await toFulfilment(session, order.id);
  return { session, order, chair, desk, draft };
}

const eventsOf = (session: Awaited<ReturnType<typeof fulfilling>>['session'], id: string) =>
  session.db.orderEvents.where('orderId').equals(id).sortBy('at');

describe('shipping an order', () => {
  it('partial shipments add up, each one a timeline entry, and the one that leaves nothing ships the order', async () => {
    const { session, order, chair, desk } = await fulfilling();
    const first = await shipOrder(session, order.id, { quantities: [4, 0] });
    expect(first).toMatchObject({ status: 'partially_shipped', lines: [{ shipped: 4 }, { shipped: 0 }] });
    const second = await shipOrder(session, order.id, { quantities: [3, 2] }, first.rev);
    expect(second).toMatchObject({ status: 'partially_shipped', lines: [{ shipped: 7 }, { shipped: 2 }] });
    const last = await shipOrder(session, order.id, { quantities: [3, 0] });
    expect(last).toMatchObject({ status: 'shipped', open: 1, lines: [{ shipped: 10 }, { shipped: 2 }] });

    const shipments = (await eventsOf(session, order.id)).filter((e) => e.kind === 'shipment');
    expect(shipments.map((e) => [e.from, e.to])).toEqual([
      ['fulfilling', 'partially_shipped'],
      ['partially_shipped', 'partially_shipped'],
      ['partially_shipped', 'shipped'],
    ]);
    expect(shipments[1]?.lineChanges).toEqual([
      { kind: 'changed', productId: chair.id, fields: [{ field: 'shipped', before: 4, after: 7 }] },
      { kind: 'changed', productId: desk.id, fields: [{ field: 'shipped', before: 0, after: 2 }] },
    ]);
    await applyOrderAction(session, order.id, 'complete');
  });

  it('refuses more than is outstanding or a negative quantity on its line, and nothing changes', async () => {
    const { session, order } = await fulfilling();
    await shipOrder(session, order.id, { quantities: [8, 0] });
    const before = await session.db.orders.get(order.id);
    await expect(shipOrder(session, order.id, { quantities: [3, 1] })).rejects.toMatchObject({
      code: 'shipment.tooMuch',
      field: 'quantities.0',
      params: { max: 2 },
    });
    await expect(shipOrder(session, order.id, { quantities: [0, -1] })).rejects.toMatchObject({
      field: 'quantities.1',
    });
    await expect(shipOrder(session, order.id, { quantities: [0, 0] })).rejects.toMatchObject({
      code: 'shipment.nothing',
    });
    expect(await session.db.orders.get(order.id)).toEqual(before);
    expect((await eventsOf(session, order.id)).filter((e) => e.kind === 'shipment')).toHaveLength(1);
  });

  it('a shipment over a version changed meanwhile is refused: the same goods are not counted twice', async () => {
    const { session, order } = await fulfilling();
    const seen = await session.db.orders.get(order.id);
    // Meanwhile, another window records the same shipment.
    await shipOrder(session, order.id, { quantities: [5, 0] });
    await expect(shipOrder(session, order.id, { quantities: [5, 0] }, seen?.rev)).rejects.toMatchObject({
      code: 'record.changed',
    });
    expect((await session.db.orders.get(order.id))?.lines[0]?.shipped).toBe(5);
  });

  it('"Ship" sends everything outstanding and records it; an order not yet fulfilling cannot ship', async () => {
    const { session, order, draft } = await fulfilling();
    await shipOrder(session, order.id, { quantities: [6, 1] });
    const shipped = await applyOrderAction(session, order.id, 'ship');
    expect(shipped).toMatchObject({ status: 'shipped', lines: [{ shipped: 10 }, { shipped: 2 }] });
    const last = (await eventsOf(session, order.id)).at(-1);
    expect(last).toMatchObject({ kind: 'shipment', from: 'partially_shipped', to: 'shipped' });
    expect(last?.lineChanges.map((c) => c.fields[0]?.after)).toEqual([10, 2]);

    const fresh = await saveNewOrder(session, draft, true);
    await expect(shipOrder(session, fresh.id, { quantities: [1, 0] })).rejects.toMatchObject({
      code: 'workflow.notAllowed',
    });
    // A partial shipment needs its quantities: a step without them (e.g. on many orders) ships nothing.
    await expect(applyOrderAction(session, fresh.id, 'shipPartially')).rejects.toMatchObject({
      code: 'shipment.nothing',
    });
  });

  it('editing the lines keeps what was shipped of them, and refuses a quantity below it', async () => {
    const { session, order, draft } = await fulfilling();
    await shipOrder(session, order.id, { quantities: [4, 2] });
    const [chairs, desks] = draft.lines as [OrderDraft['lines'][0], OrderDraft['lines'][0]];
    const edited = await editOrder(session, order.id, {
      ...draft,
      lines: [{ ...desks }, { ...chairs, quantity: 12 }],
    });
    expect(edited.lines.map((l) => [l.quantity, l.shipped])).toEqual([
      [2, 2],
      [12, 4],
    ]);
    await expect(
      editOrder(session, order.id, { ...draft, lines: [{ ...chairs, quantity: 3 }, { ...desks }] }),
    ).rejects.toMatchObject({
      code: 'order.belowShipped',
      field: 'lines.0.quantity',
      params: { shipped: 4 },
    });
  });
});

describe('orders saved before shipped quantities were kept', () => {
  it('a backup of such an office restores, and its database upgrades, to the same orders with nothing shipped yet', async () => {
    // An office on the previous schema version, whose order lines have no shipped quantity.
    const { name, identity } = await sampleOfficeAt(
      V2026_12_01,
      { language: 'zh-CN', orders: 60, asOf: new Date(), seed: 5 },
      (order) => {
        for (const line of order.lines as { shipped?: number }[]) delete line.shipped;
        for (const later of ['liveNumber', 'milestones', 'milestoneKeys']) delete order[later];
      },
    );
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_01),
    );
    await old.open();
    const stored = await old.table('orders').toArray();
    expect(stored.every((o) => o.lines.every((l: object) => !('shipped' in l)))).toBe(true);
    old.close();

    // The backup taken before the upgrade (as it is on disk), restored on another machine.
    const parts: Uint8Array[] = [];
    await exportDatabaseAsIs(name, (chunk) => {
      parts.push(chunk);
    });
    const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
    const other = await freshSession();
    const preview = await previewPackage(other, bytes);
    expect(preview.header.schemaVersion).toBe(V2026_12_01);
    await applyPackage(other, preview, { mode: 'replace' });
    const restored = await other.db.orders.orderBy(':id').toArray();
    expect(restored).toHaveLength(60);
    expect(restored.every((o) => o.lines.every((l) => l.shipped === 0))).toBe(true);

    // The old database opened by this version: upgraded to the very same records.
    const upgraded = createDatabase(name);
    await upgraded.open();
    // (Field for field: an upgrade adds the later fields after the old ones, a restore in schema order.)
    expect(await upgraded.orders.orderBy(':id').toArray()).toEqual(restored);

    // And they can be shipped from there.
    // (The sample's newest orders wait as submitted: one is taken to fulfilment first.)
    const session = createSession(upgraded, identity);
    const waiting = restored.find((o) => o.status === 'submitted');
    if (!waiting) throw new Error('the sample has no order waiting');
    await toFulfilment(session, waiting.id);
    const open = await session.db.orders.get(waiting.id);
    if (!open) throw new Error('the order is gone');
    const shipped = await shipOrder(session, open.id, { quantities: open.lines.map(() => 1) });
    expect(shipped.lines.map((l) => l.shipped)).toEqual(open.lines.map(() => 1));
    upgraded.close();
  });
});
