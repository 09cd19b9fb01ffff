import { Refusal } from '../../shared/refusal';
import type { Customer, CustomerInput } from '../../shared/schema/customer';
import type { Product, ProductInput } from '../../shared/schema/product';
import { findCustomerByCode, findProductBySku } from './catalog-queries';
import type { Editing } from './repository';
import type { DataSession } from './session';

// Saving a customer or a product: a code (SKU) is one record's only, compared ignoring case, deleted
// records included (restoring one must not make two). Checked and written in one transaction. Two
// machines may still bring the same code; a package import reports that.

const taken = (table: string, field: string, holder: { code: string; name: string; deleted: boolean }) =>
  new Refusal(
    holder.deleted ? 'code.takenDeleted' : 'code.taken',
    field,
    { code: holder.code, name: holder.name },
    table,
  );

export async function saveCustomer(
  session: DataSession,
  input: CustomerInput,
  editing?: Editing,
): Promise<Customer> {
  const { db, repos } = session;
  return db.transaction('rw', db.customers, async () => {
    const holder = await findCustomerByCode(db, input.code);
    if (holder && holder.id !== editing?.id) throw taken('customers', 'code', holder);
    return repos.customers.save(input, editing);
  });
}

export async function saveProduct(
  session: DataSession,
  input: ProductInput,
  editing?: Editing,
): Promise<Product> {
  const { db, repos } = session;
  return db.transaction('rw', db.products, async () => {
    const holder = await findProductBySku(db, input.sku);
    if (holder && holder.id !== editing?.id) throw taken('products', 'sku', { ...holder, code: holder.sku });
    return repos.products.save(input, editing);
  });
}
