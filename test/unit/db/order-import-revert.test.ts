import { describe, expect, it } from 'vitest';
import { applyOrderImport, planOrderImport, revertOrderImport } from '../../../renderer/db/order-import';
import { applyPackage } from '../../../renderer/db/package-apply';
import { exportPackage } from '../../../renderer/db/package-export';
import { previewPackage } from '../../../renderer/db/package-import';
import { createSession, type DataSession } from '../../../renderer/db/session';
import { createClock } from '../../../shared/hlc';
import { autoMatchColumns } from '../../../shared/import/columns';
import { readImportFile } from '../../../shared/import/read-file';
import { type TableName, tableNames } from '../../../shared/schema/tables';
import { fixture } from '../import/fixtures';
import { freshSession, orderInput } from './fixtures';

// A revert keeps a customer or product that another live order uses, wherever that order was made: here
// on a machine whose clock is an hour behind, which had seen only the import's catalogue.

async function pack(from: DataSession, tables: readonly TableName[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  await exportPackage(from, {
    scope: { kind: 'full', tables: [...tables], confidential: true },
    sink: (chunk) => {
      parts.push(chunk);
    },
  });
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

async function send(from: DataSession, to: DataSession, tables: readonly TableName[] = tableNames) {
  await applyPackage(to, await previewPackage(to, await pack(from, tables)), { mode: 'merge' });
}

async function importedThenUsedElsewhere() {
  const office = await freshSession();
  // The other machine's wall clock is an hour behind: only what it has seen orders its stamps.
  const laptop = await freshSession(undefined, () => Date.now() - 3_600_000);
  const table = await readImportFile('gbk-orders.csv', fixture('gbk-orders.csv'));
  const plan = await planOrderImport(
    office,
    { headers: table.headers, rows: table.rows, mapping: autoMatchColumns(table.headers), dateOrder: 'ymd' },
    '2026-11-30',
  );
  const batch = await applyOrderImport(office, plan, { fileName: 'gbk-orders.csv' });
  // The laptop gets the catalogue only: its clock has seen the import's customers and products, not
  // its orders, which were stamped after them.
  await send(office, laptop, ['customers', 'products']);
  // The laptop uses the import's first customer and product for an order of its own.
  const [customer] = batch.created.customers;
  const [product] = batch.created.products;
  const used = await laptop.repos.orders.create(
    orderInput(customer?.id as string, {
      lines: [{ productId: product?.id as string, quantity: 2, unitPrice: 1_000, taxRate: 0 }],
      subtotal: 2_000,
      tax: 0,
      total: 2_000,
    }),
  );
  await send(laptop, office);
  return { office, batch, used, customer: customer?.id as string, product: product?.id as string };
}

describe('reverting an import that another machine has built on', () => {
  it('keeps the customer and product the other machine’s order uses', async () => {
    const { office, batch, used, customer, product } = await importedThenUsedElsewhere();
    // Stamped between the import's first and last record: the other machine had seen only its catalogue.
    expect(used.rev < (batch.created.orders.at(-1)?.rev ?? '')).toBe(true);
    const result = await revertOrderImport(office, batch.id);
    expect(result.kept).toEqual({ customers: 1, products: 1 });
    expect((await office.db.customers.get(customer))?.deleted).toBe(false);
    expect((await office.db.products.get(product))?.deleted).toBe(false);
    expect((await office.db.orders.get(used.id))?.deleted).toBe(false);
    // The rest of the import is gone.
    const orders = await office.db.orders.bulkGet(batch.created.orders.map((o) => o.id));
    expect(orders.every((o) => o?.deleted)).toBe(true);
  });
});

// Whether a revert leaves tombstones depends on whether a package written here could hold the import's
// orders: if none could, no other machine knows them and they are deleted outright (export-mark.ts).

async function importFile(session: DataSession) {
  const table = await readImportFile('gbk-orders.csv', fixture('gbk-orders.csv'));
  const plan = await planOrderImport(
    session,
    { headers: table.headers, rows: table.rows, mapping: autoMatchColumns(table.headers), dateOrder: 'ymd' },
    '2026-11-30',
  );
  return applyOrderImport(session, plan, { fileName: 'gbk-orders.csv' });
}

const nonZeroStats = async (session: DataSession) =>
  JSON.stringify((await session.db.stats.toArray()).filter((s) => s.count !== 0 || s.amount !== 0));

describe('reverting an import that no package has carried off this machine', () => {
  it('deletes its orders and events outright, puts the aggregates back, and a re-import adds them afresh', async () => {
    const office = await freshSession();
    // A package written before the import cannot hold it.
    await pack(office, tableNames);
    const before = await nonZeroStats(office);
    const batch = await importFile(office);
    const result = await revertOrderImport(office, batch.id);
    expect(result).toMatchObject({ orders: 3, customers: 3, products: 4 });
    expect(await office.db.orders.count()).toBe(0);
    expect(await office.db.orderEvents.count()).toBe(0);
    expect(await nonZeroStats(office)).toBe(before);
    // Customers and products keep their tombstones (an older deleted order may refer to one).
    expect((await office.db.customers.toArray()).every((c) => c.deleted)).toBe(true);

    const again = await importFile(office);
    expect(await office.db.orders.count()).toBe(3);
    expect(again.created.customers.map((c) => c.id).sort()).toEqual(
      batch.created.customers.map((c) => c.id).sort(),
    );
    expect(await nonZeroStats(office)).not.toBe(before);
  });

  it('leaves tombstones once a package was written after the import, and they reach the other machine', async () => {
    const office = await freshSession();
    const laptop = await freshSession();
    const batch = await importFile(office);
    await send(office, laptop);
    expect(await laptop.db.orders.filter((o) => !o.deleted).count()).toBe(3);
    await revertOrderImport(office, batch.id);
    expect(await office.db.orders.filter((o) => o.deleted).count()).toBe(3);
    await send(office, laptop);
    const onLaptop = await laptop.db.orders.bulkGet(batch.created.orders.map((o) => o.id));
    expect(onLaptop.every((o) => o?.deleted === true)).toBe(true);
    const events = await laptop.db.orderEvents.bulkGet(batch.created.events);
    expect(events.every((e) => e?.deleted === true)).toBe(true);
  });

  it('a backup counts as a package: the revert after it leaves tombstones', async () => {
    const office = await freshSession();
    const batch = await importFile(office);
    await exportPackage(office, {
      scope: { kind: 'backup', tables: [...tableNames], confidential: true },
      sink: () => undefined,
    });
    await revertOrderImport(office, batch.id);
    expect(await office.db.orders.filter((o) => o.deleted).count()).toBe(3);
  });

  it('an export whose session clock is behind still covers what it read', async () => {
    const office = await freshSession();
    const batch = await importFile(office);
    // E.g. the backup before an upgrade, from a session of its own whose clock has seen nothing.
    const behind = createClock(office.identity.deviceId, () => Date.now() - 3_600_000);
    await pack(createSession(office.db, office.identity, undefined, behind), ['orders']);
    await revertOrderImport(office, batch.id);
    expect(await office.db.orders.filter((o) => o.deleted).count()).toBe(3);
  });

  it('an export still running may hold anything: a revert meanwhile leaves tombstones', async () => {
    const office = await freshSession();
    let release = () => {};
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = () => {};
    const writing = new Promise<void>((resolve) => {
      started = resolve;
    });
    // The export waits at its first bytes (its header) until the import and the revert are done.
    const exporting = exportPackage(office, {
      scope: { kind: 'full', tables: [...tableNames], confidential: true },
      sink: async () => {
        started();
        await paused;
      },
    });
    await writing;
    const batch = await importFile(office);
    await revertOrderImport(office, batch.id);
    expect(await office.db.orders.filter((o) => o.deleted).count()).toBe(3);
    release();
    await exporting;
  });

  it('an order the import brought back from a tombstone keeps a tombstone, and packages stay whole', async () => {
    const office = await freshSession();
    const laptop = await freshSession();
    const first = await importFile(office);
    // The laptop holds the first import's orders.
    await send(office, laptop);
    await revertOrderImport(office, first.id);
    // The same file again: its orders come back from their tombstones, with the same ids.
    const again = await importFile(office);
    expect(again.created.orders.every((o) => o.revived)).toBe(true);
    await revertOrderImport(office, again.id);
    expect(await office.db.orders.filter((o) => o.deleted).count()).toBe(3);
    // The next package is whole (no event points at an order it lacks) and deletes them on the laptop.
    await send(office, laptop);
    const onLaptop = await laptop.db.orders.bulkGet(first.created.orders.map((o) => o.id));
    expect(onLaptop.every((o) => o?.deleted === true)).toBe(true);
  });

  it('an import recorded before exports were noted always leaves tombstones', async () => {
    const office = await freshSession();
    const batch = await importFile(office);
    // The batch as such a version stored it: without firstRev.
    const { firstRev: _old, ...older } = batch;
    await office.db.meta.put({ key: `import:${batch.id}`, value: older });
    await revertOrderImport(office, batch.id);
    expect(await office.db.orders.filter((o) => o.deleted).count()).toBe(3);
  });
});
