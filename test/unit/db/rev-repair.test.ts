import { describe, expect, it } from 'vitest';
import { exportPackage } from '../../../renderer/db/package-export';
import { repairPoisonedRevs } from '../../../renderer/db/rev-repair';
import { markNewOfficeChecked } from '../../../renderer/db/revs-checked';
import { latestSchemaVersion } from '../../../renderer/db/schema-versions';
import type { DataSession } from '../../../renderer/db/session';
import { formatRev, MAX_COUNTER, parseRev } from '../../../shared/hlc';
import { readPackage } from '../../../shared/package';
import { revSchema } from '../../../shared/schema/envelope';
import { tableNames } from '../../../shared/schema/tables';
import { customerInput, freshSession, orderInput } from './fixtures';

// A machine poisoned before packages were checked — records stamped in 2100, or with a rev whose counter
// overflowed to six digits — repairs itself on start: every such record is re-stamped under a valid rev,
// its old version kept in history, and the machine's edits, packages and backups are valid again.

const END_OF_2100 = Date.UTC(2100, 11, 31, 23, 59, 59, 999);

/** A full package of the machine, read back as the backup service verifies one. */
async function exportAndVerify(session: DataSession) {
  const parts: Uint8Array[] = [];
  await exportPackage(session, {
    scope: { kind: 'full', tables: [...tableNames], confidential: true },
    sink: (chunk) => {
      parts.push(chunk.slice());
    },
  });
  const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
  return readPackage(bytes, { maxSchemaVersion: latestSchemaVersion });
}

async function poisonedMachine() {
  const session = await freshSession(() => new Date());
  const self = session.identity.deviceId;
  const { customers, orders } = session.repos;
  const healthy = await customers.create(customerInput({ code: 'OK1' }));
  const fromPackage = await customers.create(customerInput({ code: 'P2100' }));
  const overflowed = await customers.create(customerInput({ code: 'OVF' }));
  const product = await session.repos.products.create({
    sku: 'P1',
    name: '复印纸',
    unit: '箱',
    unitPrice: 1000,
    taxRate: 1300,
    active: true,
  });
  const order = await orders.create(
    orderInput(healthy.id, {
      lines: [{ productId: product.id, quantity: 2, unitPrice: 1000, taxRate: 1300 }],
    }),
  );
  // What the unchecked reader and clock left behind: a foreign version from 2100 with the top counter, this
  // machine's next edit of it (still in 2100, six-digit counter), and an order stamped in 2100.
  await session.db.customers.put({
    ...fromPackage,
    rev: formatRev({ wall: END_OF_2100, counter: MAX_COUNTER }, 'hostile'),
    deviceId: 'hostile',
  });
  await session.db.customers.put({
    ...overflowed,
    name: '改过的名字',
    rev: `${String(END_OF_2100).padStart(15, '0')}-100000-${self}`,
    baseRev: formatRev({ wall: END_OF_2100, counter: MAX_COUNTER }, 'hostile'),
  });
  await session.db.orders.put({ ...order, rev: formatRev({ wall: END_OF_2100, counter: 0 }, 'hostile') });
  return { session, healthy, fromPackage, overflowed, order };
}

describe('repairing a poisoned machine on start', () => {
  it('re-stamps every poisoned record under a valid rev, keeps the old version in history, and nothing else', async () => {
    const { session, healthy, fromPackage, overflowed, order } = await poisonedMachine();
    const { db } = session;
    await expect(exportAndVerify(session)).rejects.toThrow();
    const statsBefore = await db.stats.toArray();
    const poisonedOverflowed = await db.customers.get(overflowed.id);

    const result = await repairPoisonedRevs(session);
    expect(result).toEqual({ repaired: { customers: 2, orders: 1 } });
    for (const id of [fromPackage.id, overflowed.id]) {
      const record = await db.customers.get(id);
      expect(revSchema.safeParse(record?.rev).success).toBe(true);
      expect(parseRev(record?.rev as string).wall).toBeLessThanOrEqual(Date.now());
      expect(record).toMatchObject({ deviceId: session.identity.deviceId, baseRev: null });
    }
    // The data people entered stays as it was; only the stamp changes.
    expect((await db.customers.get(overflowed.id))?.name).toBe('改过的名字');
    expect(await db.customers.get(healthy.id)).toEqual(healthy);
    expect(parseRev((await db.orders.get(order.id))?.rev as string).wall).toBeLessThanOrEqual(Date.now());
    expect(await db.stats.toArray()).toEqual(statsBefore);
    const history = await db.history.toArray();
    expect(history.map((h) => [h.table, h.recordId, h.reason]).sort()).toEqual(
      [
        ['customers', fromPackage.id, 'repair'],
        ['customers', overflowed.id, 'repair'],
        ['orders', order.id, 'repair'],
      ].sort(),
    );
    expect(history.find((h) => h.recordId === overflowed.id)?.record).toEqual(poisonedOverflowed);

    // Later edits, packages and backups are valid again; a second start finds nothing to do.
    const edited = await session.repos.customers.update(fromPackage.id, { name: '之后的修改' });
    expect(revSchema.safeParse(edited.rev).success).toBe(true);
    const verified = await exportAndVerify(session);
    expect(verified.trailer.counts.customers).toBe(3);
    expect(await repairPoisonedRevs(session)).toEqual({ repaired: {} });
  });

  it('after the first full check, still repairs revs stamped beyond the bound (a clock set years ahead)', async () => {
    const session = await freshSession(() => new Date());
    const customer = await session.repos.customers.create(customerInput());
    expect(await repairPoisonedRevs(session)).toEqual({ repaired: {} });
    await session.db.customers.put({
      ...customer,
      rev: formatRev({ wall: Date.now() + 3 * 24 * 3_600_000, counter: 0 }, session.identity.deviceId),
    });
    expect(await repairPoisonedRevs(session)).toEqual({ repaired: { customers: 1 } });
    // Within the bound (configurable) a rev ahead is a clock a little fast, not poison.
    await session.db.customers.update(customer.id, {
      rev: formatRev({ wall: Date.now() + 3_600_000, counter: MAX_COUNTER }, 'other'),
    });
    expect(await repairPoisonedRevs(session)).toEqual({ repaired: {} });
    expect(await repairPoisonedRevs(session, { maxSkewMs: 60_000 })).toEqual({ repaired: { customers: 1 } });
  });

  it('does nothing when this machine’s clock is behind the time it was set up: the clock is wrong, not the data', async () => {
    const { session } = await poisonedMachine();
    const before = JSON.stringify(await session.db.customers.toArray());
    const setUp = Date.parse(session.identity.createdAt);
    expect(await repairPoisonedRevs(session, { now: setUp - 24 * 3_600_000 })).toEqual({
      repaired: {},
      clockBehind: true,
    });
    expect(JSON.stringify(await session.db.customers.toArray())).toBe(before);
  });
});

describe('which start reads what', () => {
  // A rev whose counter overflowed, stamped now: only the full read of every record finds it.
  const overflowedNow = (deviceId: string) => `${String(Date.now()).padStart(15, '0')}-100000-${deviceId}`;

  it('a machine named on an empty database is checked already: its starts read only revs beyond the bound', async () => {
    const session = await freshSession(() => new Date());
    expect(await session.db.meta.get('revsChecked')).toBeDefined();
    const customer = await session.repos.customers.create(customerInput());
    // Not reachable in a new office (its clock and the package checks cannot stamp it); here it shows
    // that the start did not read every record.
    await session.db.customers.put({ ...customer, rev: overflowedNow(session.identity.deviceId) });
    expect(await repairPoisonedRevs(session)).toEqual({ repaired: {} });
    expect(await session.db.history.count()).toBe(0);
  });

  it('an office from before the check is read whole once, then by the rev index only', async () => {
    const session = await freshSession(() => new Date());
    const customer = await session.repos.customers.create(customerInput());
    await session.db.customers.put({ ...customer, rev: overflowedNow(session.identity.deviceId) });
    await session.db.meta.delete('revsChecked');
    expect(await repairPoisonedRevs(session)).toEqual({ repaired: { customers: 1 } });
    expect(await session.db.meta.get('revsChecked')).toBeDefined();
    expect(await repairPoisonedRevs(session)).toEqual({ repaired: {} });
  });

  it('a database that already holds records when the machine is named is not marked: its first start reads all', async () => {
    const session = await freshSession(() => new Date());
    await session.repos.customers.create(customerInput());
    await session.db.meta.delete('revsChecked');
    expect(await markNewOfficeChecked(session.db)).toBe(false);
    expect(await session.db.meta.get('revsChecked')).toBeUndefined();
  });
});
