import { describe, expect, it } from 'vitest';
import { applyOrderImport, planOrderImport, revertOrderImport } from '../../../renderer/db/order-import';
import { applyPackage } from '../../../renderer/db/package-apply';
import { exportPackage } from '../../../renderer/db/package-export';
import { previewPackage } from '../../../renderer/db/package-import';
import type { DataSession } from '../../../renderer/db/session';
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
    scope: { kind: 'full', tables: [...tables], confidential: false },
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
